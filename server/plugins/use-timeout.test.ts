import { createSchema as createYogaSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { sharedWork, versionWork, versionWorkPending } from '../../graph/query/index.ts';
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
  const version: Record<string, Promise<number>> = {};
  const server = (ms: number, maxWaitMs?: number) => {
    const yoga = createYoga({
      schema: createYogaSchema({
        typeDefs: 'type Query { shared: Int, sharedThenSlow: Int, forever: Int, unregistered: Int }',
        resolvers: {
          Query: {
            // Work of the graph version, started when the version was made: waiting for it is not the request's own work.
            shared: () => sharedWork(version.shared),
            sharedThenSlow: async () => (await sharedWork(version.sharedThenSlow)) + (await later(2_000)),
            forever: () => sharedWork(version.forever),
            // Work nobody registered for the version is the request's own, however it is awaited.
            unregistered: () => sharedWork(later(300)),
          },
        },
      }),
      plugins: [useTimeout(ms, { maxWaitMs })],
      logging: false,
    });
    return async (query: string) => {
      // The version's work is under way when the request comes (made with the version, not by the request).
      const field = /\{ (\w+) \}/.exec(query)![1];
      const lengths: Record<string, number> = { shared: 300, sharedThenSlow: 100, forever: 5_000 };
      if (lengths[field]) version[field] = versionWork(later(lengths[field]));
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

  it('counts a wait for work not made for the graph version as the request\'s own, and carries no clock once the version\'s work is done', async () => {
    await Promise.allSettled(Object.values(version));
    await new Promise((r) => setTimeout(r, 0));
    expect(versionWorkPending()).toBe(false);
    const r = await server(50)('{ unregistered }');
    expect(r.body.errors[0].extensions.code).toBe('TIMEOUT');
  });
});
