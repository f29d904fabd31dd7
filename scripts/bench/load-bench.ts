/**
 * Load benchmark: the seeds and the synthetic corpus through the loader
 * (parse + write) into the embedded store and into Neo4j, in documents and
 * graph elements per second; and, on the same pre-built rows, the store's
 * UNWIND writer against a naive one-MERGE-per-row writer.
 */
import neo4j from 'neo4j-driver';
import { WRITE_GROUP_ROWS, baseBatch, buildDocumentBatch, listDocumentFiles, loadDocuments, readDocumentFile } from '../../graph/load/index.ts';
import type { DocumentBatch } from '../../graph/model/index.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../../graph/store/index.ts';
import { NaiveNeo4jWriter } from './naive-writer.ts';
import { summarise, type Summary } from './stats.ts';

export interface LoadResult {
  corpus: string;
  store: string;
  documents: number;
  elements: number;
  seconds: Summary;
  docsPerSec: Summary;
  elementsPerSec: Summary;
}

export interface WriterResult {
  writer: string;
  documents: number;
  rows: number;
  seconds: Summary;
  rowsPerSec: Summary;
  roundTrips: number;
  /** The naive writer's time over this one's, round by round. */
  naiveRatio: Summary;
}

const elementsOf = (c: Awaited<ReturnType<GraphStore['counts']>>) =>
  Object.values(c.nodes).reduce((s, n) => s + (n ?? 0), 0) + Object.values(c.edges).reduce((s, n) => s + (n ?? 0), 0);

/** Loads `dir` into a fresh store `runs` times; documents and elements per second of the whole load (read, parse, write). */
export async function benchLoadInto(corpus: string, dir: string, makeStore: () => Promise<GraphStore>, runs: number, log: (s: string) => void): Promise<LoadResult> {
  const seconds: number[] = [];
  let documents = 0;
  let elements = 0;
  let kind = '';
  for (let r = 0; r < runs; r++) {
    const store = await makeStore();
    kind = store.kind;
    try {
      await store.clear();
      const t0 = performance.now();
      const report = await loadDocuments(store, [dir]);
      const s = (performance.now() - t0) / 1000;
      if (report.failed) throw new Error(`${report.failed} documents failed to load`);
      seconds.push(s);
      documents = report.documents.length;
      elements = elementsOf(report.totals);
      log(`  load ${corpus} → ${kind}: ${s.toFixed(2)} s (${documents} documents, ${elements} elements)`);
    } finally {
      await store.close();
    }
  }
  return {
    corpus,
    store: kind,
    documents,
    elements,
    seconds: summarise(seconds),
    docsPerSec: summarise(seconds.map((s) => documents / s)),
    elementsPerSec: summarise(seconds.map((s) => elements / s)),
  };
}

/** Every `step`-th document of `dir`, parsed once: the rows both writers write. */
export async function sampleBatches(dir: string, step: number): Promise<DocumentBatch[]> {
  const files = (await listDocumentFiles([dir])).filter((_, i) => i % step === 0);
  const out: DocumentBatch[] = [];
  for (const f of files) out.push(buildDocumentBatch(await readDocumentFile(f)).batch);
  return out;
}

/** Groups of documents of about WRITE_GROUP_ROWS rows, as the loader writes them. */
function groups(batches: readonly DocumentBatch[]): DocumentBatch[][] {
  const out: DocumentBatch[][] = [[]];
  let rows = 0;
  for (const b of batches) {
    out[out.length - 1].push(b);
    rows += b.nodes.length + b.edges.length;
    if (rows >= WRITE_GROUP_ROWS) {
      out.push([]);
      rows = 0;
    }
  }
  return out.filter((g) => g.length);
}

/**
 * The same rows through three writers into a cleared Neo4j: the naive
 * per-row writer, the store one document per transaction, and the store in
 * groups of documents (what the loader does).
 */
export async function benchWriters(uri: string, batches: readonly DocumentBatch[], runs: number, log: (s: string) => void): Promise<WriterResult[]> {
  const base = baseBatch();
  const rows = batches.reduce((s, b) => s + b.nodes.length + b.edges.length, 0) + base.nodes.length + base.edges.length;
  const driver = neo4j.driver(uri);
  const store = new Neo4jStore({ uri });
  await store.init();
  const writers: { name: string; roundTrips: number; write: () => Promise<void> }[] = [
    {
      name: 'naive: one MERGE per row, one round trip each',
      roundTrips: rows + batches.length + 1,
      write: async () => {
        const naive = new NaiveNeo4jWriter(driver);
        await naive.writeBatch(base);
        for (const b of batches) await naive.writeDocument(b);
      },
    },
    {
      name: 'Neo4jStore.writeDocument: UNWIND batches, one transaction per document',
      roundTrips: NaN,
      write: async () => {
        await store.writeBatch(base);
        for (const b of batches) await store.writeDocument(b);
      },
    },
    {
      name: `Neo4jStore.writeDocuments: UNWIND batches, documents grouped by ~${WRITE_GROUP_ROWS.toLocaleString('en-US')} rows (the loader)`,
      roundTrips: NaN,
      write: async () => {
        await store.writeBatch(base);
        for (const g of groups(batches)) await store.writeDocuments(g);
      },
    },
  ];
  const out: WriterResult[] = [];
  try {
    // Warm-up, not timed: one full pass of every writer, so Neo4j has planned every query and warmed its JIT and
    // caches before the clock runs (the first pass after a start is about twice as slow for every writer).
    for (const w of writers) {
      await store.clear();
      await w.write();
    }
    // Timed rounds, the writers interleaved within each round, so a drift of Neo4j's state (JIT, caches, freed
    // record ids) weighs on all of them alike; the ratio is taken per round.
    const seconds = writers.map(() => [] as number[]);
    for (let r = 0; r < runs; r++) {
      for (const [i, w] of writers.entries()) {
        await store.clear();
        const t0 = performance.now();
        await w.write();
        const s = (performance.now() - t0) / 1000;
        seconds[i].push(s);
        log(`  round ${r + 1}: writer ${w.name.split(':')[0]}: ${s.toFixed(2)} s for ${rows} rows`);
      }
    }
    for (const [i, w] of writers.entries()) {
      out.push({
        writer: w.name,
        documents: batches.length,
        rows,
        seconds: summarise(seconds[i]),
        rowsPerSec: summarise(seconds[i].map((s) => rows / s)),
        roundTrips: w.roundTrips,
        naiveRatio: summarise(seconds[0].map((naive, r) => naive / seconds[i][r])),
      });
    }
  } finally {
    await store.clear();
    await store.close();
    await driver.close();
  }
  return out;
}

/** A fresh embedded store. */
export const embedded = async (): Promise<GraphStore> => new EmbeddedStore();
/** A Neo4j store on `uri`. */
export const neo4jAt = (uri: string) => async (): Promise<GraphStore> => new Neo4jStore({ uri });
