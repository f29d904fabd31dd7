/**
 * Loading documents into a store: the curated base (levels, sectors), then one
 * atomic write per document. A document that fails leaves nothing behind and
 * the others still load; every warning names its file and line.
 */
import { GraphError, type GraphCounts } from '../model/index.ts';
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

/** Loads files and folders (folders: their .txt and .md files) into the store. */
export async function loadDocuments(store: GraphStore, paths: readonly string[], options: LoadOptions = {}): Promise<LoadReport> {
  const files = await listDocumentFiles(paths);
  if (!options.dryRun) {
    await store.init();
    await store.writeBatch(baseBatch());
  }
  const documents: DocumentReport[] = [];
  for (const [i, path] of files.entries()) {
    const report: DocumentReport = { fileName: path.replace(/^.*[\\/]/, ''), ok: false, warnings: [], counts: { actors: 0, measures: 0, initiatives: 0, links: 0 } };
    try {
      const file = await readDocumentFile(path);
      report.warnings.push(...file.warnings);
      if (file.text.trim() !== '') {
        const built = buildDocumentBatch(file, options);
        report.warnings.push(...built.warnings);
        report.counts = built.counts;
        if (!options.dryRun) await store.writeDocument(built.batch);
      }
      report.ok = true;
    } catch (e) {
      if (!(e instanceof GraphError) && !(e instanceof Error)) throw e;
      // Store outages are not the document's fault: stop, rather than report every document as bad.
      if ((e as GraphError).code === 'STORE_UNAVAILABLE') throw e;
      report.error = e.message;
    }
    documents.push(report);
    options.onDocument?.(report, i, files.length);
  }
  const totals = options.dryRun ? { nodes: {}, edges: {} } : await store.counts();
  return { documents, totals, failed: documents.filter((d) => !d.ok).length };
}
