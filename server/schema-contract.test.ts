import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, typeDefs } from './create-server.ts';
import { contractDifferences } from './schema-contract.ts';

const contract = readFileSync(new URL('./test/fixtures/contract.graphql', import.meta.url), 'utf8');

describe('the public contract', () => {
  it('is contained in the running schema', () => {
    expect(contractDifferences(contract, createSchema())).toEqual([]);
  });

  it('is caught when a field goes missing or changes type', () => {
    const broken = buildSchema(typeDefs.replace('  "Abbreviation, e.g. \\"Bufdir\\"."\n  abbreviation: String\n', '').replace('weight: Float!', 'weight: Int!'));
    expect(contractDifferences(contract, broken)).toEqual(['Actor.abbreviation is missing', 'Coordination.weight is Int!, not Float!']);
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
