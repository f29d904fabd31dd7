/**
 * Server benchmark: start-up time and resident memory of `server/main.ts`
 * (the `npm start` server, without the client build step) on the embedded
 * store, loading a folder at start (SEEDS_DIR) or reading a snapshot written
 * by `npm run load` (SAMKART_SNAPSHOT). Start-up is from spawn to the
 * "ready" line; RSS is read from /proc when ready, and again after a few
 * warm-up queries have filled the per-version caches.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { postQuery, type ApiQuery } from './api-bench.ts';
import { childEnv } from '../../server/config.ts';
import { summarise, type Summary } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerStartResult {
  mode: string;
  startSeconds: Summary;
  /** What the server itself logs as "ready in … ms". */
  readySeconds: Summary;
  rssReadyMB: Summary;
  rssWarmMB: Summary;
}

/** Resident set size of a process, in MB, from /proc. */
export function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Starts server/main.ts once with `env`; resolves when it logs ready. */
async function startOnce(env: NodeJS.ProcessEnv, warm: readonly ApiQuery[]): Promise<{ start: number; ready: number; rssReady: number; rssWarm: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: childEnv({ NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const { url, ready } = await new Promise<{ url: string; ready: number }>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`server/main.ts did not start:\n${err}`)), 600_000);
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /ready in (\d+) ms: explorer (http:\/\/[^/\s]+)\//.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve({ url: m[2], ready: Number(m[1]) / 1000 });
        }
      });
      child.once('exit', (code) => reject(new Error(`server/main.ts exited with ${code}:\n${err}`)));
    });
    const start = (performance.now() - t0) / 1000;
    const rssReady = rssMB(child.pid!);
    for (const q of warm) await postQuery(url, q);
    const rssWarm = rssMB(child.pid!);
    return { start, ready, rssReady, rssWarm };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

/** Starts the server `runs` times in one mode. */
export async function benchServerStart(mode: string, env: NodeJS.ProcessEnv, warm: readonly ApiQuery[], runs: number, log: (s: string) => void): Promise<ServerStartResult> {
  const rows: Awaited<ReturnType<typeof startOnce>>[] = [];
  for (let r = 0; r < runs; r++) {
    const row = await startOnce(env, warm);
    log(`  server ${mode}: ready after ${row.start.toFixed(2)} s (logs ${row.ready.toFixed(2)} s), RSS ${row.rssReady.toFixed(0)} MB, after warm-up ${row.rssWarm.toFixed(0)} MB`);
    rows.push(row);
  }
  return {
    mode,
    startSeconds: summarise(rows.map((r) => r.start)),
    readySeconds: summarise(rows.map((r) => r.ready)),
    rssReadyMB: summarise(rows.map((r) => r.rssReady)),
    rssWarmMB: summarise(rows.map((r) => r.rssWarm)),
  };
}
