/**
 * Uploading and removing documents over HTTP (issue 13), behind the admin
 * token: `POST /api/documents` takes one file as the raw request body, its
 * name in the `x-file-name` header (percent-encoded, as headers are ASCII);
 * `DELETE /api/documents/:id` removes a document and everything only it
 * stated. Both run the loader itself (graph/load), so an upload gets exactly
 * the loader's limits (type by bytes, size per format, parse worker with its
 * time and memory caps, one transaction per document) and a refused file
 * leaves the graph as it was. The graph changes in place: the store's version
 * moves, so GraphQL answers (cached per version) follow without a restart.
 *
 * Why a raw body and not multipart: the explorer sends one request per file
 * (so it can show progress per file), and a raw body needs no parser at all,
 * where multipart would need one (busboy) for no gain.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocuments, removeDocument, type DocumentReport, type LoadOptions } from '../../graph/load/index.ts';
import { countSummary, NotFoundError } from '../../graph/model/index.ts';
import { defaultReadLimits, type ReadLimits } from '../../graph/read/index.ts';
import { AdminError, type AdminDeps, type AdminResponse, type AdminRoute } from './types.ts';

/** The largest upload taken at all: the largest of the readers' caps (PDF's, 200 MB by default); each format's own cap is the reader's. */
export function maxUploadBytes(read: Partial<ReadLimits> = {}): number {
  const limits = { ...defaultReadLimits(), ...read };
  return Math.max(limits.maxPdfBytes, limits.maxTextBytes, limits.maxZipBytes);
}

/** Longest file name taken, in characters. */
const MAX_NAME_LENGTH = 200;

/** The error codes of the upload endpoint, from the class of the loader's error (graph/read/errors.ts; DocumentReport.errorName). */
const ERROR_CODES: ReadonlyArray<[RegExp, string, number]> = [
  [/^EncryptedPdfError$/, 'ENCRYPTED_PDF', 422],
  [/^NoTextLayerError$/, 'NO_TEXT_LAYER', 422],
  [/^TooManyPagesError$/, 'TOO_MANY_PAGES', 413],
  [/^ZipBombError$/, 'ZIP_BOMB', 422],
  [/^FileTooLargeError$/, 'FILE_TOO_LARGE', 413],
  [/^UnsupportedFormatError$/, 'UNSUPPORTED_TYPE', 415],
  [/^BrokenFileError$/, 'UNREADABLE_FILE', 422],
];

/** The answer for a document the loader refused: a code the explorer turns into plain Norwegian, and the loader's message naming the file. */
export function refusal(report: Pick<DocumentReport, 'fileName' | 'error'> & { errorName?: string }): AdminResponse {
  const name = report.errorName ?? '';
  const found = ERROR_CODES.find(([pattern]) => pattern.test(name));
  const message = report.error ?? 'could not be loaded';
  const [code, status] = found ? [found[1], found[2]] : guessCode(message);
  const named = message.startsWith(report.fileName) ? message : `${report.fileName}: ${message}`;
  return { status, json: { error: { code, message: named, file: report.fileName } } };
}

/** When the loader gives only a message: a few of its well-known wordings, else a plain load failure. */
function guessCode(message: string): [string, number] {
  if (/over the .* limit/i.test(message)) return ['FILE_TOO_LARGE', 413];
  if (/binary|not text|not a (text|pdf|zip)/i.test(message)) return ['UNREADABLE_FILE', 422];
  // The parse threads' limits (graph/load/parse-pool.ts).
  if (/took longer than|more than \d+ MB of memory|time limit/i.test(message)) return ['PARSE_TIMEOUT', 422];
  return ['LOAD_FAILED', 422];
}

/** The file name from the x-file-name header: one plain name, no folders, no control characters. */
export function uploadFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) throw new AdminError(400, 'FILE_NAME_MISSING', 'Send the file name in the x-file-name header (percent-encoded).');
  let name: string;
  try {
    name = decodeURIComponent(raw).normalize('NFC').trim();
  } catch {
    throw new AdminError(400, 'BAD_REQUEST', 'The x-file-name header is not valid percent-encoding.');
  }
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > MAX_NAME_LENGTH || /[/\\\u0000-\u001f\u007f]/u.test(name) || name.startsWith('.')) {
    throw new AdminError(400, 'BAD_REQUEST', `"${name.slice(0, MAX_NAME_LENGTH)}" is not a usable file name: one name, no folders, not starting with a dot, at most ${MAX_NAME_LENGTH} characters.`);
  }
  return name;
}

/** Runs one write at a time, so two uploads never interleave their transactions or reports. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => {});
    return run;
  };
}

/** What the upload answers: the document's load summary and review list, and what the graph holds now. */
export interface UploadAnswer {
  document: Required<Pick<DocumentReport, 'fileName' | 'documentId' | 'counts' | 'warnings' | 'review'>>;
  totals: { nodes: Record<string, number>; edges: Record<string, number> };
  version: string;
}

/** The routes for documents: upload and remove. */
export function documentRoutes(deps: AdminDeps): AdminRoute[] {
  const load: LoadOptions = deps.load ?? {};
  const oneAtATime = serial();
  return [
    {
      method: 'POST',
      path: '/api/documents',
      access: 'admin',
      maxBodyBytes: deps.maxUploadBytes ?? maxUploadBytes(load.read),
      handle: (req) => {
        const fileName = uploadFileName(req.raw.headers['x-file-name']);
        if (req.body.length === 0) return { status: 400, json: { error: { code: 'EMPTY_FILE', message: `${fileName}: the file is empty.`, file: fileName } } };
        return oneAtATime(() => upload(deps, load, fileName, req.body));
      },
    },
    {
      method: 'DELETE',
      path: '/api/documents/:id',
      access: 'admin',
      handle: (req) => oneAtATime(() => remove(deps, req.params.id)),
    },
  ];
}

/** Removes a document the way a reload would (graph/load removeDocument): what only it stated goes, what others also state stays, and its original leaves the file store unless shared. */
async function remove(deps: AdminDeps, id: string): Promise<AdminResponse> {
  const before = await deps.store.counts();
  let removed;
  try {
    removed = await removeDocument(deps.store, id, { files: deps.files });
  } catch (e) {
    if (e instanceof NotFoundError) throw new AdminError(404, 'DOCUMENT_NOT_FOUND', `There is no document ${id}.`);
    throw e;
  }
  const after = await deps.store.counts();
  deps.log(`removed ${id} (${removed.fileName ?? ''})`);
  return { json: { removed: removed.documentId, fileName: removed.fileName, before: countSummary(before), after: countSummary(after), version: await deps.store.version() } };
}

async function upload(deps: AdminDeps, load: LoadOptions, fileName: string, bytes: Buffer): Promise<AdminResponse> {
  const dir = await mkdtemp(join(tmpdir(), 'samkart-upload-'));
  try {
    const path = join(dir, fileName);
    await writeFile(path, bytes, { flag: 'wx' });
    const report = await loadDocuments(deps.store, [path], { ...load, dryRun: false, replaceAll: false });
    const doc = report.documents[0];
    if (!doc) return { status: 415, json: { error: { code: 'UNSUPPORTED_TYPE', message: `${fileName}: Samkart does not read this type of file.`, file: fileName } } };
    if (!doc.ok) {
      deps.log(`upload refused: ${doc.fileName}: ${doc.error}`);
      return refusal(doc);
    }
    if (!doc.documentId) return { status: 422, json: { error: { code: 'EMPTY_FILE', message: `${fileName}: the file holds no text.`, file: fileName } } };
    deps.log(`uploaded ${doc.fileName} as ${doc.documentId}: ${doc.counts.actors} actors, ${doc.counts.measures} measures, ${doc.review.length} to review`);
    const answer: UploadAnswer = {
      document: { fileName: doc.fileName, documentId: doc.documentId, counts: doc.counts, warnings: doc.warnings, review: doc.review },
      totals: report.totals,
      version: await deps.store.version(),
    };
    return { status: 201, json: answer };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
