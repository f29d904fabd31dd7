/**
 * `npm run bench [-- --quick] [--only load,api,peer,app,explorer,server,pdf]`:
 * runs Samkart's benchmarks and writes scripts/bench/RESULTS.md (and the raw
 * numbers to scripts/bench/out/results.json). It writes the synthetic
 * national corpus to .data/bench/, starts its own Neo4j (the local launcher,
 * on a free port from --neo4j-port, default 7720, with a fresh data dir
 * under .data/bench/) and stops it at the end. Progress goes to stderr.
 * --quick runs everything once, briefly. `--only app` replaces only the app
 * section of an existing RESULTS.md; any other selection rewrites the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../../graph/load/index.ts';
import { countSummary } from '../../graph/model/index.ts';
import { GraphReader } from '../../graph/query/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { NEO4J_VERSION, findFreePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { writeCorpus } from '../synth.ts';
import { benchQueries } from './api-bench.ts';
import { benchApp } from './app-bench.ts';
import { APP_SECTION_END, APP_SECTION_START, renderAppSection, spliceSection } from './app-report.ts';
import { benchExplorer, subgraphOfSize, type ExplorerCase } from './explorer-bench.ts';
import { benchLoadInto, benchWriters, embedded, neo4jAt, sampleBatches } from './load-bench.ts';
import { describeMachine } from './machine.ts';
import { benchPeer } from './peer-bench.ts';
import { benchQueriesFor, distantPair, type QueryArgs } from './queries.ts';
import { renderResults, type BenchResults, type CorpusFacts } from './report.ts';
import { benchServerStart } from './server-bench.ts';
import { formatPdfBench, runPdfBench } from './pdf-bench.ts';
import { runScript, startBenchServer } from './server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, '.data', 'bench');
const SYNTH_DIR = join(DATA, 'synth');
const ALL = ['load', 'api', 'peer', 'app', 'explorer', 'server', 'pdf'] as const;
type Part = (typeof ALL)[number];

const log = (s: string) => process.stderr.write(`${s}\n`);
const NATIONAL = { municipalities: 356, measures: 2000, seed: 1 };
const NEO4J_HEAP = '2g';
const NEO4J_PAGE_CACHE = '512m';

async function corpusFacts(name: string, dir: string, snapshot: string): Promise<{ facts: CorpusFacts; store: EmbeddedStore }> {
  const store = new EmbeddedStore();
  const report = await loadDocuments(store, [dir]);
  const dry = await loadDocuments(new EmbeddedStore(), [dir], { dryRun: true });
  const sum = (k: 'actors' | 'links') => dry.documents.reduce((s, d) => s + d.counts[k], 0);
  writeFileSync(snapshot, JSON.stringify(store.snapshot()));
  const t = report.totals;
  return {
    store,
    facts: {
      name,
      ...countSummary(t),
      dryRun: { actors: sum('actors'), links: sum('links') },
    },
  };
}

async function neo4jVersion(uri: string): Promise<string> {
  const driver = neo4j.driver(uri);
  try {
    const r = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e');
    return `${r.records[0].get('v')} ${r.records[0].get('e')}`;
  } catch {
    return NEO4J_VERSION;
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'scripts', 'bench', 'RESULTS.md') },
      'neo4j-port': { type: 'string', default: '7720' },
      'app-views': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    log('Usage: npm run bench [-- --quick] [--only load,api,peer,app,explorer,server,pdf] [--app-views matrix,network,…] [--neo4j-port 7720] [--out FILE]');
    return 0;
  }
  const parts = new Set<Part>(values.only ? (values.only.split(',').map((s) => s.trim()) as Part[]) : ALL);
  for (const p of parts) if (!ALL.includes(p)) throw new Error(`unknown part "${p}"; choose from ${ALL.join(', ')}`);
  const quick = values.quick;
  const runs = {
    loadSeeds: quick ? 1 : 5,
    loadNational: quick ? 1 : 3,
    writers: quick ? 1 : 5,
    api: quick ? 1 : 3,
    app: quick ? 1 : 3,
    explorer: quick ? 1 : 3,
    server: quick ? 1 : 3,
  };
  const appPaintTimeoutMs = quick ? 60_000 : 120_000;
  const apiBudgetMs = quick ? 300 : 1000;
  const writerStep = quick ? 40 : 10;
  const connections = [1, 16, 64];
  const startedAt = new Date();
  const t0 = performance.now();
  mkdirSync(DATA, { recursive: true });
  const results: BenchResults = {
    startedAt: startedAt.toISOString().replace(/\.\d+Z$/, 'Z'),
    seconds: 0,
    quick,
    machine: describeMachine(),
    neo4j: null,
    settings: {
      'synthetic corpus': `--municipalities ${NATIONAL.municipalities} --measures ${NATIONAL.measures} --seed ${NATIONAL.seed}`,
      'runs per measurement': `load ${runs.loadSeeds} (seeds) / ${runs.loadNational} (national), writers ${runs.writers}, API ${runs.api}, app ${runs.app}, renderer micro-benchmark ${runs.explorer}, server ${runs.server}`,
      'API requests per run': `as many as fit in ~${apiBudgetMs} ms for one connection, at least 4 × the connections (2 × for answers slower than 20 ms), at most 5000`,
      'writer sample (every nth document)': writerStep,
    },
    corpora: [],
    load: [],
    writers: [],
    api: [],
    peer: [],
    app: null,
    explorer: null,
    server: [],
    skipped: [],
  };

  // PDF reading (issue 13): pages per second and the time for a 200-page PDF (pdf-bench.ts).
  if (parts.has('pdf')) results.settings['PDF reading (a generated 200-page PDF)'] = formatPdfBench(await runPdfBench(log, quick));

  // 1. The corpora: the seeds, and the synthetic national corpus, with snapshots for the servers.
  log(`Writing the synthetic corpus to ${SYNTH_DIR}`);
  writeCorpus(SYNTH_DIR, NATIONAL);
  const seedsSnapshot = join(DATA, 'seeds.json');
  const nationalSnapshot = join(DATA, 'national.json');
  log('Loading both corpora once (counts, snapshots, query arguments)');
  const seeds = await corpusFacts('seeds', DEFAULT_SEEDS_DIR, seedsSnapshot);
  const national = await corpusFacts('national', SYNTH_DIR, nationalSnapshot);
  results.corpora.push(seeds.facts, national.facts);
  const argsFor = (store: EmbeddedStore): QueryArgs => {
    const pair = distantPair(store);
    return { actor: 'actor:hdir', pathFrom: pair.from, pathTo: pair.to, pathHops: pair.hops, search: 'barnevern' };
  };
  const args = { seeds: argsFor(seeds.store), national: argsFor(national.store) };

  // 2. Neo4j: our own, on a free port, fresh.
  let db: LocalNeo4j | null = null;
  const needNeo4j = parts.has('load') || parts.has('api') || parts.has('peer');
  try {
    if (needNeo4j) {
      const dataDir = join(DATA, 'neo4j');
      rmSync(dataDir, { recursive: true, force: true });
      // 7700 and 7701 are taken by other work on this machine; the bench starts at 7720 unless told otherwise.
      const port = await findFreePort(Number(values['neo4j-port']), [7687]);
      log(`Starting Neo4j on port ${port} (data ${dataDir})`);
      db = await startLocalNeo4j({ port, dataDir, heap: NEO4J_HEAP, pageCache: NEO4J_PAGE_CACHE, log: (s) => log(`  ${s}`) });
      results.neo4j = { version: await neo4jVersion(db.uri), heap: NEO4J_HEAP, pageCache: NEO4J_PAGE_CACHE };
    }
    const uri = db?.uri ?? '';
    const apiOptions = { connections, runs: runs.api, budgetMs: apiBudgetMs, log };

    // 3. Load into both stores; Neo4j ends up holding the national corpus, for the API and the peer.
    if (parts.has('load')) {
      log('Load benchmark');
      results.load.push(await benchLoadInto('seeds', DEFAULT_SEEDS_DIR, embedded, runs.loadSeeds, log));
      results.load.push(await benchLoadInto('national', SYNTH_DIR, embedded, runs.loadNational, log));
      results.load.push(await benchLoadInto('seeds', DEFAULT_SEEDS_DIR, neo4jAt(uri), runs.loadSeeds, log));
      log('Writers: naive per-row MERGE against UNWIND batches');
      results.writers = await benchWriters(uri, await sampleBatches(SYNTH_DIR, writerStep), runs.writers, log);
      results.load.push(await benchLoadInto('national', SYNTH_DIR, neo4jAt(uri), runs.loadNational, log));
    } else if (db) {
      await benchLoadInto('national', SYNTH_DIR, neo4jAt(uri), 1, log);
    }

    // 4. API and peer on Neo4j (national first, as loaded; then the seeds).
    for (const corpus of ['national', 'seeds'] as const) {
      if (!db || (!parts.has('api') && !parts.has('peer'))) break;
      if (corpus === 'seeds') {
        const store = await neo4jAt(uri)();
        await store.clear();
        await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
        await store.close();
      }
      if (parts.has('api')) {
        log(`API benchmark: ${corpus}, Neo4j store, response cache off`);
        const server = await startBenchServer(['--neo4j', uri, '--no-response-cache']);
        try {
          const queries = benchQueriesFor(args[corpus], true);
          results.api.push({ store: 'neo4j', corpus, responseCache: false, queries, results: await benchQueries(server.url, queries, apiOptions) });
        } finally {
          await server.stop();
        }
      }
      if (parts.has('peer')) {
        log(`Peer benchmark: ${corpus}`);
        const nested = 'name responsibleFor { title responsible { name } }';
        const q =
          corpus === 'seeds'
            ? { samkart: `{ actors(limit: 1000) { ${nested} } }`, peer: `{ actors(limit: 1000, sort: [{ name: ASC }]) { ${nested} } }` }
            : {
                samkart: `{ actors(filter: { kinds: [MINISTRY, DIRECTORATE] }, limit: 1000) { ${nested} } }`,
                peer: `{ actors(where: { kind: { in: ["MINISTRY", "DIRECTORATE"] } }, limit: 1000, sort: [{ name: ASC }]) { ${nested} } }`,
              };
        results.peer.push(await benchPeer(corpus, uri, q, { connections: [1, 16], runs: runs.api, budgetMs: apiBudgetMs, log }));
      }
    }
  } finally {
    if (db) {
      log('Stopping Neo4j');
      await db.stop();
    }
  }

  // 5. API on the embedded store, with Neo4j gone (fair to the one Node process).
  if (parts.has('api')) {
    for (const [corpus, snapshot] of [
      ['seeds', seedsSnapshot],
      ['national', nationalSnapshot],
    ] as const) {
      for (const cache of corpus === 'national' ? [false, true] : [false]) {
        log(`API benchmark: ${corpus}, embedded store, response cache ${cache ? 'on' : 'off'}`);
        const server = await startBenchServer(['--snapshot', snapshot, ...(cache ? [] : ['--no-response-cache'])]);
        try {
          const queries = benchQueriesFor(args[corpus], true);
          results.api.push({ store: 'embedded', corpus, responseCache: cache, queries, results: await benchQueries(server.url, queries, { connections, runs: runs.api, budgetMs: apiBudgetMs, log }) });
        } finally {
          await server.stop();
        }
      }
    }
  }

  // 6. Server start-up and memory.
  if (parts.has('server')) {
    log('Server start-up benchmark');
    const snapshotByCli = join(DATA, 'national-load-cli.json');
    log('  writing a snapshot with `npm run load` (SAMKART_SNAPSHOT)');
    await runScript('scripts/load.ts', [SYNTH_DIR], { SAMKART_SNAPSHOT: snapshotByCli, NEO4J_URI: '' });
    const warm = benchQueriesFor(args.national, false).filter((q) => ['network', 'matrix', 'search', 'actor'].includes(q.name));
    const warmSeeds = benchQueriesFor(args.seeds, false).filter((q) => ['network', 'matrix', 'search', 'actor'].includes(q.name));
    results.server.push(await benchServerStart('seeds (SEEDS_DIR=seeds/)', { SEEDS_DIR: DEFAULT_SEEDS_DIR }, warmSeeds, runs.server, log));
    results.server.push(await benchServerStart('national, loading the folder (SEEDS_DIR)', { SEEDS_DIR: SYNTH_DIR }, warm, runs.server, log));
    results.server.push(await benchServerStart('national, from the snapshot (SAMKART_SNAPSHOT)', { SEEDS_DIR: undefined, SAMKART_SNAPSHOT: snapshotByCli }, warm, runs.server, log));
  }

  // 7. The real explorer (server/main.ts + the built client) in headless Chromium.
  if (parts.has('app')) {
    log('App benchmark: building the explorer if its sources changed (scripts/ensure-client.ts)');
    const loadBefore = loadavg()[0];
    await runScript('scripts/ensure-client.ts', []);
    const appOptions = { runs: runs.app, paintTimeoutMs: appPaintTimeoutMs, views: values['app-views']?.split(',').map((s) => s.trim()), log };
    const seedsApp = await benchApp({ corpus: 'seeds', snapshot: seedsSnapshot }, appOptions);
    const nationalApp = await benchApp({ corpus: 'national', snapshot: nationalSnapshot }, appOptions);
    results.app = {
      startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      quick,
      runs: runs.app,
      paintTimeoutMs: appPaintTimeoutMs,
      chromium: seedsApp.chromium || nationalApp.chromium,
      commit: gitCommit(),
      build: clientBuild(),
      results: [...seedsApp.results, ...nationalApp.results],
      loadAverage: [loadBefore, loadavg()[0]],
    };
  }

  // 8. Renderer micro-benchmark: cytoscape alone on a standalone page in headless Chromium.
  if (parts.has('explorer')) {
    log('Renderer micro-benchmark (standalone page)');
    const cases: ExplorerCase[] = [{ name: 'seeds', graph: await new GraphReader(seeds.store).subgraph({ view: 'ALL', layout: true }) }];
    const reader = new GraphReader(national.store);
    for (const n of [1000, 5000, 10000]) {
      cases.push({ name: `${n / 1000}k`, graph: await subgraphOfSize((limit) => reader.subgraph({ view: 'NETWORK', layout: true, limit }), n) });
    }
    const combos = [
      { layout: 'preset', webgl: false },
      { layout: 'preset', webgl: true },
      { layout: 'fcose', webgl: false },
      { layout: 'fcose', webgl: true },
    ] as const;
    results.explorer = await benchExplorer(cases, combos, runs.explorer, log);
  }

  for (const p of ALL) if (!parts.has(p)) results.skipped.push(p);
  results.seconds = (performance.now() - t0) / 1000;
  mkdirSync(join(ROOT, 'scripts', 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'scripts', 'bench', 'out', 'results.json'), JSON.stringify(results, null, 1));
  const previous = existsSync(values.out!) ? readFileSync(values.out!, 'utf8') : '';
  if (parts.size === 1 && parts.has('app') && previous && results.app) {
    // Only the app ran: replace its section and keep the other parts' numbers as they are.
    writeFileSync(values.out!, spliceSection(previous, APP_SECTION_START, APP_SECTION_END, renderAppSection(results.app), '## Renderer micro-benchmark'));
  } else {
    writeFileSync(values.out!, renderResults(results, previous) + '\n');
  }
  log(`Wrote ${values.out} in ${(results.seconds / 60).toFixed(1)} minutes`);
  return 0;
}

/** The commit being measured, with "+ changes" when the working tree differs from it. */
function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'client', 'server', 'graph'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes in client/, server/ or graph/)` : head;
  } catch {
    return '?';
  }
}

/** The built client's script name (its content hash). */
function clientBuild(): string {
  try {
    return readdirSync(join(ROOT, 'client', 'dist', 'assets')).find((f) => /^index-.*\.js$/.test(f)) ?? '?';
  } catch {
    return '?';
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    log(`bench failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
