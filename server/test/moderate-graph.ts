/**
 * A graph of moderate scale for tests of heavy queries: the synthetic corpus
 * generator (scripts/synth) at a few municipalities and measures, loaded
 * into a fresh embedded store once per test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocuments } from '../../graph/load/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { writeCorpus } from '../../scripts/synth.ts';

/** An embedded store holding a synthetic corpus (deterministic: the same options give the same graph). */
export async function moderateGraph(options = { municipalities: 24, measures: 160, seed: 1 }): Promise<EmbeddedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-moderate-'));
  try {
    writeCorpus(dir, options);
    const store = new EmbeddedStore();
    await loadDocuments(store, [dir]);
    return store;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
