/**
 * The small inconsistencies of issue 11, item 14: every refusal carries a
 * code, a request without a query is a 400, a request body must arrive in
 * time, and the explorer's source maps are served only when asked for.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';
import { createServer } from './create-server.ts';
import { listen } from './http.ts';
import { caller } from './test/api-suite.ts';

const store = new EmbeddedStore();
beforeAll(async () => {
  await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
});

describe('refusals carry an error code', () => {
  const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

  it('QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_TOKENS and QUERY_TOO_COSTLY, each a 400 to GraphQL-over-HTTP clients', async () => {
    const gql = caller(createServer({ store, limits: { maxCost: 500 } }));
    let deep = 'id';
    for (let i = 0; i < 20; i++) deep = `parent { ${deep} }`;
    const d = await gql(`{ actors { ${deep} } }`);
    expect(codes(d)).toEqual(['QUERY_TOO_DEEP']);
    expect(d.errors![0].message).toMatch(/depth limit of 12/);
    const a = await gql(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { actors }`).join(' ')} }`);
    expect(codes(a)).toEqual(['TOO_MANY_ALIASES']);
    const t = await gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { actors }`).join(' ')} }`);
    expect(codes(t)).toEqual(['TOO_MANY_TOKENS']);
    const c = await gql('{ actors { id name responsibleFor { id evidence { quote } } } }');
    expect(codes(c)).toEqual(['QUERY_TOO_COSTLY']);
    // Like GraphQL's own validation errors: 400 for application/graphql-response+json, 200 for plain JSON (the spec's rule).
    const yoga = createServer({ store, limits: { maxCost: 500 } });
    for (const query of [`{ actors { ${deep} } }`, '{ actors { id name responsibleFor { id evidence { quote } } } }']) {
      const res = await yoga.fetch('http://samkart.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toMatch(/^QUERY_TOO_(DEEP|COSTLY)$/);
    }
  });
});

describe('a request without a query', () => {
  const yoga = createServer({ store });
  it.each(['{"query": null}', '{}', '{"query": ""}'])('%s answers HTTP 400 with BAD_REQUEST', async (body) => {
    const res = await yoga.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('a request body over 1 MiB', () => {
  it('is refused with 413 and REQUEST_ENTITY_TOO_LARGE, with or without a Content-Length', async () => {
    const yoga = createServer({ store });
    const body = JSON.stringify({ query: `{ stats { actors } } # ${'x'.repeat(1024 * 1024)}` });
    const sized = await yoga.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect(sized.status).toBe(413);
    expect((await sized.json()).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(body));
        c.close();
      },
    });
    const chunked = await yoga.fetch('http://samkart.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});

describe('the HTTP server', () => {
  let clientDir: string;
  beforeAll(() => {
    clientDir = mkdtempSync(join(tmpdir(), 'samkart-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Samkart</title>');
    writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
    writeFileSync(join(clientDir, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.tsx"],"mappings":""}');
  });
  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

  it('closes a request whose body trickles in slower than the limit, with 408, and keeps serving', async () => {
    const server = await listen({ store, port: 0, clientDir, requestTimeoutMs: 500 });
    try {
      const { port } = server.server.address() as { port: number };
      const outcome = await new Promise<{ status: string; closed: boolean }>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        let data = '';
        let timer: NodeJS.Timeout | undefined;
        const giveUp = setTimeout(() => (clearInterval(timer), socket.destroy(), resolve({ status: data.split('\r\n')[0], closed: false })), 5_000);
        socket.on('connect', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":"');
          // One byte every 100 ms: the body would take 100 s.
          timer = setInterval(() => socket.write(' '), 100);
        });
        socket.on('data', (c) => (data += c.toString()));
        socket.on('close', () => {
          clearInterval(timer);
          clearTimeout(giveUp);
          resolve({ status: data.split('\r\n')[0], closed: true });
        });
        socket.on('error', () => {});
      });
      expect(outcome.closed).toBe(true);
      expect(outcome.status).toMatch(/^HTTP\/1\.1 408/);
      const ok = await fetch(`${server.url}/health`);
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('waits 30 s for a request body by default, not Node’s 300 s', async () => {
    const server = await listen({ store, port: 0, clientDir });
    try {
      expect(server.server.requestTimeout).toBe(30_000);
      expect(server.server.headersTimeout).toBeLessThanOrEqual(30_000);
    } finally {
      await server.close();
    }
  });

  it('serves the explorer but not its source maps, unless asked to', async () => {
    const plain = await listen({ store, port: 0, clientDir });
    const withMaps = await listen({ store, port: 0, clientDir, sourceMaps: true });
    try {
      expect((await fetch(`${plain.url}/assets/app.js`)).status).toBe(200);
      expect((await fetch(`${plain.url}/assets/app.js.map`)).status).toBe(404);
      expect((await fetch(`${plain.url}/assets/app%2Ejs%2Emap`)).status).toBe(404);
      const map = await fetch(`${withMaps.url}/assets/app.js.map`);
      expect(map.status).toBe(200);
      expect(await map.text()).toContain('secret.tsx');
    } finally {
      await plain.close();
      await withMaps.close();
    }
  });
});
