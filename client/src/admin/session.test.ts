import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, fetchSession, login, logout, readToken, type TokenStorage } from './session.ts';

const TOKEN = 'right-token-0123456789';

function memoryStorage(): TokenStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** A server whose /api/session knows TOKEN, like server/admin/router.ts. */
function server(writesEnabled = true) {
  const seen: Array<string | null> = [];
  const f = (async (_url: string, init: RequestInit = {}) => {
    const auth = new Headers(init.headers).get('authorization');
    seen.push(auth);
    return Response.json({ writesEnabled, authenticated: writesEnabled && auth === `Bearer ${TOKEN}` });
  }) as unknown as typeof fetch;
  return { f, seen };
}

describe('the editor session', () => {
  it('keeps a right token in session storage, and only a right one', async () => {
    const storage = memoryStorage();
    const { f } = server();
    expect(await login('wrong-token-000000000', { fetch: f, storage })).toEqual({ writesEnabled: true, authenticated: false });
    expect(storage.map.has(TOKEN_STORAGE_KEY)).toBe(false);
    expect(await login(`  ${TOKEN} `, { fetch: f, storage })).toEqual({ writesEnabled: true, authenticated: true });
    expect(readToken(storage)).toBe(TOKEN);
  });

  it('sends the kept token when it asks for the session, and forgets it on logout', async () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, TOKEN);
    const { f, seen } = server();
    expect((await fetchSession(undefined, { fetch: f, storage })).authenticated).toBe(true);
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
    logout({ storage });
    expect(readToken(storage)).toBeNull();
    expect((await fetchSession(undefined, { fetch: f, storage })).authenticated).toBe(false);
  });

  it('says writes are off when the server has no token or no /api/', async () => {
    expect(await fetchSession(null, { fetch: server(false).f })).toEqual({ writesEnabled: false, authenticated: false });
    const missing = (async () => new Response('Not found', { status: 404 })) as unknown as typeof fetch;
    expect(await fetchSession(null, { fetch: missing })).toEqual({ writesEnabled: false, authenticated: false });
  });
});
