import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import { MAX_FILE_BYTES, decodeDocument, listDocumentFiles, readDocumentFile } from './read-document.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeDocument', () => {
  it('reads UTF-8, strips a BOM and makes CRLF and CR into LF', () => {
    const { text, warnings } = decodeDocument(enc('\uFEFFTiltak 20: Styrke\r\n\r\nStatus\rI rute.'), 'a.txt');
    expect(text).toBe('Tiltak 20: Styrke\n\nStatus\nI rute.');
    expect(warnings).toEqual([]);
  });

  it('reads non-UTF-8 text as Windows-1252, with a warning naming the file', () => {
    const latin = Uint8Array.from([...enc('Ansvarlig: Barne- og familiedepartementet, '), 0xe6, 0xf8, 0xe5]);
    const { text, warnings } = decodeDocument(latin, 'gammel.txt');
    expect(text.endsWith('æøå')).toBe(true);
    expect(warnings).toEqual([{ fileName: 'gammel.txt', message: expect.stringMatching(/Windows-1252/) }]);
  });

  it('reads UTF-16 with a BOM', () => {
    const buf = Buffer.from('\uFEFFPågående', 'utf16le');
    expect(decodeDocument(new Uint8Array(buf), 'u16.txt').text).toBe('Pågående');
  });

  it('refuses binary files with a message naming the file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeDocument(png, 'bilde.png')).toThrow(InvalidInputError);
    expect(() => decodeDocument(png, 'bilde.png')).toThrow(/bilde\.png: this is a binary file/);
  });

  it('warns about empty files', () => {
    expect(decodeDocument(enc('  \n'), 'tom.txt').warnings[0]).toMatchObject({ fileName: 'tom.txt', message: expect.stringMatching(/empty/) });
  });

  it('refuses files over 20 MB', () => {
    expect(() => decodeDocument(new Uint8Array(MAX_FILE_BYTES + 1), 'stor.txt')).toThrow(/stor\.txt: 20\.0 MB is over the 20 MB limit/);
  });
});

describe('listDocumentFiles and readDocumentFile', () => {
  it('expands folders to their .txt and .md files, without READMEs, and names missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-'));
    for (const f of ['b.txt', 'a.md', 'README.md', 'bilde.png']) writeFileSync(join(dir, f), 'x');
    expect((await listDocumentFiles([dir])).map((p) => p.slice(dir.length + 1))).toEqual(['a.md', 'b.txt']);
    await expect(listDocumentFiles([join(dir, 'nope')])).rejects.toThrow(/nope: no such file or folder/);
    expect((await readDocumentFile(join(dir, 'b.txt'))).fileName).toBe('b.txt');
  });

  it('finds the five seeds', async () => {
    const seeds = await listDocumentFiles([new URL('../../seeds', import.meta.url).pathname]);
    expect(seeds.map((p) => p.replace(/^.*\//, ''))).toEqual([
      '000_588be4bdfbf0e9d5.txt',
      '001_5ce2774f9b8cd589.txt',
      '002_4dab5cff7451f1e3.txt',
      '003_327b104fa933f692.txt',
      '004_fb3c94fb15fcba30.txt',
    ]);
  });
});

describe('special files and symbolic links (issue 11, items 4 and 5)', () => {
  /** A folder inside a parent that also holds a secret: the tricks of the probe. */
  function trickFolder(): { dir: string; parent: string } {
    const parent = mkdtempSync(join(tmpdir(), 'samkart-tricks-'));
    const dir = join(parent, 'seeds');
    mkdirSync(dir);
    writeFileSync(join(parent, 'secret.txt'), 'Hemmelig tekst.');
    writeFileSync(join(dir, 'a.txt'), 'Tiltak 1: Et godt tiltak.');
    writeFileSync(join(dir, 'target.txt'), 'Lenket tekst.');
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync('../secret.txt', join(dir, 'up.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    symlinkSync('target.txt', join(dir, 'inside.txt'));
    symlinkSync('missing.txt', join(dir, 'broken.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    return { dir, parent };
  }

  it('lists every document-named entry, so refusals can be named', async () => {
    const { dir } = trickFolder();
    expect((await listDocumentFiles([dir])).map((p) => basename(p))).toEqual([
      'a.txt', 'broken.txt', 'fifo.txt', 'inside.txt', 'passwd.txt', 'target.txt', 'up.txt', 'zero.txt',
    ]);
  });

  it('reads regular files and links that stay in the folder; refuses links out of it, a FIFO and a device, by name', async () => {
    const { dir } = trickFolder();
    const read = (name: string, followSymlinks = false) => readDocumentFile(join(dir, name), { root: dir, followSymlinks });
    expect((await read('a.txt')).text).toBe('Tiltak 1: Et godt tiltak.');
    expect((await read('inside.txt')).text).toBe('Lenket tekst.');
    await expect(read('passwd.txt')).rejects.toThrow(InvalidInputError);
    await expect(read('passwd.txt')).rejects.toThrow(/passwd\.txt: .*outside the loaded folder.*--follow-symlinks/);
    await expect(read('up.txt')).rejects.toThrow(/up\.txt: .*outside the loaded folder/);
    await expect(read('zero.txt')).rejects.toThrow(/zero\.txt: /);
    await expect(read('zero.txt', true)).rejects.toThrow(/zero\.txt: not a regular file/);
    await expect(read('fifo.txt')).rejects.toThrow(/fifo\.txt: not a regular file/);
    await expect(read('broken.txt')).rejects.toThrow(/broken\.txt: /);
    expect((await read('up.txt', true)).text).toBe('Hemmelig tekst.');
  });

  it('reads through the descriptor with a byte cap, whatever stat says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-cap-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    await expect(readDocumentFile(join(dir, 'big.txt'), { maxBytes: 1024 })).rejects.toThrow(/big\.txt: .*over the/);
  });
});

describe('encoding edge cases (issue 11, item 12)', () => {
  it('reads UTF-32LE and UTF-32BE with a BOM', () => {
    const s = 'Pågående';
    const le = new Uint8Array(4 + s.length * 4);
    const be = new Uint8Array(4 + s.length * 4);
    le.set([0xff, 0xfe, 0, 0]);
    be.set([0, 0, 0xfe, 0xff]);
    [...s].forEach((c, i) => {
      const cp = c.codePointAt(0)!;
      new DataView(le.buffer).setUint32(4 + i * 4, cp, true);
      new DataView(be.buffer).setUint32(4 + i * 4, cp, false);
    });
    expect(decodeDocument(le, 'u32le.txt').text).toBe(s);
    expect(decodeDocument(be, 'u32be.txt').text).toBe(s);
  });

  it('drops a UTF-8 BOM before Windows-1252 text', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Status: P'), 0xe5, ...enc('g'), 0xe5, ...enc('ende')]);
    const { text, warnings } = decodeDocument(bytes, 'bom.txt');
    expect(text).toBe('Status: Pågående');
    expect(warnings[0].message).toMatch(/Windows-1252/);
  });

  it('refuses NULs anywhere in the file, naming the line', () => {
    const bytes = Uint8Array.from([...enc('Tiltak 1: Tekst.\n'.repeat(1000)), 0, ...enc('mer\n')]);
    expect(() => decodeDocument(bytes, 'nul.txt')).toThrow(/nul\.txt: .*NUL.*line 1001/);
  });

  it('reads a UTF-8 file with one stray byte as UTF-8, warning with the line', () => {
    const bytes = Uint8Array.from([...enc('Tiltak 1: Styrke\nStatus: Pågående\n'.repeat(20)), 0xe5, ...enc('\nStatus: Pågående\n')]);
    const { text, warnings } = decodeDocument(bytes, 'stray.txt');
    expect(text).toContain('Status: Pågående');
    expect(text).not.toContain('Ã');
    expect(warnings).toEqual([{ fileName: 'stray.txt', line: 41, message: expect.stringMatching(/invalid UTF-8/) }]);
  });
});
