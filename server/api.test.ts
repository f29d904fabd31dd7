/**
 * The API suite on the embedded store, plus what only a fake store can show:
 * masked errors, STORE_UNAVAILABLE and CORS.
 */
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../graph/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../graph/store/index.ts';
import { createServer } from './create-server.ts';
import { caller, describeApiSuite } from './test/api-suite.ts';

describeApiSuite('embedded', async () => new EmbeddedStore());

function failingStore(error: Error): GraphStore {
  const store = new EmbeddedStore();
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'findNodes' || prop === 'ping') return async () => Promise.reject(error);
      return Reflect.get(target, prop, receiver);
    },
  });
}

describe('errors', () => {
  it('masks unexpected errors: no message details, no stack', async () => {
    const r = await caller(createServer({ store: failingStore(new Error('secret detail at /srv/db')) }))('{ actors { id } }');
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toBe('Unexpected error.');
    expect(JSON.stringify(r)).not.toMatch(/secret|stack|\/srv/);
  });

  it('says STORE_UNAVAILABLE when the store does not answer, and /health says 503', async () => {
    const yoga = createServer({ store: failingStore(new StoreUnavailableError('Neo4j does not answer')) });
    const r = await caller(yoga)('{ actors { id } }');
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['STORE_UNAVAILABLE']);
    const health = await yoga.fetch('http://samkart.test/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', store: 'embedded' });
  });
});

describe('CORS', () => {
  const preflight = (yoga: ReturnType<typeof createServer>) =>
    yoga.fetch('http://samkart.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://notebooks.example', 'access-control-request-method': 'POST' },
    });

  it('allows configured origins', async () => {
    const res = await preflight(createServer({ store: new EmbeddedStore(), corsOrigins: ['https://notebooks.example'] }));
    expect(res.headers.get('access-control-allow-origin')).toBe('https://notebooks.example');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows no other origin by default', async () => {
    const res = await preflight(createServer({ store: new EmbeddedStore() }));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
