import { createSchema as createYogaSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { sharedWork } from '../../graph/query/index.ts';
import { useTimeout } from './use-timeout.ts';

describe('useTimeout', () => {
  it('stops a request that runs past the limit with a TIMEOUT error, and lets quick ones through', async () => {
    const yoga = createYoga({
      schema: createYogaSchema({
        typeDefs: 'type Query { slow: Int, quick: Int }',
        resolvers: { Query: { slow: () => new Promise((r) => setTimeout(() => r(1), 2_000)), quick: () => 2 } },
      }),
      plugins: [useTimeout(50)],
      logging: false,
    });
    const ask = async (query: string) =>
      (await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
    // The slow resolver would answer 1 after 2 s; a TIMEOUT error means the limit cut it off.
    const slow = await ask('{ slow }');
    expect(slow.data?.slow ?? null).toBeNull();
    expect(slow.errors[0].extensions.code).toBe('TIMEOUT');
    expect(await ask('{ quick }')).toEqual({ data: { quick: 2 } });
  });

  const later = (ms: number) => new Promise<number>((r) => setTimeout(() => r(1), ms));
  const server = (ms: number, maxWaitMs?: number) => {
    const yoga = createYoga({
      schema: createYogaSchema({
        typeDefs: 'type Query { shared: Int, sharedThenSlow: Int, forever: Int }',
        resolvers: {
          Query: {
            // Work of the graph version that another request started: waiting for it is not the request's own work.
            shared: () => sharedWork(later(300)),
            sharedThenSlow: async () => (await sharedWork(later(100))) + (await later(2_000)),
            forever: () => sharedWork(later(5_000)),
          },
        },
      }),
      plugins: [useTimeout(ms, { maxWaitMs })],
      logging: false,
    });
    return async (query: string) => {
      const res = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
    };
  };

  it('lets a request wait for the graph version\'s shared work past its limit, and answers it', async () => {
    expect((await server(50)('{ shared }')).body).toEqual({ data: { shared: 1 } });
  });

  it('still counts the request\'s own work after the wait', async () => {
    const r = await server(50)('{ sharedThenSlow }');
    expect(r.body.errors[0].extensions.code).toBe('TIMEOUT');
  });

  it('answers a request that waited maxWaitMs with a retryable TIMEOUT and a Retry-After', async () => {
    const t = performance.now();
    const r = await server(50, 200)('{ forever }');
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(r.status).toBe(503);
    expect(r.retryAfter).toBe('5');
    expect(r.body.errors[0].extensions.code).toBe('TIMEOUT');
  });
});
