/**
 * API benchmark: representative GraphQL queries sent with autocannon to a
 * server in its own process, at several concurrencies. Latency percentiles
 * are computed from every response time; any non-2xx, timeout or socket
 * error counts as an error, and so does an answer fetched whole after the runs
 * that is no longer the first one (or carries GraphQL errors).
 */
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { quantile, summarise, type Summary } from './stats.ts';

// autocannon keeps every response body as a string (decoding each chunk, and splitting multi-byte letters at chunk
// boundaries). For megabyte answers that work in the load generator, on the same two cores, is larger than the
// server's. Only the sizes are needed here: answers are checked whole before and after the runs instead.
const PipelinedRequestsQueue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody(data: unknown): void } };
PipelinedRequestsQueue.prototype.addBody = function addBody() {};

/** One query of the benchmark. */
export interface ApiQuery {
  name: string;
  /** What it stands for, for the report. */
  what: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** One autocannon run. */
export interface RunResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Repeated runs of one query at one concurrency. */
export interface ApiResult {
  query: string;
  connections: number;
  runs: RunResult[];
  p50: Summary;
  p95: Summary;
  p99: Summary;
  rps: Summary;
  errors: number;
  bytes: number;
  /** Median time of one request with no other load (five in a row after the warm-up). */
  singleMs: number;
}

/** Posts one query and returns the response text; throws on GraphQL errors. */
export async function postQuery(url: string, q: Pick<ApiQuery, 'query' | 'variables' | 'name'>): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables ?? {} }),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors":')) throw new Error(`${q.name}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Headers of every request: a JSON POST from a client that takes gzip, as browsers and notebooks do. */
export const REQUEST_HEADERS = { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip' };

function once(url: string, body: string, connections: number, amount: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const t0 = performance.now();
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: REQUEST_HEADERS,
        body,
        connections,
        amount,
        pipelining: 1,
        timeout: 120,
      },
      (err: Error | null, result: autocannon.Result) => {
        if (err) return reject(err);
        // From the start to the last answer (autocannon's own duration is in whole seconds).
        const seconds = (last - t0) / 1000;
        times.sort((a, b) => a - b);
        const errors = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
        resolve({
          requests: times.length,
          seconds,
          rps: times.length / seconds,
          p50: quantile(times, 0.5),
          p95: quantile(times, 0.95),
          p99: quantile(times, 0.99),
          errors,
        });
      },
    );
    let last = t0;
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      last = performance.now();
    });
  });
}

export interface ApiBenchOptions {
  connections: readonly number[];
  /** Runs per combination. */
  runs: number;
  /** Rough wall time per run, in ms. */
  budgetMs: number;
  log?: (msg: string) => void;
}

/** Runs every query at every concurrency against the server at `url`. */
export async function benchQueries(url: string, queries: readonly ApiQuery[], options: ApiBenchOptions): Promise<ApiResult[]> {
  const out: ApiResult[] = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: q.variables ?? {} });
    const expect = await postQuery(url, q);
    // Warm-up: a few sequential requests (caches, JIT), which also time one request alone.
    for (let i = 0; i < 3; i++) await postQuery(url, q);
    const singleMs = (await once(url, body, 1, 5)).p50;
    for (const connections of options.connections) {
      // Enough requests to fill the budget, at least four rounds of the connections (two for slow answers), at most 5000.
      const rounds = singleMs > 20 ? 2 : 4;
      const amount = Math.max(connections * rounds, Math.min(5000, Math.round(options.budgetMs / Math.max(singleMs, 0.05))));
      const runs: RunResult[] = [];
      for (let r = 0; r < options.runs; r++) runs.push(await once(url, body, connections, amount));
      // The answer is still the same one, whole (a GraphQL error or a changed answer counts as an error).
      const after = await postQuery(url, q).catch(() => null);
      if (after !== expect) runs[runs.length - 1].errors++;
      const res: ApiResult = {
        query: q.name,
        connections,
        runs,
        p50: summarise(runs.map((x) => x.p50)),
        p95: summarise(runs.map((x) => x.p95)),
        p99: summarise(runs.map((x) => x.p99)),
        rps: summarise(runs.map((x) => x.rps)),
        errors: runs.reduce((s, x) => s + x.errors, 0),
        bytes: Buffer.byteLength(expect),
        singleMs,
      };
      options.log?.(
        `  ${q.name.padEnd(10)} c=${String(connections).padEnd(3)} p50 ${res.p50.median.toFixed(1)} ms  p95 ${res.p95.median.toFixed(1)} ms  p99 ${res.p99.median.toFixed(1)} ms  ${res.rps.median.toFixed(0)} req/s  errors ${res.errors}  (${amount} req × ${options.runs})`,
      );
      out.push(res);
    }
  }
  return out;
}
