import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { listen } from '../http.ts';
import type { AdminRoute } from './types.ts';
import { AdminError } from './types.ts';

const TOKEN = 'test-token-0123456789abcdef';
let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function serve(adminToken: string | null, routes: AdminRoute[]) {
  const { url, close } = await listen({ store: new EmbeddedStore(), port: 0, clientDir: '/nonexistent', adminToken, adminRoutes: routes });
  closers.push(close);
  return url;
}

function recorder() {
  const calls: Array<{ params: Record<string, string>; body: string; admin: boolean }> = [];
  const routes: AdminRoute[] = [
    { method: 'POST', path: '/api/things/:id', access: 'admin', maxBodyBytes: 64, handle: (r) => (calls.push({ params: r.params, body: r.body.toString(), admin: r.admin }), { status: 201, json: { ok: true } }) },
    { method: 'GET', path: '/api/open', access: 'public', handle: (r) => ({ json: { admin: r.admin } }) },
    { method: 'DELETE', path: '/api/fails', access: 'admin', handle: () => { throw new AdminError(409, 'CONFLICT', 'Nope.'); } },
  ];
  return { calls, routes };
}

describe('the write API under /api/', () => {
  it('refuses every write when no token is configured, and says so in the session', async () => {
    const { calls, routes } = recorder();
    const url = await serve(null, routes);
    expect(await (await fetch(`${url}/api/session`)).json()).toEqual({ writesEnabled: false, authenticated: false });
    const res = await fetch(`${url}/api/things/a`, { method: 'POST', body: 'x', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('WRITES_DISABLED');
    expect(calls).toEqual([]);
  });

  it('refuses a missing or wrong token with 401 and runs the handler only with the right one', async () => {
    const { calls, routes } = recorder();
    const url = await serve(TOKEN, routes);
    const missing = await fetch(`${url}/api/things/a`, { method: 'POST', body: 'x' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await missing.json()).error.code).toBe('TOKEN_MISSING');
    const wrong = await fetch(`${url}/api/things/a`, { method: 'POST', body: 'x', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('TOKEN_WRONG');
    expect(calls).toEqual([]);
    const ok = await fetch(`${url}/api/things/%C3%A6%20b`, { method: 'POST', body: 'hello', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(calls).toEqual([{ params: { id: 'æ b' }, body: 'hello', admin: true }]);
    expect(await (await fetch(`${url}/api/session`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()).toEqual({ writesEnabled: true, authenticated: true });
  });

  it('lets anyone use a public route, answers 404, 405 and 413, and turns typed errors into JSON', async () => {
    const { routes } = recorder();
    const url = await serve(TOKEN, routes);
    expect(await (await fetch(`${url}/api/open`)).json()).toEqual({ admin: false });
    expect((await fetch(`${url}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/api/open`, { method: 'POST', body: '' })).status).toBe(405);
    const big = await fetch(`${url}/api/things/a`, { method: 'POST', body: 'y'.repeat(65), headers: { authorization: `Bearer ${TOKEN}` } });
    expect(big.status).toBe(413);
    const conflict = await fetch(`${url}/api/fails`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: 'CONFLICT', message: 'Nope.' } });
  });

  it('keeps GraphQL read-only whatever token a request carries', async () => {
    const url = await serve(TOKEN, []);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'mutation { x }' }),
    });
    const body = await res.json();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data ?? null).toBeNull();
  });
});

describe('after a write', () => {
  it('builds the read model of the new graph version at once, not on the next visit', async () => {
    const { snapshotsOf } = await import('../../graph/query/index.ts');
    const store = new EmbeddedStore();
    const routes: AdminRoute[] = [
      {
        method: 'POST',
        path: '/api/write',
        access: 'admin',
        handle: async () => {
          await store.writeBatch({ nodes: [{ id: 'sector:test', label: 'Sector', props: { name: 'Test', nameEn: 'Test', order: 99 }, evidence: [] }], edges: [] });
          return { status: 201, json: { ok: true } };
        },
      },
    ];
    const { url, close } = await listen({ store, port: 0, clientDir: '/nonexistent', adminToken: TOKEN, adminRoutes: routes });
    closers.push(close);
    const before = await snapshotsOf(store).at();
    const res = await fetch(`${url}/api/write`, { method: 'POST', body: '', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(201);
    // No GraphQL request was made: the router started the build, so the source already holds the new version.
    const version = await store.version();
    expect(version).not.toBe(before.version);
    await expect.poll(() => snapshotsOf(store).version).toBe(version);
    const after = await snapshotsOf(store).at(version);
    expect(after.byId.has('sector:test')).toBe(true);
    expect(after).not.toBe(before);
  });
});
