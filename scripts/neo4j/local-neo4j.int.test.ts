/**
 * Sanity check for the test Neo4j (local launcher or NEO4J_URI): Bolt answers, and a write can be
 * read back. Skips with the global setup's reason when no Neo4j is available.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jTestConfig, suiteName } from '../test/neo4j-env.ts';

const cfg = neo4jTestConfig();

describe.skipIf(!hasNeo4j(cfg))(suiteName('local Neo4j sanity', cfg), () => {
  let driver: Driver;
  // Unique marker so the test is safe against a shared NEO4J_URI database.
  const marker = `samkart-sanity-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    if (!hasNeo4j(cfg)) throw new Error('unreachable: suite is skipped without Neo4j');
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password));
    await driver.verifyConnectivity({ database: cfg.database });
  });

  afterAll(async () => {
    if (!driver) return;
    if (hasNeo4j(cfg)) {
      await driver.executeQuery('MATCH (n:SamkartSanity {marker: $marker}) DETACH DELETE n', { marker }, { database: cfg.database });
    }
    await driver.close();
  });

  it('answers RETURN 1', async () => {
    if (!hasNeo4j(cfg)) return;
    const { records } = await driver.executeQuery('RETURN 1 AS x', {}, { database: cfg.database });
    expect(records).toHaveLength(1);
    expect(records[0].get('x').toNumber()).toBe(1);
  });

  it('reads back what it wrote (CREATE / MATCH round trip)', async () => {
    if (!hasNeo4j(cfg)) return;
    const db = { database: cfg.database };
    await driver.executeQuery(
      `CREATE (a:SamkartSanity {marker: $marker, name: 'Barnevernet'})
       CREATE (b:SamkartSanity {marker: $marker, name: 'NAV'})
       CREATE (a)-[:COORDINATES_WITH {since: 2024}]->(b)`,
      { marker },
      db,
    );
    const { records } = await driver.executeQuery(
      `MATCH (a:SamkartSanity {marker: $marker})-[r:COORDINATES_WITH]->(b:SamkartSanity {marker: $marker})
       RETURN a.name AS from, b.name AS to, r.since AS since`,
      { marker },
      db,
    );
    expect(records.map((r) => [r.get('from'), r.get('to'), r.get('since').toNumber()])).toEqual([['Barnevernet', 'NAV', 2024]]);

    const count = await driver.executeQuery('MATCH (n:SamkartSanity {marker: $marker}) RETURN count(n) AS c', { marker }, db);
    expect(count.records[0].get('c').toNumber()).toBe(2);
  });
});
