/**
 * Whole GraphQL answers cached per graph version, inside a byte budget. The
 * graph changes only when documents are loaded, and every change moves the
 * store's version, so the same operation with the same variables at the same
 * version is the same bytes: the next asker gets them without running it.
 *
 * The key is a SHA-256 of the version, the operation name, the operation
 * with comments and whitespace stripped (graphql's stripIgnoredCharacters)
 * and the variables in a stable order: 64 bytes, whatever the size of the
 * request. (The cache before this one kept the whole request body in its
 * keys and counted only the answers, so 1,100 requests with a unique 1 MB
 * pad took RSS from 198 MB to 1.4 GB.) Keys, answers and their gzipped
 * copies all count against one budget, and the least recently used go first.
 *
 * Only answers with no errors are kept. Identical requests that arrive
 * together are computed once. The header `x-response-cache` says hit,
 * shared (computed once for several) or miss. A kept answer of 2 KB or more
 * is also kept gzipped, made on the first request that accepts gzip: the big
 * ones (the whole network, the matrix) are megabytes of JSON that compress
 * about tenfold.
 *
 * Why not @graphql-yoga/plugin-response-cache: its in-memory cache is an LRU
 * bounded by a number of entries (and a TTL), not by bytes, so 1,000 cached
 * 3 MB answers are 3 GB; it also needs an entity-id scheme to invalidate,
 * where one version number says everything here. Its cache interface could
 * hold a byte-bounded store, but the version key, the shared in-flight
 * computation and the gzip copies would still be ours, so this stays one file.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphStateOf } from './use-graph-state.ts';
import { jsonOf, withJson } from './use-result-limit.ts';

export interface ResponseCacheOptions {
  /** Total bytes of keys, answers and gzipped answers (default 128 MB); the least recently used go first. */
  maxBytes?: number;
  /** Larger answers (as counted: two bytes a character) are never kept (default 40 MB: the whole national network, 8 MB of JSON that the brokers and overlaps views ask for, counts 17 MB, and left uncached it cost seconds on every visit). */
  maxEntryBytes?: number;
}

/** Counters, for tests and logs. */
export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

interface Entry {
  json: string;
  gzip?: Buffer;
  bytes: number;
}

/** Bytes an entry holds: V8 keeps a string in one or two bytes a character; count two, and a little per entry. */
const ENTRY_OVERHEAD = 200;
const stringBytes = (s: string) => s.length * 2;

/** The largest answer kept, as counted, by default. */
export const DEFAULT_MAX_ENTRY_BYTES = 40 * 1024 * 1024;

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const MIN_GZIP_BYTES = 2048;

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` give one key. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
    .join(',')}}`;
}

/** The cache key of an operation at a version, or null when the operation cannot be read (it will fail anyway). */
export function cacheKey(version: string, params: { query?: string; operationName?: string | null; variables?: unknown }): string | null {
  if (typeof params.query !== 'string') return null;
  let query: string;
  try {
    query = stripIgnoredCharacters(params.query);
  } catch {
    return null;
  }
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(params.operationName ?? '')
    .update('\0')
    .update(query)
    .update('\0')
    .update(stableJson(params.variables ?? null))
    .digest('hex');
}

/** The plugin, and its stats for tests. */
export function useResponseCache(options: ResponseCacheOptions = {}): Plugin & { stats(): ResponseCacheStats } {
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const entries = new Map<string, Entry>();
  const inflight = new Map<string, { promise: Promise<Entry | null>; settle: (e: Entry | null) => void }>();
  /** Per request: its key, whether it computes for others, and what happened. */
  const requests = new WeakMap<Request, { key: string; outcome: 'hit' | 'shared' | 'miss'; owner: boolean; entry?: Entry }>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const touch = (key: string, e: Entry) => {
    entries.delete(key);
    entries.set(key, e);
  };
  const evict = () => {
    for (const [k, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= old.bytes;
    }
  };
  const put = (key: string, json: string): Entry | null => {
    const size = stringBytes(json) + stringBytes(key) + ENTRY_OVERHEAD;
    if (size > maxEntryBytes || size > maxBytes) return null;
    const old = entries.get(key);
    if (old) bytes -= old.bytes;
    const e: Entry = { json, bytes: size };
    entries.set(key, e);
    bytes += size;
    evict();
    return e;
  };
  const settle = (request: Request, entry: Entry | null) => {
    const r = requests.get(request);
    if (!r?.owner) return;
    r.owner = false;
    const pending = inflight.get(r.key);
    if (pending) {
      inflight.delete(r.key);
      pending.settle(entry);
    }
  };

  return {
    stats: () => ({ hits, misses, entries: entries.size, bytes }),

    async onParams({ params, request, setResult }) {
      const state = graphStateOf(request);
      if (!state) return;
      const key = cacheKey(state.version, params);
      if (!key) return;
      const hit = entries.get(key);
      if (hit) {
        hits++;
        touch(key, hit);
        requests.set(request, { key, outcome: 'hit', owner: false, entry: hit });
        setResult(withJson({}, hit.json) as never);
        return;
      }
      const pending = inflight.get(key);
      if (pending) {
        const shared = await pending.promise;
        if (shared) {
          hits++;
          requests.set(request, { key, outcome: 'shared', owner: false, entry: shared });
          setResult(withJson({}, shared.json) as never);
          return;
        }
      }
      misses++;
      let resolve!: (e: Entry | null) => void;
      const promise = new Promise<Entry | null>((r) => (resolve = r));
      if (!inflight.has(key)) {
        inflight.set(key, { promise, settle: resolve });
        requests.set(request, { key, outcome: 'miss', owner: true });
      } else requests.set(request, { key, outcome: 'miss', owner: false });
    },

    onExecutionResult({ request, result }) {
      const r = requests.get(request);
      if (!r || r.outcome !== 'miss') return;
      const json = jsonOf(result);
      // Only answers useResultLimit serialised are kept: those have no errors and are under its cap.
      const entry = json !== undefined && !Array.isArray(result) ? put(r.key, json) : null;
      if (entry) r.entry = entry;
      settle(request, entry);
    },

    onResponse({ request, response, setResponse, fetchAPI }) {
      const r = requests.get(request);
      if (!r) return;
      // A request that ended before its result (a thrown error) must not leave others waiting.
      settle(request, null);
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('x-response-cache', r.outcome);
      const e = r.entry;
      if (e && response.status === 200 && e.json.length >= MIN_GZIP_BYTES && entries.get(r.key) === e) {
        headers.append('vary', 'accept-encoding');
        if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
          if (!e.gzip) {
            e.gzip = gzipSync(e.json);
            e.bytes += e.gzip.length;
            bytes += e.gzip.length;
            evict();
          }
          headers.set('content-encoding', 'gzip');
          headers.set('content-length', String(e.gzip.length));
          setResponse(new fetchAPI.Response(e.gzip as unknown as BodyInit, { status: response.status, headers }));
          return;
        }
      }
      setResponse(new fetchAPI.Response(response.body, { status: response.status, headers }));
    },
  };
}
