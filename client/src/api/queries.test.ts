/** Every query the explorer sends must be valid against the server's schema. */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_QUERIES } from './queries.ts';

const schema = buildSchema(readFileSync(new URL('../../../server/schema.graphql', import.meta.url), 'utf8'));

describe('queries', () => {
  it.each(Object.entries(ALL_QUERIES))('%s is valid against server/schema.graphql', (_name, query) => {
    const errors = validate(schema, parse(query));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
