/**
 * The write API's building blocks. Each feature that writes (document
 * uploads, corrections) contributes a list of AdminRoutes; the router
 * (router.ts) matches them under /api/, checks the token for routes that
 * need it, reads the body within its limit, and turns typed errors into
 * JSON answers. GraphQL stays read-only: nothing here goes through it.
 */
import type { IncomingMessage } from 'node:http';
import type { GraphStore } from '../../graph/store/index.ts';
import type { LoadOptions } from '../../graph/load/index.ts';
import type { FileStore } from '../../graph/files/index.ts';

/** What a route handler gets. */
export interface AdminRequest {
  /** The route's named parameters (`:id` in the pattern), decoded. */
  params: Record<string, string>;
  url: URL;
  /** The whole body (POST/PUT/PATCH), within the route's byte limit; empty for GET/DELETE. */
  body: Buffer;
  /** The raw request, for headers. */
  raw: IncomingMessage;
  /** True when the request carried the right admin token. */
  admin: boolean;
}

/** What a handler answers: a JSON value, or bytes with a content type. */
export type AdminResponse =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  | { status?: number; body: Buffer | string; contentType: string; headers?: Record<string, string> };

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under /api/, with `:name` segments, e.g. `/api/documents/:id`. */
  path: string;
  /** 'admin': only with the right token (and never when writes are off); 'public': anyone. */
  access: 'admin' | 'public';
  /** Largest body accepted, in bytes (default 1 MB); 413 past it. */
  maxBodyBytes?: number;
  handle(request: AdminRequest): Promise<AdminResponse> | AdminResponse;
}

/** What the routes work on, given to each feature's route factory. */
export interface AdminDeps {
  store: GraphStore;
  log: (message: string) => void;
  /** The loader's options as `npm start` uses them (people, parse limits, file store), for uploads. */
  load?: LoadOptions;
  /** Largest upload body in bytes (default: the PDF cap); each format's own cap is the loader's. */
  maxUploadBytes?: number;
  /** The server runs with people included (SAMKART_INCLUDE_PEOPLE): original files may be served to anyone. */
  includePeople?: boolean;
  /** The store of original files and their source maps (graph/files), for the page view. */
  files?: FileStore;
  /** The corrections file (SAMKART_CORRECTIONS, or corrections.jsonl in the data folder), for the corrections API. */
  correctionsFile?: string;
}

/** An error with an HTTP status and a stable code, shown to the user as `message`. */
export class AdminError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AdminError';
    this.status = status;
    this.code = code;
  }
}
