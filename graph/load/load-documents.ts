/**
 * Loading documents into a store: the curated base (levels, sectors), then the
 * documents, written in groups (one transaction per group, each document as
 * if written alone). A document that fails leaves nothing behind and the
 * others still load; every warning names its file and line.
 */
import { GraphError, type DocumentBatch, type GraphCounts } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { baseBatch } from './base-batch.ts';
import { buildDocumentBatch, type BuildOptions } from './build-document.ts';
import { listDocumentFiles, readDocumentFile, type LoadWarning } from './read-document.ts';

export interface DocumentReport {
  fileName: string;
  ok: boolean;
  /** Why the document was not loaded. */
  error?: string;
  warnings: LoadWarning[];
  counts: { actors: number; measures: number; initiatives: number; links: number };
}

export interface LoadReport {
  documents: DocumentReport[];
  /** What the store holds afterwards. */
  totals: GraphCounts;
  failed: number;
}

export interface LoadOptions extends BuildOptions {
  /** Parse and check only; write nothing. */
  dryRun?: boolean;
  /** Called after each document. */
  onDocument?: (report: DocumentReport, index: number, total: number) => void;
}

/**
 * Rows written per store transaction. Documents are written in groups of about
 * this many nodes and edges (one transaction each), which is what makes a bulk
 * load into Neo4j cost a few round trips per thousands of rows.
 */
export const WRITE_GROUP_ROWS = 10_000;

/** Loads files and folders (folders: their .txt and .md files) into the store. */
export async function loadDocuments(store: GraphStore, paths: readonly string[], options: LoadOptions = {}): Promise<LoadReport> {
  const files = await listDocumentFiles(paths);
  if (!options.dryRun) {
    await store.init();
    await store.writeBatch(baseBatch());
  }
  const documents: DocumentReport[] = [];
  const pending: { report: DocumentReport; batch: DocumentBatch | null }[] = [];
  let pendingRows = 0;

  const failed = (report: DocumentReport, e: unknown): void => {
    if (!(e instanceof GraphError) && !(e instanceof Error)) throw e;
    // Store outages are not the document's fault: stop, rather than report every document as bad.
    if ((e as GraphError).code === 'STORE_UNAVAILABLE') throw e;
    report.ok = false;
    report.error = e.message;
  };

  /** Writes the pending documents in one transaction; if that fails, one by one, so a bad document keeps out only itself. */
  const flush = async (): Promise<void> => {
    const writes = pending.filter((p) => p.batch);
    if (writes.length) {
      try {
        await store.writeDocuments(writes.map((p) => p.batch!));
      } catch (e) {
        if ((e as GraphError).code === 'STORE_UNAVAILABLE') throw e;
        for (const p of writes) {
          try {
            await store.writeDocument(p.batch!);
          } catch (e2) {
            failed(p.report, e2);
          }
        }
      }
    }
    for (const p of pending) {
      documents.push(p.report);
      options.onDocument?.(p.report, documents.length - 1, files.length);
    }
    pending.length = 0;
    pendingRows = 0;
  };

  for (const path of files) {
    const report: DocumentReport = { fileName: path.replace(/^.*[\\/]/, ''), ok: false, warnings: [], counts: { actors: 0, measures: 0, initiatives: 0, links: 0 } };
    let batch: DocumentBatch | null = null;
    try {
      const file = await readDocumentFile(path);
      report.warnings.push(...file.warnings);
      if (file.text.trim() !== '') {
        const built = buildDocumentBatch(file, options);
        report.warnings.push(...built.warnings);
        report.counts = built.counts;
        if (!options.dryRun) batch = built.batch;
      }
      report.ok = true;
    } catch (e) {
      failed(report, e);
    }
    pending.push({ report, batch });
    pendingRows += batch ? batch.nodes.length + batch.edges.length : 0;
    if (pendingRows >= WRITE_GROUP_ROWS) await flush();
  }
  await flush();
  const totals = options.dryRun ? { nodes: {}, edges: {} } : await store.counts();
  return { documents, totals, failed: documents.filter((d) => !d.ok).length };
}
