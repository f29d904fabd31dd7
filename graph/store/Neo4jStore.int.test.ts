/**
 * The store contract against a real Neo4j (the launched local one in CI, or
 * NEO4J_URI). Skips with its reason when there is none, unless required.
 */
import { describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jTestConfig, suiteName } from '../../scripts/test/neo4j-env.ts';
import { StoreUnavailableError } from '../model/index.ts';
import { Neo4jStore } from './Neo4jStore.ts';
import { describeGraphStoreContract } from './store-contract.ts';

const neo = neo4jTestConfig();

describe.skipIf(!hasNeo4j(neo))(suiteName('Neo4j store', neo), () => {
  if (!hasNeo4j(neo)) return;
  describeGraphStoreContract('neo4j', async () => {
    const store = new Neo4jStore(neo);
    await store.init();
    return store;
  });

  it('creates the uniqueness constraints on first connect', async () => {
    const store = new Neo4jStore(neo);
    await store.init();
    const { default: neo4j } = await import('neo4j-driver');
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
    try {
      const res = await driver.executeQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type', {}, { database: neo.database });
      const unique = res.records.filter((r) => r.get('type') === 'UNIQUENESS' && r.get('prop') === 'id').map((r) => r.get('label'));
      expect(unique).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Measure', 'Document', 'Initiative', 'Sector', 'Level']));
    } finally {
      await driver.close();
      await store.close();
    }
  });

  it('reports an unreachable server as StoreUnavailableError', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.counts()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
