import { createSchema as createYogaSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
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
});
