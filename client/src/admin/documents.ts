/**
 * Uploading and removing documents (POST /api/documents, DELETE
 * /api/documents/:id). An upload goes by XMLHttpRequest, not fetch, because
 * only XHR reports upload progress; the file is the raw body and its name the
 * percent-encoded `x-file-name` header, one request per file.
 */
import { AdminApiError, adminFetch, errorFromAnswer } from './api.ts';
import { readToken } from './session.ts';

/** One item of the review list (graph/load/review-report.ts). */
export interface ReviewItem {
  id: string;
  kind: 'uncurated-organisation' | 'low-confidence' | 'inferred';
  factId: string;
  documentId: string;
  fileName: string;
  line: number;
  text: string;
  confidence: number;
  rule: string;
  occurrences: number;
}

/** What the server answers for a loaded file (server/admin/documents.ts UploadAnswer). */
export interface UploadAnswer {
  document: {
    fileName: string;
    documentId: string;
    counts: { actors: number; measures: number; initiatives: number; links: number };
    warnings: Array<{ fileName: string; line?: number; message: string }>;
    review: ReviewItem[];
  };
  totals: { nodes: Record<string, number>; edges: Record<string, number> };
  version: string;
}

export interface UploadOptions {
  /** Bytes sent so far of the total. */
  onProgress?(sent: number, total: number): void;
  /** Called once the whole file is sent and the server is reading it. */
  onSent?(): void;
  signal?: AbortSignal;
  /** Injected for tests; the browser's XMLHttpRequest by default. */
  xhr?: () => XMLHttpRequest;
}

/** Sends one file; resolves with the load summary and review list, or rejects with AdminApiError naming the file. */
export function uploadDocument(file: File, options: UploadOptions = {}): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = options.xhr ? options.xhr() : new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    const token = readToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = () => options.onSent?.();
    xhr.onerror = () => reject(new AdminApiError(0, 'NETWORK_ERROR', 'The upload did not reach the server.', file.name));
    xhr.onabort = () => reject(new DOMException('The upload was stopped.', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // Not JSON (a proxy's error page): the status decides.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as UploadAnswer);
      const error = errorFromAnswer(xhr.status, body);
      reject(error.fileName ? error : new AdminApiError(error.status, error.code, error.detail, file.name));
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Removes a document and everything only it stated. */
export function removeDocument(documentId: string): Promise<{ removed: string; version: string }> {
  return adminFetch(`/api/documents/${encodeURIComponent(documentId)}`, { method: 'DELETE' });
}

/** A box on a PDF page, in points from the page's bottom-left corner. */
export interface PageBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a quote is in the original file (server/admin/files.ts WhereAnswer). */
export interface QuoteWhere {
  documentId: string;
  format: string;
  pageCount: number | null;
  fileKept: boolean;
  fileAllowed: boolean;
  page: number | null;
  pageLabel: string | null;
  pageSize: { width: number; height: number } | null;
  location: string | null;
  row: number | null;
  boxes: PageBox[];
  redactedBoxes: PageBox[];
}

/** Where text[start, end) of a document is in its original: page, boxes, cell or heading path. */
export function quoteWhere(documentId: string, start: number, end: number, signal?: AbortSignal): Promise<QuoteWhere> {
  return adminFetch(`/api/files/${encodeURIComponent(documentId)}/where?start=${start}&end=${end}`, { signal });
}

/** The original file's bytes (allowed with the editor's token, or when the server includes people). */
export async function originalFile(documentId: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const token = readToken();
  let res: Response;
  try {
    res = await fetch(`/api/files/${encodeURIComponent(documentId)}`, { signal, headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new AdminApiError(0, 'NETWORK_ERROR', String((e as Error)?.message ?? e));
  }
  if (!res.ok) throw errorFromAnswer(res.status, await res.json().catch(() => null));
  return res.arrayBuffer();
}
