/**
 * The response cache inside yoga, driven with yoga.fetch and an execution
 * spy: it answers repeats without executing, keys on the normalised
 * operation and variables (not on the request's bytes), keeps within its
 * byte budget, and forgets everything when the graph changes.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../../graph/load/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { createServer } from '../create-server.ts';
import { useResponseCache } from './use-response-cache.ts';

function spy(): Plugin & { executions: number } {
  const p = { executions: 0, onExecute: () => void p.executions++ };
  return p;
}

describe('useResponseCache', () => {
  const store = new EmbeddedStore();
  beforeAll(async () => {
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
  });

  const setup = (options: Parameters<typeof useResponseCache>[0] = {}) => {
    const executions = spy();
    const yoga = createServer({ store, responseCache: options, plugins: [executions] });
    const ask = async (body: unknown, headers: Record<string, string> = {}) => {
      const res = await yoga.fetch('http://samkart.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const raw = Buffer.from(await res.arrayBuffer());
      const encoding = res.headers.get('content-encoding');
      // yoga.fetch hands back the bytes as sent; a browser or fetch() over HTTP would gunzip them.
      const text = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      return { status: res.status, cache: res.headers.get('x-response-cache'), encoding, body: text };
    };
    return { yoga, ask, executions };
  };

  it('answers a repeated request from the cache, with the same bytes and no execution', async () => {
    const { ask, executions } = setup();
    const q = { query: '{ coordination { source { id } target { id } weight } }' };
    const first = await ask(q);
    const second = await ask(q);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toBe(first.body);
    expect(executions.executions).toBe(1);
    const plain = await createServer({ store }).fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) });
    expect(await plain.text()).toBe(first.body);
  });

  it('keys on the normalised operation and variables: comments, spacing and key order do not matter', async () => {
    const { ask, executions } = setup();
    const a = await ask({ query: 'query A($n: Int) { actors(limit: $n) { id name } }', variables: { n: 3 }, operationName: 'A' });
    const b = await ask(`{"operationName":"A","variables":{"n":3},"query":"# a comment\\nquery   A( $n : Int ) {\\n  actors(limit: $n) {\\n id\\n name } }"}`);
    const c = await ask({ query: 'query A($n: Int) { actors(limit: $n) { id name } }', variables: { n: 4 }, operationName: 'A' });
    expect([a.cache, b.cache, c.cache]).toEqual(['miss', 'hit', 'miss']);
    expect(b.body).toBe(a.body);
    expect(executions.executions).toBe(2);
  });

  it('holds keys of a fixed size: unique 200 KB pads leave the heap where it was', async () => {
    const cached = createServer({ store, responseCache: { maxBytes: 8 * 1024 * 1024 } });
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const ask = (pad: string) =>
      cached.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { actors } } # ${pad}` }) });
    await (await ask('warm-up')).text();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 200; i++) {
      const res = await ask(`${i}:`.padEnd(200 * 1024, 'x'));
      // The pad is a comment: every one of these is the same operation.
      expect(res.headers.get('x-response-cache')).toBe('hit');
      await res.text();
    }
    gc();
    // 200 × 200 KB = 40 MB of request bodies; a cache that kept them in its keys would hold them all.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * 1024 * 1024);
  });

  it('keeps within its byte budget, keys and answers together, dropping the least recently used', async () => {
    const cache = useResponseCache({ maxBytes: 64 * 1024 });
    const yoga = createServer({ store, plugins: [cache] });
    const ask = async (query: string) => {
      const res = await yoga.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await res.text();
      return res.headers.get('x-response-cache');
    };
    for (let i = 0; i < 50; i++) {
      expect(await ask(`query Q${i} { documents { id title fileName } }`)).toBe('miss');
      expect(cache.stats().bytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(cache.stats().entries).toBeGreaterThan(0);
    expect(cache.stats().entries).toBeLessThan(50);
    // The most recent is still there; the first is gone.
    expect(await ask('query Q49 { documents { id title fileName } }')).toBe('hit');
    expect(await ask('query Q0 { documents { id title fileName } }')).toBe('miss');
  });

  it('sends big answers gzipped to clients that take gzip, and the same JSON to the others', async () => {
    const { ask } = setup();
    const q = { query: '{ documents { id text } }' };
    const plain = await ask(q);
    const zipped = await ask(q, { 'accept-encoding': 'gzip' });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body).toBe(plain.body);
    expect(JSON.parse(zipped.body).data.documents).toHaveLength(5);
  });

  it('forgets everything when the graph changes', async () => {
    const own = new EmbeddedStore();
    await loadDocuments(own, [DEFAULT_SEEDS_DIR]);
    const yoga = createServer({ store: own, responseCache: true });
    const ask = async (query: string) => {
      const res = await yoga.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { cache: res.headers.get('x-response-cache'), data: (await res.json()).data };
    };
    const q = '{ stats { documents } }';
    const before = await ask(q);
    expect((await ask(q)).cache).toBe('hit');
    await own.writeDocument({ documentId: 'doc:extra' as never, nodes: [{ id: 'doc:extra', label: 'Document', props: { title: 'Ekstra', fileName: 'extra.txt', text: 'x' }, evidence: [] }], edges: [] });
    const after = await ask(q);
    expect(after.cache).toBe('miss');
    expect(after.data.stats.documents).toBe(before.data.stats.documents + 1);
  });

  it('never keeps an answer with errors', async () => {
    const { ask, executions } = setup();
    const q = { query: '{ path(from: "actor:nobody", to: "actor:bufdir") { nodes { id } } }' };
    const a = await ask(q);
    const b = await ask(q);
    expect(a.body).toContain('"errors"');
    expect([a.cache, b.cache]).toEqual(['miss', 'miss']);
    expect(executions.executions).toBe(2);
  });

  it('computes identical requests that arrive together once', async () => {
    const { ask, executions } = setup();
    const q = { query: '{ actors { id name sectors { id } } }' };
    const answers = await Promise.all([ask(q), ask(q), ask(q)]);
    expect(executions.executions).toBe(1);
    expect(answers.map((a) => a.cache).sort()).toEqual(['miss', 'shared', 'shared']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('is off unless asked for', async () => {
    const res = await createServer({ store }).fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { actors } }' }) });
    expect(res.headers.get('x-response-cache')).toBeNull();
  });
});

