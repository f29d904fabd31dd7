/**
 * Loading documents into a store: the curated base (levels, sectors), then the
 * documents, written in groups (one transaction per group, each document as
 * if written alone). Loading adds the named documents, or replaces them if the
 * store holds them already; `replaceAll` starts from an empty store. Documents
 * are parsed in worker threads under memory and time limits (parse-pool.ts),
 * so a file that exceeds them is refused by name and the others still load.
 * A document that fails leaves nothing behind; every warning names its file
 * and line. Two files whose names give one id are both kept, the later under
 * a hashed id, with a warning naming both.
 */
import { relative } from 'node:path';
import { GraphError, type DocumentBatch, type DocumentId, type GraphCounts } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { baseBatch } from './base-batch.ts';
import type { BuildOptions, BuiltDocument } from './build-document.ts';
import { ParsePool, defaultParseLimits, inProcessParser, type ParseLimits } from './parse-pool.ts';
import { listDocumentFolder, readSourceBytes, type LoadWarning } from './read-document.ts';
import { defaultReadLimits, type ReadLimits } from '../read/index.ts';
import { sha256Of, type FileStore } from '../files/index.ts';
import { disambiguatedDocumentId, renameDocumentBatch } from './rename-document.ts';
import { reviewEntries, type ReviewEntry } from './review-report.ts';
import { replayCorrections, type Correction, type ReplayReport } from '../corrections/index.ts';

export interface DocumentReport {
  fileName: string;
  /** The id the document was stored under (null when it was not read). */
  documentId?: string | null;
  ok: boolean;
  /** Why the document was not loaded. */
  error?: string;
  /** The class of the error (EncryptedPdfError, ZipBombError …; see graph/read/errors.ts), for callers that map it to a code. */
  errorName?: string;
  /** The original file's format, once it was read. */
  format?: string;
  /** Content hash of the original file in the file store, when one was given. */
  fileSha256?: string | null;
  warnings: LoadWarning[];
  counts: { actors: number; measures: number; initiatives: number; links: number };
  /** New uncurated organisations and low-confidence facts, for the review report. */
  review: ReviewEntry[];
}

export interface LoadReport {
  documents: DocumentReport[];
  /** What the store holds afterwards. */
  totals: GraphCounts;
  failed: number;
  /** Files in the loaded folders that were not loaded (README*, types Samkart does not read), each with a note. */
  skipped: LoadWarning[];
  /** The corrections replayed after the documents were written (when `corrections` was given). */
  corrections?: ReplayReport;
}

export interface LoadOptions extends BuildOptions {
  /** Parse and check only; write nothing. */
  dryRun?: boolean;
  /** Empty the store first, so it holds only what this load brings (`--replace-all`). */
  replaceAll?: boolean;
  /** Follow symbolic links out of the loaded folder (`--follow-symlinks`, or SAMKART_FOLLOW_SYMLINKS=1 for npm start); by default they are refused. */
  followSymlinks?: boolean;
  /** Limits for the parser threads; `false` parses in this thread, without limits. */
  parse?: Partial<ParseLimits> | false;
  /** Limits of the readers: size per format, PDF pages, zip sizes (graph/read; SAMKART_MAX_* in server/config.ts). */
  read?: Partial<ReadLimits>;
  /** Where the original files and their source maps are kept (graph/files); none: they are not kept. */
  files?: FileStore;
  /** People's corrections (graph/corrections), replayed in one transaction after the documents are written; a function is read at that moment. */
  corrections?: readonly Correction[] | (() => readonly Correction[]);
  /** Called after each document. */
  onDocument?: (report: DocumentReport, index: number, total: number) => void;
}

/**
 * Rows written per store transaction. Documents are written in groups of about
 * this many nodes and edges (one transaction each), which is what makes a bulk
 * load into Neo4j cost a few round trips per thousands of rows.
 */
export const WRITE_GROUP_ROWS = 10_000;

/** Loads files and folders (folders: their documents of every readable type, see graph/read) into the store. */
export async function loadDocuments(store: GraphStore, paths: readonly string[], options: LoadOptions = {}): Promise<LoadReport> {
  const { sources: files, skipped } = await listDocumentFolder(paths);
  if (!options.dryRun) {
    await store.init();
    if (options.replaceAll) await store.clear();
    await store.writeBatch(baseBatch());
  }
  const documents: DocumentReport[] = [];
  const pending: { report: DocumentReport; batch: DocumentBatch | null }[] = [];
  let pendingRows = 0;
  /** Document ids taken in this load, and by which file. */
  const taken = new Map<string, string>();

  const failed = (report: DocumentReport, e: unknown): void => {
    if (!(e instanceof GraphError) && !(e instanceof Error)) throw e;
    // Store outages are not the document's fault: stop, rather than report every document as bad.
    if ((e as GraphError).code === 'STORE_UNAVAILABLE') throw e;
    report.ok = false;
    report.error = e.message;
    report.errorName = e.name;
  };

  /** Writes the pending documents in one transaction; if that fails, one by one, so a bad document keeps out only itself. */
  const flush = async (): Promise<void> => {
    const writes = pending.filter((p) => p.batch);
    if (writes.length) {
      // A document that replaces one loaded earlier from a file of another name says so.
      const before = await store.getNodes(writes.map((p) => p.batch!.documentId));
      writes.forEach((p, i) => {
        const had = before[i]?.props.fileName;
        if (typeof had === 'string' && had !== p.report.fileName) {
          p.report.warnings.push({ fileName: p.report.fileName, message: `replaces ${p.batch!.documentId}, loaded before from "${had}"` });
        }
      });
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

  const parser = options.parse === false ? inProcessParser : new ParsePool({ ...defaultParseLimits(), ...options.parse });
  const build: BuildOptions = { includePeople: options.includePeople ?? false };
  const limits = { ...defaultReadLimits(), ...options.read };
  const maxBytes = Math.max(limits.maxTextBytes, limits.maxPdfBytes, limits.maxZipBytes);
  /** Reads and parses one file (the reader for its format runs in the parse thread too), so up to `ahead` files are in flight at once. */
  const work = async (i: number): Promise<{ built: BuiltDocument | null; warnings: LoadWarning[]; format: string; sha: string }> => {
    const file = await readSourceBytes(files[i].path, { root: files[i].root, followSymlinks: options.followSymlinks ?? false, maxBytes });
    const sha = sha256Of(file.bytes);
    const result = await parser.parseFile({ fileName: file.fileName, bytes: file.bytes, fileSha256: options.files ? sha : null }, { ...build, read: limits });
    // The original and its source map are kept before the graph is written: a graph never points at a file that is not there.
    if (result.built && options.files && !options.dryRun) {
      await options.files.putFile(file.bytes);
      if (result.built.sourceMap) await options.files.putSourceMap(sha, result.built.sourceMap);
    }
    return { built: result.built, warnings: result.warnings, format: result.format, sha };
  };
  const ahead = parser instanceof ParsePool ? parser.limits.threads * 2 : 1;
  const started: Promise<Awaited<ReturnType<typeof work>>>[] = [];
  const startUpTo = (n: number) => {
    while (started.length < Math.min(n, files.length)) {
      const p = work(started.length);
      p.catch(() => {}); // awaited in order below
      started.push(p);
    }
  };

  try {
    for (let i = 0; i < files.length; i++) {
      startUpTo(i + ahead);
      const { path, root } = files[i];
      const report: DocumentReport = { fileName: path.replace(/^.*[\\/]/, ''), documentId: null, ok: false, warnings: [], counts: { actors: 0, measures: 0, initiatives: 0, links: 0 }, review: [] };
      let batch: DocumentBatch | null = null;
      try {
        const { built, warnings, format, sha } = await started[i];
        report.warnings.push(...warnings);
        report.format = format;
        report.fileSha256 = options.files ? sha : null;
        if (built) {
          report.warnings.push(...built.warnings);
          report.counts = built.counts;
          let id: DocumentId = built.batch.documentId;
          const first = taken.get(id);
          if (first !== undefined) {
            let next = disambiguatedDocumentId(report.fileName, relative(root, path));
            if (taken.has(next)) next = disambiguatedDocumentId(report.fileName, path);
            report.warnings.push({
              fileName: report.fileName,
              message: `its id ${id} is taken by "${first}" in this load; stored as ${next} (rename one of the files to choose the ids)`,
            });
            id = next;
          }
          taken.set(id, relative(root, path) || report.fileName);
          report.documentId = id;
          report.review = reviewEntries(built, report.fileName, id);
          if (!options.dryRun) batch = id === built.batch.documentId ? built.batch : renameDocumentBatch(built.batch, id);
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
  } finally {
    await parser.close();
  }
  const corrections = options.corrections && !options.dryRun ? await replayAll(store, options.corrections) : undefined;
  const totals = options.dryRun ? { nodes: {}, edges: {} } : await store.counts();
  return { documents, totals, failed: documents.filter((d) => !d.ok).length, skipped, ...(corrections ? { corrections } : {}) };
}

/** Replays the corrections; a file that does not read is reported like a failed replay, and the documents stay loaded. */
async function replayAll(store: GraphStore, corrections: NonNullable<LoadOptions['corrections']>): Promise<ReplayReport> {
  try {
    return await replayCorrections(store, typeof corrections === 'function' ? corrections() : corrections);
  } catch (e) {
    return { ok: false, error: (e as Error).message, total: 0, applied: 0, undone: 0, missing: [], invalid: [], outcomes: [] };
  }
}
