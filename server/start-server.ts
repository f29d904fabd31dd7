/**
 * startServer: a ready server in one call, for tests and tools: a fresh
 * embedded store with the seeds loaded (unless a store is given), listening
 * on the given port (0 picks a free one).
 */
import { EmbeddedStore, type GraphStore } from '../graph/store/index.ts';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../graph/load/index.ts';
import { listen } from './http.ts';

export interface StartOptions {
  store?: GraphStore;
  port?: number;
  host?: string;
  clientDir?: string;
  seedsDir?: string;
  corsOrigins?: string[];
}

/** Starts a server; with no store, loads the seeds into a new embedded store. */
export async function startServer(options: StartOptions = {}): Promise<{ url: string; store: GraphStore; close(): Promise<void> }> {
  let store = options.store;
  if (!store) {
    store = new EmbeddedStore();
    await loadDocuments(store, [options.seedsDir ?? DEFAULT_SEEDS_DIR]);
  }
  const { url, close } = await listen({ store, port: options.port ?? 0, host: options.host, clientDir: options.clientDir, corsOrigins: options.corsOrigins });
  return { url, store, close };
}
