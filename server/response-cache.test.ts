import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';
import { listen } from './http.ts';

describe('the response cache', () => {
  const store = new EmbeddedStore();
  let server: Awaited<ReturnType<typeof listen>>;
  let plain: Awaited<ReturnType<typeof listen>>;
  const ask = async (url: string, query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { status: res.status, cache: res.headers.get('x-response-cache'), encoding: res.headers.get('content-encoding'), body: await res.text() };
  };

  beforeAll(async () => {
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    server = await listen({ store, port: 0, responseCache: true });
    plain = await listen({ store, port: 0, responseCache: false });
  });
  afterAll(async () => {
    await server.close();
    await plain.close();
  });

  it('answers a repeated request from the cache, with the same bytes', async () => {
    const q = '{ coordination { source { id } target { id } weight } }';
    const first = await ask(server.url, q);
    const second = await ask(server.url, q);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toBe(first.body);
    expect((await ask(plain.url, q)).body).toBe(first.body);
  });

  it('sends big answers gzipped to clients that take gzip', async () => {
    const q = '{ documents { id text } }';
    await ask(server.url, q);
    const zipped = await ask(server.url, q, { 'accept-encoding': 'gzip' });
    expect(zipped.encoding).toBe('gzip');
    expect(JSON.parse(zipped.body).data.documents).toHaveLength(5);
  });

  it('forgets everything when the graph changes', async () => {
    const q = '{ stats { documents version } }';
    const before = await ask(server.url, q);
    await store.writeDocument({ documentId: 'doc:extra' as never, nodes: [{ id: 'doc:extra', label: 'Document', props: { title: 'Ekstra', fileName: 'extra.txt', text: 'x' }, evidence: [] }], edges: [] });
    const after = await ask(server.url, q);
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.body).data.stats.documents).toBe(JSON.parse(before.body).data.stats.documents + 1);
  });

  it('never keeps an answer with errors', async () => {
    const q = '{ actor(id: "actor:nope") { nope } }';
    const a = await ask(server.url, q);
    const b = await ask(server.url, q);
    expect(a.body).toContain('"errors"');
    expect([a.cache, b.cache]).toEqual(['miss', 'miss']);
  });

  it('can be turned off', async () => {
    expect((await ask(plain.url, '{ stats { actors } }')).cache).toBeNull();
  });
});
