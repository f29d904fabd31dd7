/**
 * useReadOnly against a schema that does have a Mutation type: without the
 * plugin the mutation would run, so a refusal here is the plugin's doing.
 */
import { createSchema as createYogaSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { useReadOnly } from './use-read-only.ts';

describe('useReadOnly', () => {
  const make = (withPlugin: boolean) => {
    const bump = vi.fn(() => 1);
    const yoga = createYoga({
      schema: createYogaSchema({
        typeDefs: /* GraphQL */ 'type Query { n: Int } type Mutation { bump: Int }',
        resolvers: { Query: { n: () => 0 }, Mutation: { bump } },
      }),
      plugins: withPlugin ? [useReadOnly()] : [],
      logging: false,
    });
    const ask = async (query: string) =>
      (await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
    return { bump, ask };
  };

  it('refuses a mutation the schema would run, with READ_ONLY, and never calls its resolver', async () => {
    const { bump, ask } = make(true);
    const r = await ask('mutation { bump }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors.map((e: any) => e.extensions?.code)).toEqual(['READ_ONLY']);
    expect(bump).not.toHaveBeenCalled();
    expect(await ask('{ n }')).toEqual({ data: { n: 0 } });
  });

  it('(control) without the plugin the same mutation runs', async () => {
    const { bump, ask } = make(false);
    expect(await ask('mutation { bump }')).toEqual({ data: { bump: 1 } });
    expect(bump).toHaveBeenCalledTimes(1);
  });
});
