import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../store/index.ts';
import { DEFAULT_SEEDS_DIR } from './paths.ts';
import { loadDocuments } from './load-documents.ts';

describe('loadDocuments', () => {
  it('loads the seeds, and loading twice gives identical counts', async () => {
    const store = new EmbeddedStore();
    const first = await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    expect(first.failed).toBe(0);
    expect(first.totals.nodes).toMatchObject({ Document: 5, Measure: 15 });
    const second = await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    expect(second.totals).toEqual(first.totals);
  });

  it('loads the good documents when one fails, leaving nothing of the bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-load-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(DEFAULT_SEEDS_DIR, '000_588be4bdfbf0e9d5.txt')));
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'c.txt'), '');
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [dir]);
    expect(report.failed).toBe(1);
    expect(report.documents.map((d) => [d.fileName, d.ok])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
      ['c.txt', true],
    ]);
    expect(report.documents[1].error).toMatch(/b\.txt: this is a binary file/);
    expect(report.documents[2].warnings[0].message).toMatch(/empty/);
    expect(report.totals.nodes).toMatchObject({ Document: 1, Measure: 3 });
    expect(await store.getNodes(['doc:b'])).toEqual([null]);
  });

  it('checks and counts without writing on a dry run', async () => {
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [DEFAULT_SEEDS_DIR], { dryRun: true });
    expect(report.documents.reduce((s, d) => s + d.counts.measures, 0)).toBe(15);
    expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
  });
});
