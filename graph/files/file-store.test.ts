import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../model/index.ts';
import { FileStore, sha256Of } from './file-store.ts';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'samkart-files-'));
  dirs.push(d);
  return new FileStore(join(d, 'files'));
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('FileStore', () => {
  it('keeps bytes under their SHA-256 and gives them back', async () => {
    const store = fresh();
    const bytes = new TextEncoder().encode('Tiltak 1: Felles veileder');
    const sha = await store.putFile(bytes);
    expect(sha).toBe(sha256Of(bytes));
    expect(sha256Of(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(Buffer.from(await store.getFile(sha)).toString()).toBe('Tiltak 1: Felles veileder');
    // The same bytes again: one file, no temporary files left behind.
    await store.putFile(bytes);
    expect(readdirSync(store.dir)).toEqual([sha]);
  });

  it('keeps a source map beside the file', async () => {
    const store = fresh();
    const sha = await store.putFile(new Uint8Array([1, 2, 3]));
    expect(await store.getSourceMap(sha)).toBeNull();
    const map = { format: 'pdf' as const, pages: [{ page: 1, label: 'iv', width: 595, height: 842 }], spans: [{ start: 0, end: 4, page: 1, box: { x: 1, y: 2, width: 3, height: 4 } }] };
    await store.putSourceMap(sha, map);
    expect(await store.getSourceMap(sha)).toEqual(map);
    await store.removeFile(sha);
    await expect(store.getFile(sha)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.getSourceMap(sha)).toBeNull();
  });

  it('refuses anything but a hash as a name, so no path leaves the folder', async () => {
    const store = fresh();
    await expect(store.getFile('../../etc/passwd')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(store.getSourceMap('ABC')).rejects.toBeInstanceOf(InvalidInputError);
  });
});
