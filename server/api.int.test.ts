/**
 * The API suite against a real Neo4j, and the same answers from both stores
 * for every query in PARITY_QUERIES.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jTestConfig, suiteName } from '../scripts/test/neo4j-env.ts';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore, Neo4jStore } from '../graph/store/index.ts';
import { createServer } from './create-server.ts';
import { PARITY_QUERIES, caller, describeApiSuite, type Gql } from './test/api-suite.ts';

const neo = neo4jTestConfig();

describe.skipIf(!hasNeo4j(neo))(suiteName('GraphQL API on Neo4j', neo), () => {
  if (!hasNeo4j(neo)) return;
  describeApiSuite('neo4j', async () => new Neo4jStore(neo));

  describe('both stores give the same answers', () => {
    let embedded: Gql;
    let neo4j: Gql;
    beforeAll(async () => {
      const e = new EmbeddedStore();
      await loadDocuments(e, [DEFAULT_SEEDS_DIR]);
      const n = new Neo4jStore(neo);
      await n.init();
      await n.clear();
      await loadDocuments(n, [DEFAULT_SEEDS_DIR]);
      embedded = caller(createServer({ store: e }));
      neo4j = caller(createServer({ store: n }));
    });

    it.each(PARITY_QUERIES.map((q) => [q.replace(/\s+/g, ' ').slice(0, 70), q]))('%s', async (_, query) => {
      const [a, b] = await Promise.all([embedded(query), neo4j(query)]);
      expect(a.errors).toBeUndefined();
      expect(b).toEqual(a);
    });

    it('loading the seeds twice gives the same counts', async () => {
      const n = new Neo4jStore(neo);
      const before = await n.counts();
      await loadDocuments(n, [DEFAULT_SEEDS_DIR]);
      expect(await n.counts()).toEqual(before);
      await n.close();
    });
  });
});
