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

  it('labels actors by kind: :Actor plus :Ministry, :County:Service, :Service …', async () => {
    const store = new Neo4jStore(neo);
    await store.clear();
    await store.writeBatch({
      nodes: [
        { id: 'actor:bfd', label: 'Actor', props: { name: 'Barne- og familiedepartementet', kind: 'MINISTRY' }, evidence: [] },
        { id: 'actor:vgo', label: 'Actor', props: { name: 'Videregående opplæring', kind: 'COUNTY' }, evidence: [] },
        { id: 'actor:ppt', label: 'Actor', props: { name: 'PPT', kind: 'MUNICIPAL_SERVICE' }, evidence: [] },
      ],
      edges: [],
    });
    const { default: neo4j } = await import('neo4j-driver');
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
    try {
      const res = await driver.executeQuery('MATCH (n:Actor) RETURN n.id AS id, labels(n) AS labels ORDER BY id', {}, { database: neo.database });
      const labels = Object.fromEntries(res.records.map((r) => [r.get('id'), [...(r.get('labels') as string[])].sort()]));
      expect(labels).toEqual({
        'actor:bfd': ['Actor', 'Entity', 'Ministry'],
        'actor:ppt': ['Actor', 'Entity', 'Service'],
        'actor:vgo': ['Actor', 'County', 'Entity', 'Service'],
      });
    } finally {
      await driver.close();
      await store.close();
    }
  });

  it('a read that streams for longer than the read deadline is not taken for an outage', async () => {
    // A version's read model reads the whole graph; at national scale that takes longer than the deadline,
    // which is there to notice a Neo4j that does not answer, not one that answers at length.
    const writer = new Neo4jStore(neo);
    await writer.clear();
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ id: `actor:a${i}`, label: 'Actor' as const, props: { name: `Etat ${i}`, kind: 'DIRECTORATE' }, evidence: [] }));
    await writer.writeBatch({ nodes, edges: [] });
    await writer.close();
    // How long the whole read takes here, with no deadline to speak of; then a deadline a quarter of that:
    // ample for Neo4j to start answering, far too short for the whole read.
    const timing = new Neo4jStore({ ...neo, readTimeoutMs: 60_000 });
    await timing.findNodes({ label: 'Actor' });
    const t0 = performance.now();
    await timing.findNodes({ label: 'Actor' });
    const whole = performance.now() - t0;
    await timing.close();
    const deadline = Math.max(20, Math.round(whole / 4));
    const store = new Neo4jStore({ ...neo, readTimeoutMs: deadline });
    try {
      await store.ping();
      const t1 = performance.now();
      const read = await store.findNodes({ label: 'Actor' });
      expect(read).toHaveLength(20_000);
      // Longer than the deadline, so a deadline on the whole read would have failed it.
      expect(performance.now() - t1).toBeGreaterThan(deadline);
    } finally {
      await store.clear();
      await store.close();
    }
  }, 120_000);

  it('reports an unreachable server as StoreUnavailableError', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.counts()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
