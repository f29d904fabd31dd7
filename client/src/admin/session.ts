/**
 * The editor's session: whether the server takes writes (GET /api/session)
 * and the admin token the editor gave. The token lives in sessionStorage
 * only, so it is gone when the browser tab closes, and never in the URL or
 * in localStorage.
 */
export const TOKEN_STORAGE_KEY = 'samkart.adminToken';

/** What GET /api/session answers. */
export interface SessionInfo {
  writesEnabled: boolean;
  authenticated: boolean;
}

/** Where the token is kept; sessionStorage in the browser, a Map in tests. */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function defaultStorage(): TokenStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be off (privacy settings): the editor then logs in per page load.
    return null;
  }
}

let memoryToken: string | null = null;

/** The token given this session, or null. */
export function readToken(storage: TokenStorage | null = defaultStorage()): string | null {
  if (!storage) return memoryToken;
  try {
    return storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return memoryToken;
  }
}

function writeToken(token: string | null, storage: TokenStorage | null): void {
  memoryToken = token;
  if (!storage) return;
  try {
    if (token) storage.setItem(TOKEN_STORAGE_KEY, token);
    else storage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Kept in memory only.
  }
}

export interface SessionDeps {
  fetch?: typeof fetch;
  storage?: TokenStorage | null;
}

/** Asks the server whether writes are on and whether `token` (default: the kept one) is right. */
export async function fetchSession(token?: string | null, deps: SessionDeps = {}): Promise<SessionInfo> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const given = token === undefined ? readToken(deps.storage === undefined ? defaultStorage() : deps.storage) : token;
  const headers: Record<string, string> = {};
  if (given) headers.authorization = `Bearer ${given}`;
  try {
    const res = await doFetch('/api/session', { headers, cache: 'no-store' });
    if (!res.ok) return { writesEnabled: false, authenticated: false };
    const body = (await res.json()) as Partial<SessionInfo>;
    return { writesEnabled: body.writesEnabled === true, authenticated: body.authenticated === true };
  } catch {
    // An older server without /api/, or no network: no editing controls.
    return { writesEnabled: false, authenticated: false };
  }
}

/** Checks `token` against the server and keeps it for this browser session only when it is right. */
export async function login(token: string, deps: SessionDeps = {}): Promise<SessionInfo> {
  const trimmed = token.trim();
  const storage = deps.storage === undefined ? defaultStorage() : deps.storage;
  const info = trimmed ? await fetchSession(trimmed, deps) : await fetchSession(null, deps);
  writeToken(info.authenticated ? trimmed : null, storage);
  return info;
}

/** Forgets the token. */
export function logout(deps: Pick<SessionDeps, 'storage'> = {}): void {
  writeToken(null, deps.storage === undefined ? defaultStorage() : deps.storage);
}
