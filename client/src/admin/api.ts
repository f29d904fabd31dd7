/**
 * I/O of the write API under /api/ (uploads, removals, corrections): the only
 * place besides the GraphQL client (api/client.ts) where the explorer talks to
 * the server. Every request carries the editor's token as
 * `Authorization: Bearer …`; an answer `{ error: { code, message } }` becomes
 * an AdminApiError whose code picks a plain Norwegian (or English) message.
 */
import { translator, type MessageKey, type Translate } from '../i18n/index.ts';
import { readToken } from './session.ts';

/** An error from the write API, with the server's stable code and, when it named one, the file. */
export class AdminApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's own message (English, technical), shown as detail. */
  readonly detail: string;
  /** The file the error is about, when there is one. */
  readonly fileName: string | null;
  constructor(status: number, code: string, detail: string, fileName: string | null = null) {
    super(adminErrorText(translator('nb'), { code, detail, fileName }));
    this.name = 'AdminApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fileName = fileName;
  }
}

/** The message key for each error code the write API answers; others get 'admin.error.other'. */
export const ADMIN_ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  WRITES_DISABLED: 'admin.error.WRITES_DISABLED',
  TOKEN_MISSING: 'admin.error.TOKEN_MISSING',
  TOKEN_WRONG: 'admin.error.TOKEN_WRONG',
  TOO_LARGE: 'admin.error.TOO_LARGE',
  NOT_FOUND: 'admin.error.NOT_FOUND',
  NETWORK_ERROR: 'admin.error.NETWORK_ERROR',
  INTERNAL: 'admin.error.INTERNAL',
  BAD_REQUEST: 'admin.error.BAD_REQUEST',
  FILE_NAME_MISSING: 'admin.error.FILE_NAME_MISSING',
  UNSUPPORTED_TYPE: 'admin.error.UNSUPPORTED_TYPE',
  FILE_TOO_LARGE: 'admin.error.FILE_TOO_LARGE',
  EMPTY_FILE: 'admin.error.EMPTY_FILE',
  UNREADABLE_FILE: 'admin.error.UNREADABLE_FILE',
  ENCRYPTED_PDF: 'admin.error.ENCRYPTED_PDF',
  NO_TEXT_LAYER: 'admin.error.NO_TEXT_LAYER',
  TOO_MANY_PAGES: 'admin.error.TOO_MANY_PAGES',
  ZIP_BOMB: 'admin.error.ZIP_BOMB',
  PARSE_TIMEOUT: 'admin.error.PARSE_TIMEOUT',
  LOAD_FAILED: 'admin.error.LOAD_FAILED',
  DOCUMENT_NOT_FOUND: 'admin.error.DOCUMENT_NOT_FOUND',
  FILE_NOT_KEPT: 'admin.error.FILE_NOT_KEPT',
  FILE_NOT_ALLOWED: 'admin.error.FILE_NOT_ALLOWED',
};

/** The plain message for an error, in the language of `t`; names the file when the error has one. */
export function adminErrorText(t: Translate, error: { code: string; detail: string; fileName: string | null }): string {
  const key = ADMIN_ERROR_KEYS[error.code];
  const text = key ? t(key) : t('admin.error.other', { detail: error.detail });
  return error.fileName ? t('admin.error.inFile', { file: error.fileName, text }) : text;
}

/** Reads `{ error: { code, message, file? } }` from an answer, or makes one up from the status. */
export function errorFromAnswer(status: number, body: unknown): AdminApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown; file?: unknown } } | null)?.error;
  const code = typeof e?.code === 'string' ? e.code : status === 413 ? 'TOO_LARGE' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  const detail = typeof e?.message === 'string' ? e.message : `HTTP ${status}`;
  return new AdminApiError(status, code, detail, typeof e?.file === 'string' ? e.file : null);
}

export interface AdminFetchOptions {
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch;
  /** The token to send; the session's by default. */
  token?: string | null;
}

/** A request to the write API with the editor's token; resolves with the parsed JSON answer, or throws AdminApiError. */
export async function adminFetch<T>(path: string, init: RequestInit = {}, options: AdminFetchOptions = {}): Promise<T> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const token = options.token === undefined ? readToken() : options.token;
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await doFetch(path, { ...init, headers });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new AdminApiError(0, 'NETWORK_ERROR', String((e as Error)?.message ?? e));
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) throw errorFromAnswer(res.status, body);
  return body as T;
}
