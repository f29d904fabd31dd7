/**
 * `npx tsx scripts/probe-response-cache.ts [--requests 2000] [--kb 900] [--concurrency 8]`:
 * a probe, not a test. Starts `npm start`'s server on the seeds in a child
 * process, sends it requests with unique bodies just under the 1 MiB body
 * cap (half padded with a `# comment`, half with a unique variable, so the
 * cache really sees them and must key them), and prints the server's RSS
 * before and after (from /proc). The issue's target: within 150 MB.
 * `--url URL --pid PID` probes a server that is already running instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { childEnv } from '../server/config.ts';

const err = (s: string) => process.stderr.write(s + '\n');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function startServer(): Promise<{ url: string; pid: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: childEnv({ PORT: '0', SEEDS_DIR: `${ROOT}/seeds`, NEO4J_URI: '' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (c: Buffer) => {
      log += c.toString();
      const m = /GraphQL (http:\/\/\S+)\/graphql/.exec(log);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${log}`)));
  });
  return { url, pid: child.pid!, child };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '2000' },
      kb: { type: 'string', default: '900' },
      concurrency: { type: 'string', default: '8' },
      url: { type: 'string' },
      pid: { type: 'string' },
    },
  });
  const total = Number(values.requests);
  const padBytes = Number(values.kb) * 1024;
  const concurrency = Number(values.concurrency);
  const server = values.url ? { url: values.url, pid: Number(values.pid), child: null } : await startServer();
  const rss = () => (server.pid ? rssMb(server.pid) : NaN);
  try {
    const post = async (body: string) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      return [res.status, res.headers.get('x-response-cache') ?? 'none'] as const;
    };
    await post(JSON.stringify({ query: '{ stats { documents actors } }' }));
    const before = rss();
    err(`server ${server.url} (pid ${server.pid}): RSS before ${before} MB`);
    const outcomes = new Map<string, number>();
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const pad = `${i}:${Math.random()}`.padEnd(padBytes, 'x');
        const body =
          i % 2
            ? JSON.stringify({ query: `{ stats { documents actors } } # ${pad}` })
            : JSON.stringify({ query: 'query($pad: String) { stats { documents actors } }', variables: { pad } });
        const [status, cache] = await post(body);
        const k = `${status} ${cache}`;
        outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
        if ((i + 1) % 500 === 0) err(`  ${i + 1} requests, RSS ${rss()} MB`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const after = rss();
    await new Promise((r) => setTimeout(r, 2_000));
    const settled = rss();
    err(`${total} requests of ${values.kb} KB in ${Math.round((performance.now() - started) / 1000)} s: ${[...outcomes].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    err(`RSS before ${before} MB, after ${after} MB, 2 s later ${settled} MB: grew ${after - before} MB (target: within 150 MB)`);
  } finally {
    server.child?.kill('SIGTERM');
  }
}

main().catch((e: Error) => {
  err(`probe failed: ${e.message}`);
  process.exit(1);
});
