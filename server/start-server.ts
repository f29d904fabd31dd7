/**
 * startServer: a ready server in one call, for tests and tools: a fresh
 * embedded store with the seeds loaded (unless a store is given), listening
 * on the given port (0 picks a free one), with the same /api/ routes as
 * `npm start` (writes stay off: no admin token). Its data folder (original
 * files, corrections) is a fresh temporary one, removed on close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../graph/files/index.ts';
import { apiRoutes } from './admin/index.ts';
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
  const dataDir = mkdtempSync(join(tmpdir(), 'samkart-server-'));
  const files = new FileStore(join(dataDir, 'files'));
  let store = options.store;
  if (!store) {
    store = new EmbeddedStore();
    await loadDocuments(store, [options.seedsDir ?? DEFAULT_SEEDS_DIR], { files });
  }
  const adminRoutes = apiRoutes({ store, log: () => {}, files, correctionsFile: join(dataDir, 'corrections.jsonl') });
  const served = await listen({ store, port: options.port ?? 0, host: options.host, clientDir: options.clientDir, corsOrigins: options.corsOrigins, adminRoutes });
  const close = async () => {
    await served.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url: served.url, store, close };
}
