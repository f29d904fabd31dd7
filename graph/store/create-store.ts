/**
 * Picks the store from the environment: Neo4j when NEO4J_URI is set,
 * otherwise the embedded store.
 */
import { EmbeddedStore } from './EmbeddedStore.ts';
import type { GraphStore } from './GraphStore.ts';
import { Neo4jStore, neo4jConfigFromEnv } from './Neo4jStore.ts';

/** The store the environment asks for; Neo4j is initialised (constraints) before it is returned. */
export async function createStoreFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  const config = neo4jConfigFromEnv(env);
  if (!config) return new EmbeddedStore();
  const store = new Neo4jStore(config);
  await store.init();
  return store;
}
