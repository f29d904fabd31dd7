import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { useConcurrency } from './use-concurrency.ts';
import { useCostLimit } from './use-cost-limit.ts';
import { useGraphState } from './use-graph-state.ts';
import { useTimeout } from './use-timeout.ts';

describe('useConcurrency', () => {
  /** `priced`: the real cost limit prices each query first (`{ work }` costs 1), and queries up to `smallCost` skip the queue. */
  const make = (limit: number, timeoutMs?: number, priced?: { smallCost: number }) => {
    const seen = { running: 0, most: 0, started: 0 };
    const yoga = createYoga({
      schema: makeExecutableSchema({
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
      plugins: [
        ...(priced ? [useGraphState(new EmbeddedStore()), useCostLimit(1_000)] : []),
        useConcurrency({ limit, smallCost: priced?.smallCost }),
        ...(timeoutMs ? [useTimeout(timeoutMs)] : []),
      ],
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

  it('runs small queries at once, beside a full queue', async () => {
    const { seen, ask } = make(1, undefined, { smallCost: 1 });
    const answers = await Promise.all(Array.from({ length: 4 }, () => ask(40)));
    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ data: { work: 40 } })));
    expect(seen.most).toBe(4);
  });

  it('queues queries priced above the small cost, and queries nothing priced', async () => {
    for (const priced of [{ smallCost: 0 }, undefined]) {
      const { seen, ask } = make(1, undefined, priced);
      await Promise.all(Array.from({ length: 4 }, () => ask(20)));
      expect(seen.started).toBe(4);
      expect(seen.most).toBe(1);
    }
  });
});
