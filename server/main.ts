/**
 * `npm start`: picks the store (Neo4j when NEO4J_URI is set, else embedded),
 * makes sure it holds a graph, and serves GraphQL at /graphql and the
 * explorer at / on HOST:PORT (default 127.0.0.1:4000).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileStore } from '../graph/files/index.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../graph/store/index.ts';
import { loadDocuments, watchFolder, writeSnapshotFile, DEFAULT_SEEDS_DIR, type LoadOptions } from '../graph/load/index.ts';
import { listen } from './http.ts';
import { START_USAGE, startConfig, type StartConfig } from './config.ts';
import { apiRoutes } from './admin/index.ts';
import { formatReplay, readCorrectionsFile, replayCorrections } from '../graph/corrections/index.ts';

const log = (msg: string) => process.stderr.write(`[samkart] ${msg}\n`);

async function main(): Promise<void> {
  // Checked before the store opens, so a bad value fails at once.
  const config = startConfig(process.argv.slice(2));
  if (config.help) {
    process.stdout.write(START_USAGE);
    return;
  }
  const seedsDir = config.seedsDir ?? DEFAULT_SEEDS_DIR;
  const started = performance.now();
  // The original files and their source maps, in the data folder beside the snapshot (graph/files).
  const files = new FileStore(join(dirname(config.snapshot), 'files'));
  const store = await openStore(config, seedsDir, files);
  const { port, host, corsOrigins, timeoutMs, requestTimeoutMs, responseCache, sourceMaps, limits, adminToken } = config;
  const adminRoutes = apiRoutes({ store, log, files, includePeople: config.includePeople, correctionsFile: config.corrections, load: { includePeople: config.includePeople, followSymlinks: config.followSymlinks, parse: config.parse, read: config.read, files, corrections: () => readCorrectionsFile(config.corrections) } });
  const onWrite = store instanceof EmbeddedStore ? () => saveEmbedded(store, config.snapshot) : undefined;
  const { url, close } = await listen({ store, port, host, corsOrigins, timeoutMs, requestTimeoutMs, responseCache, sourceMaps, limits, log, adminToken, adminRoutes, onWrite });
  log(adminToken ? 'writes: on for requests with the admin token (SAMKART_ADMIN_TOKEN)' : 'writes: off (no SAMKART_ADMIN_TOKEN)');
  log(`ready in ${Math.round(performance.now() - started)} ms: explorer ${url}/  GraphQL ${url}/graphql  health ${url}/health`);
  // --watch: new and changed files in the folder are loaded, what a deleted file alone stated is withdrawn (graph/load watchFolder).
  if (config.watch) {
    const watcher = watchFolder(store, seedsDir, {
      includePeople: config.includePeople,
      followSymlinks: config.followSymlinks,
      parse: config.parse,
      read: config.read,
      files,
      onLoad: (r) => r.documents.forEach((d) => log(d.ok ? `watch: loaded ${d.fileName} (${d.counts.measures} measures, ${d.counts.actors} actors)` : `watch: refused ${d.error}`)),
      onRemove: (r) => log(`watch: ${r.fileName ?? r.documentId} was deleted; what only it stated is withdrawn`),
      onError: (e, fileName) => log(`watch: ${fileName}: ${e.message}`),
    });
    await watcher.ready;
    log(`watching ${seedsDir} for new, changed and deleted documents`);
  }
  const stop = async () => {
    log('stopping');
    await close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * After a write (an upload, a removal, a correction) the embedded graph is saved to the
 * snapshot file, so the next `npm start` serves what this one served; Neo4j keeps its own.
 */
function saveEmbedded(store: EmbeddedStore, path: string): void {
  try {
    writeSnapshotFile(path, store.snapshot());
    log(`saved the graph to ${path} after a write; the next \`npm start\` without SEEDS_DIR serves it`);
  } catch (e) {
    log(`could not save the graph to ${path} after a write: ${(e as Error).message}; the change holds until the server stops`);
  }
}


/** The store, holding a graph: Neo4j (seeded when empty) or embedded (snapshot or seeds). */
async function openStore(config: StartConfig, seedsDir: string, files: FileStore): Promise<GraphStore> {
  const seedsGiven = config.seedsDir !== null;
  const load: LoadOptions = { includePeople: config.includePeople, followSymlinks: config.followSymlinks, parse: config.parse, read: config.read, files, corrections: () => readCorrectionsFile(config.corrections) };
  const neo = config.neo4j;
  if (neo) {
    const store = new Neo4jStore(neo);
    log(`store: ${store.describe()}`);
    await store.init();
    const counts = await store.counts();
    if ((counts.nodes.Document ?? 0) === 0 || seedsGiven) {
      log(`${seedsGiven ? 'loading' : 'the database is empty: loading'} ${seedsDir} into Neo4j`);
      await loadInto(store, seedsDir, load);
    } else {
      log(`the database already holds ${counts.nodes.Document} documents: not loading seeds (set SEEDS_DIR to load a folder)`);
      await replayAtStart(store, config.corrections);
    }
    return store;
  }
  const snapshot = config.snapshot;
  if (!seedsGiven && existsSync(snapshot)) {
    const store = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(snapshot, 'utf8')));
    const counts = await store.counts();
    log(`store: embedded, from the snapshot ${snapshot} written by \`npm run load\` on ${statSync(snapshot).mtime.toISOString()} (${counts.nodes.Document ?? 0} documents); delete it or set SEEDS_DIR to load a folder instead`);
    await replayAtStart(store, config.corrections);
    return store;
  }
  const store = new EmbeddedStore();
  log(`store: ${store.describe()}; loading ${seedsDir}`);
  await loadInto(store, seedsDir, load);
  return store;
}

/** Replays the corrections file over a graph that was not loaded now (corrections made since by \`npm run curate\` hold). */
async function replayAtStart(store: GraphStore, file: string): Promise<void> {
  let report;
  try {
    report = await replayCorrections(store, readCorrectionsFile(file));
  } catch (e) {
    log(`corrections NOT replayed: ${(e as Error).message}`);
    return;
  }
  for (const line of formatReplay(report, file)) log(line);
}

async function loadInto(store: GraphStore, dir: string, options: LoadOptions): Promise<void> {
  const report = await loadDocuments(store, [dir], options);
  const warnings = report.documents.reduce((n, d) => n + d.warnings.length, 0);
  for (const d of report.documents) if (!d.ok) log(`could not load ${d.fileName}: ${d.error}`);
  log(
    `loaded ${report.documents.length - report.failed} of ${report.documents.length} documents: ` +
      `${report.totals.nodes.Actor ?? 0} actors, ${report.totals.nodes.Measure ?? 0} measures, ${report.totals.nodes.Initiative ?? 0} initiatives` +
      (warnings ? `, ${warnings} warnings (run \`npm run load -- ${dir} --dry-run\` to see them)` : ''),
  );
  if (report.corrections) for (const line of formatReplay(report.corrections)) log(line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: Error) => {
    log(`could not start: ${e.message}`);
    process.exit(1);
  });
}
