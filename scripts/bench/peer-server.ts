/**
 * The peer for the nested-read benchmark: @neo4j/graphql v7 over the same
 * Neo4j database Samkart's Neo4j store writes, served by graphql-yoga in its
 * own process. The type definitions map Samkart's labels and relationship
 * types: (:Actor)-[:RESPONSIBLE_FOR]->(:Measure). Prints `{"url": …}` when it
 * listens; stops on SIGTERM.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

/** Only what the benchmark reads; v7 needs @node on every type. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String!
    kind: String
    responsibleFor: [Measure!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT)
  }
  type Measure @node(labels: ["Measure"]) {
    id: ID!
    title: String!
    responsible: [Actor!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN)
  }
`;

const { values } = parseArgs({ options: { neo4j: { type: 'string' }, database: { type: 'string', default: 'neo4j' } } });

async function main(): Promise<void> {
  if (!values.neo4j) throw new Error('give --neo4j URI');
  const driver = neo4j.driver(values.neo4j);
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const database = values.database;
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, context: () => ({ sessionConfig: { database } }) });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid }) + '\n');
  const stop = async () => {
    server.closeAllConnections();
    server.close();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`peer server failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
