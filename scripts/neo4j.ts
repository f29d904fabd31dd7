/**
 * `npm run neo4j` — run a real local Neo4j 5.26 Community (embedded, Bolt only, auth off) for dev,
 * without Docker. Thin CLI over scripts/neo4j/local-neo4j.ts.
 *
 *   npm run neo4j                        start in the foreground (Ctrl-C stops it cleanly)
 *   npm run neo4j -- start --detach      start in the background, print NEO4J_URI, exit 0
 *   npm run neo4j -- stop                stop the background instance
 *   npm run neo4j -- status              is it running, and does Bolt answer?
 *   npm run neo4j -- build               only build the Java launcher (Maven)
 * Options: --port N (or NEO4J_PORT, default 7687), --data DIR (or NEO4J_DATA_DIR, default .data/neo4j).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jConfig } from '../server/config.ts';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  LocalNeo4jError,
  NEO4J_VERSION,
  displayPath,
  ensureLauncherBuilt,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './neo4j/local-neo4j.ts';

const USAGE = `Usage: npm run neo4j -- [start|stop|status|build] [options]

  start (default)  Start Neo4j ${NEO4J_VERSION} in the foreground; Ctrl-C stops it cleanly.
    --detach       Start in the background, wait until ready, print NEO4J_URI and exit.
  stop             Stop the instance recorded in <data>/launcher.pid.
  status           Show whether Neo4j is running and whether Bolt answers.
  build            Build the Java launcher only (Maven; skipped when up to date).

Options:
  --port N         Bolt port on 127.0.0.1 (env NEO4J_PORT, default ${DEFAULT_PORT}).
  --data DIR       Data directory (env NEO4J_DATA_DIR, default .data/neo4j).
  -h, --help       Show this help.`;

const say = (msg: string) => console.log(`[neo4j] ${msg}`);
const rel = displayPath;

/** Parses argv and runs the chosen subcommand; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      detach: { type: 'boolean', short: 'd', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const cmd = positionals[0] ?? 'start';
  if (positionals.length > 1) throw new LocalNeo4jError(`Unexpected argument: ${positionals[1]}\n\n${USAGE}`);

  let local: ReturnType<typeof localNeo4jConfig>;
  try {
    local = localNeo4jConfig(values);
  } catch (e) {
    throw new LocalNeo4jError((e as Error).message);
  }
  const port = local.port;
  const dataDir = local.dataDir ? path.resolve(local.dataDir) : DEFAULT_DATA_DIR;

  switch (cmd) {
    case 'start':
      return values.detach ? startDetached(port, dataDir) : startForeground(port, dataDir);
    case 'stop':
      return stop(dataDir);
    case 'status':
      return status(dataDir);
    case 'build': {
      const t0 = Date.now();
      const { built } = await ensureLauncherBuilt(say);
      say(built ? `Launcher ready (${((Date.now() - t0) / 1000).toFixed(1)} s).` : 'Launcher is already up to date.');
      return 0;
    }
    default:
      throw new LocalNeo4jError(`Unknown command: ${cmd}\n\n${USAGE}`);
  }
}

async function startDetached(port: number | undefined, dataDir: string): Promise<number> {
  const t0 = Date.now();
  const neo = await startLocalNeo4j({ port, dataDir, detach: true, log: say });
  if (neo.reused) {
    say(`Neo4j is already running in the background (pid ${neo.pid}).`);
  } else {
    say(`Neo4j ${NEO4J_VERSION} is ready in the background (pid ${neo.pid}, ${((Date.now() - t0) / 1000).toFixed(1)} s).`);
    say(`Log: ${rel(neo.logFile)}    Stop: npm run neo4j -- stop${dataDir === DEFAULT_DATA_DIR ? '' : ` --data ${rel(dataDir)}`}`);
  }
  console.log(`NEO4J_URI=${neo.uri}`);
  return 0;
}

async function startForeground(port: number | undefined, dataDir: string): Promise<number> {
  const t0 = Date.now();
  const neo = await startLocalNeo4j({ port, dataDir, echo: true, log: say });
  say(`Neo4j ${NEO4J_VERSION} is ready (pid ${neo.pid}, ${((Date.now() - t0) / 1000).toFixed(1)} s). Auth is off; any credentials work.`);
  console.log(`\nNEO4J_URI=${neo.uri}\n`);
  say('Running in the foreground; press Ctrl-C to stop.');

  let stopping = false;
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${sig} received, stopping Neo4j ...`);
    neo.stop().then(
      () => {
        say('Neo4j stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(`[neo4j] Error while stopping: ${String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  const code = await neo.exited;
  if (stopping) return new Promise<number>(() => {}); // onSignal exits once stop() completes
  if (code === 130 || code === 143) {
    say('Neo4j was stopped by a signal from outside (e.g. `npm run neo4j -- stop`).');
    return 0;
  }
  console.error(`[neo4j] Neo4j exited unexpectedly (exit code ${code}). See ${rel(neo.logFile)}.`);
  return 1;
}

async function stop(dataDir: string): Promise<number> {
  const res = await stopLocalNeo4j({ dataDir });
  if (res.stopped) {
    say(`Stopped Neo4j (pid ${res.pid})${res.killed ? ' — it did not exit in time and was killed' : ''}.`);
  } else if (res.stale) {
    say(`Nothing was running: removed a stale pid file (pid ${res.pid} is gone) in ${rel(dataDir)}.`);
  } else {
    say(`Nothing was running (no pid file in ${rel(dataDir)}).`);
  }
  return 0;
}

async function status(dataDir: string): Promise<number> {
  const st = await localNeo4jStatus({ dataDir });
  if (!st.running) {
    say(`Neo4j is not running (data ${rel(dataDir)})${st.stalePidFile ? `; removed a stale pid file for pid ${st.pid}` : ''}.`);
    return 0;
  }
  say(`Neo4j is running: pid ${st.pid}, data ${rel(dataDir)}, Bolt ${st.reachable ? 'answers' : 'does NOT answer (yet?)'}.`);
  if (st.uri) console.log(`NEO4J_URI=${st.uri}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof LocalNeo4jError || (err instanceof Error && String((err as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`[neo4j] ${err.message}`);
    } else {
      console.error('[neo4j] Unexpected error:', err);
    }
    process.exit(1);
  },
);
