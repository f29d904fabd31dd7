import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import { buildDocumentBatch } from './build-document.ts';
import { ParsePool, defaultParseLimits } from './parse-pool.ts';
import { DEFAULT_SEEDS_DIR } from './paths.ts';

const seed = { fileName: '000_588be4bdfbf0e9d5.txt', text: readFileSync(join(DEFAULT_SEEDS_DIR, '000_588be4bdfbf0e9d5.txt'), 'utf8') };
const pools: ParsePool[] = [];
const pool = (limits = {}) => {
  const p = new ParsePool({ ...defaultParseLimits(), threads: 1, ...limits });
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('ParsePool (issue 11, item 3: the loader parses in a worker)', () => {
  it('builds the same batch in a thread as in process', async () => {
    const built = await pool().parse(seed);
    expect(built).toEqual(buildDocumentBatch(seed));
  }, 60_000);

  it('refuses a document past its time limit by name, and parses the next one', async () => {
    const p = pool({ timeoutBaseMs: 1, timeoutPerMbMs: 0 });
    const slow = { fileName: 'treg.txt', text: seed.text.repeat(400) };
    await expect(p.parse(slow)).rejects.toThrow(InvalidInputError);
    await expect(p.parse(slow)).rejects.toThrow(/treg\.txt: parsing took longer than/);
    p.limits.timeoutBaseMs = 30_000;
    expect((await p.parse(seed)).counts.measures).toBe(3);
  }, 60_000);

  it('refuses a document past its memory limit by name, and parses the next one', async () => {
    const p = pool({ memoryMb: 64, timeoutBaseMs: 60_000 });
    const huge = { fileName: 'stor.txt', text: seed.text.repeat(3000) };
    await expect(p.parse(huge)).rejects.toThrow(/stor\.txt: parsing it needed more than 64 MB/);
    expect((await p.parse(seed)).counts.measures).toBe(3);
  }, 120_000);
});
