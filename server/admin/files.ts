/**
 * The original files behind documents (issue 13), for the explorer's page
 * view. `GET /api/files/:documentId` serves the file only to a request with
 * the admin token, or to anyone when the server runs with people included
 * (SAMKART_INCLUDE_PEOPLE): otherwise the original would show the names the
 * text pipeline redacted. `GET /api/files/:documentId/where?start=&end=` says
 * where a quote is in the original (page, page label, boxes, cell, heading
 * path, the page's size), whether this request may have the file, and, when
 * it may, the boxes of redacted text on that page, so the viewer paints them
 * over. Originals are never served inline except PDFs, and never as HTML a
 * browser would run: every answer carries a sandboxing CSP.
 */
import type { FileStore } from '../../graph/files/index.ts';
import { NotFoundError } from '../../graph/model/index.ts';
import { locateSpan, type SourceBox, type SourceMap } from '../../graph/read/index.ts';
import { AdminError, type AdminDeps, type AdminRequest, type AdminRoute } from './types.ts';

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // Served as text, never as a page the browser would render and run.
  html: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** Where a quote is in the original file, as the page view needs it. */
export interface WhereAnswer {
  documentId: string;
  format: string;
  pageCount: number | null;
  /** The original is kept in the file store. */
  fileKept: boolean;
  /** This request may fetch the original (admin token, or people included). */
  fileAllowed: boolean;
  page: number | null;
  pageLabel: string | null;
  /** The page's size in PDF points, for scaling the boxes. */
  pageSize: { width: number; height: number } | null;
  location: string | null;
  row: number | null;
  boxes: SourceBox[];
  /** Boxes of redacted text on the quote's page; only when the file is allowed. */
  redactedBoxes: SourceBox[];
}

interface DocumentFile {
  id: string;
  fileName: string;
  format: string;
  pageCount: number | null;
  sha: string | null;
}

async function documentFile(deps: AdminDeps, id: string): Promise<DocumentFile> {
  const [node] = await deps.store.getNodes([id]);
  if (!node || node.label !== 'Document') throw new AdminError(404, 'DOCUMENT_NOT_FOUND', `There is no document ${id}.`);
  const p = node.props;
  const fileName = typeof p.fileName === 'string' ? p.fileName : id;
  const format = typeof p.format === 'string' ? p.format : /\.md$/i.test(fileName) ? 'md' : 'txt';
  return { id: node.id, fileName, format, pageCount: typeof p.pageCount === 'number' ? p.pageCount : null, sha: typeof p.fileSha256 === 'string' ? p.fileSha256 : null };
}

const mayHaveFile = (deps: AdminDeps, req: AdminRequest) => req.admin || deps.includePeople === true;

async function sourceMapOf(files: FileStore | undefined, sha: string | null): Promise<SourceMap | null> {
  if (!files || !sha) return null;
  return files.getSourceMap(sha);
}

/** `filename*` for Content-Disposition (RFC 6266), with a plain ASCII fallback. */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function offset(url: URL, name: string): number {
  const raw = url.searchParams.get(name);
  const n = raw === null ? NaN : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AdminError(400, 'BAD_REQUEST', `Give ${name} as a whole number of characters (0 or more).`);
  return n;
}

/** The routes for original files. */
export function fileRoutes(deps: AdminDeps): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/files/:documentId',
      access: 'public',
      handle: async (req) => {
        if (!mayHaveFile(deps, req)) throw new AdminError(403, 'FILE_NOT_ALLOWED', 'The original file is served only with the admin token, or when the server runs with people included.');
        const doc = await documentFile(deps, req.params.documentId);
        if (!doc.sha || !deps.files) throw new AdminError(404, 'FILE_NOT_KEPT', `The original of ${doc.fileName} is not kept.`);
        let bytes: Uint8Array;
        try {
          bytes = await deps.files.getFile(doc.sha);
        } catch (e) {
          if (e instanceof NotFoundError) throw new AdminError(404, 'FILE_NOT_KEPT', `The original of ${doc.fileName} is not kept.`);
          throw e;
        }
        return {
          body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          contentType: CONTENT_TYPES[doc.format] ?? 'application/octet-stream',
          headers: {
            'content-disposition': disposition(doc.format === 'pdf' ? 'inline' : 'attachment', doc.fileName),
            'content-security-policy': "sandbox; default-src 'none'",
            'cross-origin-resource-policy': 'same-origin',
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/files/:documentId/where',
      access: 'public',
      handle: async (req) => {
        const doc = await documentFile(deps, req.params.documentId);
        const start = offset(req.url, 'start');
        const end = offset(req.url, 'end');
        if (end < start) throw new AdminError(400, 'BAD_REQUEST', 'end comes before start.');
        const map = await sourceMapOf(deps.files, doc.sha);
        const at = locateSpan(map, start, end);
        const allowed = mayHaveFile(deps, req);
        const page = at.page !== null ? map?.pages.find((p) => p.page === at.page) : undefined;
        const answer: WhereAnswer = {
          documentId: doc.id,
          format: doc.format,
          pageCount: doc.pageCount,
          fileKept: doc.sha !== null && deps.files !== undefined,
          fileAllowed: allowed,
          page: at.page,
          pageLabel: at.pageLabel,
          pageSize: page ? { width: page.width, height: page.height } : null,
          location: at.location,
          row: at.row,
          boxes: at.boxes,
          redactedBoxes: allowed && at.page !== null ? (map?.redactedBoxes ?? []).filter((b) => b.page === at.page) : [],
        };
        return { json: answer };
      },
    },
  ];
}
