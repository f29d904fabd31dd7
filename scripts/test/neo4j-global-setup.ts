/**
 * Vitest global setup giving Neo4j suites a database, read in tests via scripts/test/neo4j-env.ts:
 *  - NEO4J_URI set: provide it (with NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE);
 *  - else java (+ mvn) available: start a throwaway local Neo4j 5.26 on a free port (7688 up, never
 *    7687) with its own data dir under .data/neo4j-test/, and stop + delete it on teardown;
 *  - else, or if starting fails: provide neo4jSkipReason (a plain sentence) and never throw, so
 *    the embedded/unit tests still run.
 */
import type { ProvidedContext } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './neo4j-env.ts'; // ProvidedContext typing
import {
  DEFAULT_PORT,
  NEO4J_VERSION,
  REPO_ROOT,
  displayPath,
  findFreePort,
  localNeo4jUnavailableReason,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../neo4j/local-neo4j.ts';

/** Parent of the per-run test data dirs (one per vitest process, so concurrent runs do not clash). */
const TEST_DATA_ROOT = path.join(REPO_ROOT, '.data', 'neo4j-test');
const FIRST_TEST_PORT = 7688;

const say = (msg: string) => console.log(`[neo4j-test] ${msg}`);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes data dirs left behind by earlier test runs whose vitest process is gone. */
function removeStaleRunDirs(): void {
  if (!fs.existsSync(TEST_DATA_ROOT)) return;
  for (const name of fs.readdirSync(TEST_DATA_ROOT)) {
    const m = /^run-(\d+)$/.exec(name);
    if (!m || pidAlive(Number(m[1]))) continue;
    fs.rmSync(path.join(TEST_DATA_ROOT, name), { recursive: true, force: true });
  }
}

/** Starts the test Neo4j, retrying on another port if a concurrent run grabbed the chosen one. */
async function startTestNeo4j(dataDir: string): Promise<LocalNeo4j> {
  const tried: number[] = [DEFAULT_PORT];
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(FIRST_TEST_PORT, tried);
    tried.push(port);
    try {
      return await startLocalNeo4j({ port, dataDir, heap: '768m', pageCache: '128m', log: say });
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      const portClash = /already in use|Address already in use|PortBindException/.test(msg);
      if (!portClash || attempt >= 3) throw err;
      say(`port ${port} was taken meanwhile, retrying on another port`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** What this setup provides: the ProvidedContext keys declared in neo4j-env.ts. */
type Provided = Partial<Pick<ProvidedContext, 'neo4jUri' | 'neo4jUsername' | 'neo4jPassword' | 'neo4jDatabase' | 'neo4jSource' | 'neo4jSkipReason'>>;

/** One local Neo4j per vitest process, shared by all projects (each project runs this setup). */
interface Shared {
  refs: number;
  provided: Promise<Provided>;
  stop: () => Promise<void>;
}
const SHARED_KEY = Symbol.for('samkart.neo4jTestInstance');
const sharedSlot = globalThis as typeof globalThis & { [SHARED_KEY]?: Shared };

/** Starts the local test Neo4j (or works out why not); never throws. */
async function startShared(): Promise<{ provided: Provided; stop: () => Promise<void> }> {
  const noop = async () => {};
  const unavailable = localNeo4jUnavailableReason();
  if (unavailable) {
    return { provided: { neo4jSkipReason: `NEO4J_URI is not set and ${unavailable}, so the local Neo4j could not be started` }, stop: noop };
  }
  const dataDir = path.join(TEST_DATA_ROOT, `run-${process.pid}`);
  const t0 = Date.now();
  let neo: LocalNeo4j;
  try {
    removeStaleRunDirs();
    fs.rmSync(dataDir, { recursive: true, force: true });
    neo = await startTestNeo4j(dataDir);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // The data dir (with launcher.log) is kept for inspection; the next run removes it.
    return { provided: { neo4jSkipReason: `NEO4J_URI is not set and starting the local Neo4j failed: ${msg}` }, stop: noop };
  }
  say(`local Neo4j ${NEO4J_VERSION} ready at ${neo.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (data ${displayPath(dataDir)})`);
  return {
    provided: {
      neo4jUri: neo.uri,
      neo4jUsername: 'neo4j', // auth is off: any credentials work
      neo4jPassword: 'neo4j',
      neo4jDatabase: 'neo4j',
      neo4jSource: 'local',
    },
    stop: async () => {
      await neo.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Provides Neo4j connection settings (or a skip reason) to the tests; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const provideAll = (p: Provided) => {
    for (const [key, value] of Object.entries(p) as [keyof Provided, string | undefined][]) {
      if (value !== undefined) project.provide(key, value);
    }
  };

  const envUri = process.env.NEO4J_URI;
  if (envUri) {
    provideAll({
      neo4jUri: envUri,
      neo4jUsername: process.env.NEO4J_USERNAME ?? 'neo4j',
      neo4jPassword: process.env.NEO4J_PASSWORD ?? 'neo4j',
      neo4jDatabase: process.env.NEO4J_DATABASE ?? 'neo4j',
      neo4jSource: 'env',
    });
    say(`[${project.name}] using NEO4J_URI=${envUri}`);
    return async () => {};
  }

  let shared = sharedSlot[SHARED_KEY];
  if (shared) {
    shared.refs++;
  } else {
    const started = startShared();
    const created: Shared = {
      refs: 1,
      provided: started.then((r) => r.provided),
      stop: async () => (await started).stop(),
    };
    shared = sharedSlot[SHARED_KEY] = created;
    const first = await created.provided;
    if (first.neo4jSkipReason) say(`Neo4j tests will be skipped: ${first.neo4jSkipReason}`);
  }
  const mine = shared;
  provideAll(await mine.provided);

  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--mine.refs > 0) return;
    if (sharedSlot[SHARED_KEY] === mine) delete sharedSlot[SHARED_KEY];
    await mine.stop();
  };
}
