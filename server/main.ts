/**
 * `npm start`: picks the store (Neo4j when NEO4J_URI is set, else embedded),
 * makes sure it holds a graph, and serves GraphQL at /graphql and the
 * explorer at / on HOST:PORT (default 127.0.0.1:4000).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { EmbeddedStore, Neo4jStore, neo4jConfigFromEnv, type GraphStore } from '../graph/store/index.ts';
import { loadDocuments, DEFAULT_SNAPSHOT, DEFAULT_SEEDS_DIR } from '../graph/load/index.ts';
import { listen } from './http.ts';
import { serverSettingsFromEnv } from './settings.ts';

const log = (msg: string) => process.stderr.write(`[samkart] ${msg}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'include-people': { type: 'boolean', default: false },
      'follow-symlinks': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm start [-- --seeds DIR] [--port N] [--host H] [--include-people] [--follow-symlinks]\n' +
        'Environment: PORT, HOST, SEEDS_DIR, NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, SAMKART_CORS_ORIGINS, SAMKART_TIMEOUT_MS,\n' +
        '  SAMKART_REQUEST_TIMEOUT_MS, SAMKART_RESPONSE_CACHE, SAMKART_RESPONSE_CACHE_MB, SAMKART_SOURCE_MAPS, SAMKART_MAX_COST, SAMKART_MAX_RESULT_MB\n',
    );
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, not "${values.port ?? process.env.PORT}"`);
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const seedsGiven = values.seeds ?? process.env.SEEDS_DIR;
  const seedsDir = seedsGiven ?? DEFAULT_SEEDS_DIR;
  const includePeople = values['include-people'] || process.env.SAMKART_INCLUDE_PEOPLE === '1';
  if (values['follow-symlinks']) process.env.SAMKART_FOLLOW_SYMLINKS = '1'; // read by loadDocuments: links out of SEEDS_DIR are loaded

  // Checked before the store opens, so a bad value fails at once.
  const settings = serverSettingsFromEnv();
  const started = performance.now();
  const store = await openStore(seedsDir, !!seedsGiven, includePeople);
  const corsOrigins = (process.env.SAMKART_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const { url, close } = await listen({ store, port, host, corsOrigins, ...settings, log });
  log(`ready in ${Math.round(performance.now() - started)} ms: explorer ${url}/  GraphQL ${url}/graphql  health ${url}/health`);
  const stop = async () => {
    log('stopping');
    await close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The store, holding a graph: Neo4j (seeded when empty) or embedded (snapshot or seeds). */
async function openStore(seedsDir: string, seedsGiven: boolean, includePeople: boolean): Promise<GraphStore> {
  const neo = neo4jConfigFromEnv();
  if (neo) {
    const store = new Neo4jStore(neo);
    log(`store: ${store.describe()}`);
    await store.init();
    const counts = await store.counts();
    if ((counts.nodes.Document ?? 0) === 0 || seedsGiven) {
      log(`${seedsGiven ? 'loading' : 'the database is empty: loading'} ${seedsDir} into Neo4j`);
      await loadInto(store, seedsDir, includePeople);
    } else {
      log(`the database already holds ${counts.nodes.Document} documents: not loading seeds (set SEEDS_DIR to load a folder)`);
    }
    return store;
  }
  if (!seedsGiven && existsSync(DEFAULT_SNAPSHOT)) {
    const store = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(DEFAULT_SNAPSHOT, 'utf8')));
    const counts = await store.counts();
    log(`store: embedded, from the snapshot ${DEFAULT_SNAPSHOT} written by \`npm run load\` on ${statSync(DEFAULT_SNAPSHOT).mtime.toISOString()} (${counts.nodes.Document ?? 0} documents); delete it or set SEEDS_DIR to load a folder instead`);
    return store;
  }
  const store = new EmbeddedStore();
  log(`store: ${store.describe()}; loading ${seedsDir}`);
  await loadInto(store, seedsDir, includePeople);
  return store;
}

async function loadInto(store: GraphStore, dir: string, includePeople: boolean): Promise<void> {
  const report = await loadDocuments(store, [dir], { includePeople });
  const warnings = report.documents.reduce((n, d) => n + d.warnings.length, 0);
  for (const d of report.documents) if (!d.ok) log(`could not load ${d.fileName}: ${d.error}`);
  log(
    `loaded ${report.documents.length - report.failed} of ${report.documents.length} documents: ` +
      `${report.totals.nodes.Actor ?? 0} actors, ${report.totals.nodes.Measure ?? 0} measures, ${report.totals.nodes.Initiative ?? 0} initiatives` +
      (warnings ? `, ${warnings} warnings (run \`npm run load -- ${dir} --dry-run\` to see them)` : ''),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: Error) => {
    log(`could not start: ${e.message}`);
    process.exit(1);
  });
}
