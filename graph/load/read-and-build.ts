/**
 * One file's bytes to its batch: the reader for its format (graph/read) gives
 * the text and source map, buildDocumentBatch the graph. Runs in the parse
 * worker (parse-worker.ts), so a hostile file meets the worker's time and
 * memory limits and costs only itself.
 */
import { readDocumentBytes, type ReadLimits } from '../read/index.ts';
import { buildDocumentBatch, type BuildOptions, type BuiltDocument } from './build-document.ts';
import type { LoadWarning } from './read-document.ts';

export interface ReadBuildOptions extends BuildOptions {
  /** Limits of the readers (size per format, PDF pages, zip sizes). */
  read?: Partial<ReadLimits>;
}

/** What reading and building one file gives: the batch (null for an empty document) and the readers' notes as warnings. */
export interface ReadAndBuilt {
  built: BuiltDocument | null;
  warnings: LoadWarning[];
  format: string;
  pageCount: number | null;
}

/** Reads a file's bytes in any supported format and builds its batch. */
export async function readAndBuild(file: { fileName: string; bytes: Uint8Array; fileSha256?: string | null }, options: ReadBuildOptions = {}): Promise<ReadAndBuilt> {
  const read = await readDocumentBytes(file.bytes, file.fileName, options.read);
  const warnings: LoadWarning[] = read.notes.map((n) => ({ fileName: file.fileName, ...(n.line !== undefined ? { line: n.line } : {}), message: n.message }));
  if (read.text.trim() === '') {
    if (!warnings.some((w) => /empty/u.test(w.message))) warnings.push({ fileName: file.fileName, message: 'no text found in the file: nothing to load' });
    return { built: null, warnings, format: read.format, pageCount: read.pageCount ?? null };
  }
  const built = buildDocumentBatch(
    { fileName: file.fileName, text: read.text, origin: { format: read.format, sourceMap: read.sourceMap, pageCount: read.pageCount, fileSha256: file.fileSha256 ?? null, actors: read.actors } },
    { includePeople: options.includePeople },
  );
  return { built, warnings, format: read.format, pageCount: read.pageCount ?? null };
}

/** A document to parse: its text (already decoded), or its bytes to read with graph/read. */
export type ParseFile = { fileName: string; text: string } | { fileName: string; bytes: Uint8Array; fileSha256?: string | null };

/** Parses one file in this thread: a text is built as it is; bytes are read first. */
export async function parseFile(file: ParseFile, options: ReadBuildOptions = {}): Promise<ReadAndBuilt> {
  if ('text' in file) return { built: buildDocumentBatch(file, { includePeople: options.includePeople }), warnings: [], format: 'txt', pageCount: null };
  return readAndBuild(file, options);
}
