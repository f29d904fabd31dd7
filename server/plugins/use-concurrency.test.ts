import { createSchema as createYogaSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useConcurrency } from './use-concurrency.ts';
import { useTimeout } from './use-timeout.ts';

describe('useConcurrency', () => {
  const make = (limit: number, timeoutMs?: number) => {
    const seen = { running: 0, most: 0, started: 0 };
    const yoga = createYoga({
      schema: createYogaSchema({
        typeDefs: 'type Query { work(ms: Int!): Int }',
        resolvers: {
          Query: {
            work: async (_: unknown, { ms }: { ms: number }) => {
              seen.started++;
              seen.most = Math.max(seen.most, ++seen.running);
              await new Promise((r) => setTimeout(r, ms));
              seen.running--;
              return ms;
            },
          },
        },
      }),
      context: () => ({ controller: new AbortController() }),
      plugins: [useConcurrency(limit), ...(timeoutMs ? [useTimeout(timeoutMs)] : [])],
      logging: false,
    });
    const ask = async (ms: number) =>
      (await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ work(ms: ${ms}) }` }) })).json();
    return { seen, ask };
  };

  it('runs at most `limit` executions at once and answers every request in turn', async () => {
    const { seen, ask } = make(2);
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(40)));
    expect(answers).toEqual(Array.from({ length: 6 }, () => ({ data: { work: 40 } })));
    expect(seen.most).toBe(2);
  });

  it('counts the wait in the queue against the time limit, and does not run a request whose time ran out', async () => {
    const { seen, ask } = make(1, 150);
    const [first, second] = await Promise.all([ask(400), ask(10)]);
    // The first outlives its limit too; the second timed out while it waited and never started.
    expect(first.errors[0].extensions.code).toBe('TIMEOUT');
    expect(second.errors[0].extensions.code).toBe('TIMEOUT');
    await new Promise((r) => setTimeout(r, 400));
    expect(seen.started).toBe(1);
  });
});
