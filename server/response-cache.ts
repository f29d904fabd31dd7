/**
 * Whole GraphQL responses cached per graph version. The graph changes only
 * when documents are loaded, and every change moves the store's version, so a
 * response for the same request at the same version is the same bytes: the
 * second asker gets them without running the query. Only successful answers
 * (status 200, JSON, no `errors`) are kept; the key holds everything that can
 * change the answer (version, method, URL, body, Accept, Origin), and
 * identical requests that arrive together are computed once. The header
 * `x-response-cache` says which happened: hit, shared (computed once for
 * several) or miss. A kept answer is also kept gzipped (made once, on the
 * first request that accepts gzip), since the big ones (the whole network,
 * the matrix) are megabytes of JSON that compress about tenfold.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { GraphStore } from '../graph/store/index.ts';

interface Entry {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Kept in the cache (so worth compressing once). */
  kept?: boolean;
  /** The body gzipped, made on the first request that accepts gzip. */
  gzip?: Buffer;
}

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const MIN_GZIP_BYTES = 2048;

export interface ResponseCacheOptions {
  /** Total bytes of cached bodies (default 128 MB); the least recently used go first. */
  maxBytes?: number;
  /** Larger bodies are never cached (default 16 MB). */
  maxEntryBytes?: number;
  /** Largest request body read (default 1 MB); larger requests pass through uncached. */
  maxRequestBytes?: number;
}

/** Answers a request through a fetch-style handler (yoga's `fetch`). */
export type FetchHandler = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<Response>;

/** Counters, for logs and benchmarks. */
export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** The cache and a Node request handler that uses it in front of `fetchHandler`. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  private readonly maxRequestBytes: number;

  constructor(
    private readonly store: GraphStore,
    private readonly fetchHandler: FetchHandler,
    options: ResponseCacheOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
    this.maxEntryBytes = options.maxEntryBytes ?? 16 * 1024 * 1024;
    this.maxRequestBytes = options.maxRequestBytes ?? 1024 * 1024;
  }

  stats(): ResponseCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  /** Handles a GET or POST to the GraphQL endpoint; `passThrough` gets everything this cache does not take. */
  async handle(req: IncomingMessage, res: ServerResponse, passThrough: () => void): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'POST') return passThrough();
    let body = '';
    if (req.method === 'POST') {
      const read = await readBody(req, this.maxRequestBytes);
      if (read === null) {
        res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Request body too large\n');
        return;
      }
      body = read;
    }
    const headers = plainHeaders(req);
    const url = `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/graphql'}`;
    const compute = async (): Promise<Entry> => {
      const response = await this.fetchHandler(url, { method: req.method!, headers, body: req.method === 'POST' ? body : undefined });
      const out: Record<string, string> = {};
      response.headers.forEach((v, k) => (out[k.toLowerCase()] = v));
      return { status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) };
    };
    let version: string | null = null;
    try {
      version = await this.store.version();
    } catch {
      // The store does not answer: let the query report it, uncached.
    }
    let entry: Entry;
    let outcome = 'miss';
    if (version === null) entry = await compute();
    else {
      const key = [version, req.method, req.url, headers.accept ?? '', headers.origin ?? '', headers['content-type'] ?? '', body].join('\n');
      const hit = this.entries.get(key);
      if (hit) {
        this.hits++;
        // Most recently used last.
        this.entries.delete(key);
        this.entries.set(key, hit);
        entry = hit;
        outcome = 'hit';
      } else {
        let pending = this.inflight.get(key);
        if (!pending) {
          this.misses++;
          pending = compute().then((e) => {
            if (cacheable(e) && e.body.length <= this.maxEntryBytes) this.put(key, e);
            return e;
          });
          this.inflight.set(key, pending);
          pending.finally(() => this.inflight.delete(key)).catch(() => {});
        } else {
          this.hits++;
          outcome = 'shared';
        }
        entry = await pending;
      }
    }
    const out: Record<string, string> = { ...entry.headers, 'x-response-cache': outcome };
    let bytes = entry.body;
    if (entry.kept && entry.body.length >= MIN_GZIP_BYTES) {
      out.vary = 'accept-encoding';
      if (/\bgzip\b/.test(headers['accept-encoding'] ?? '')) {
        if (!entry.gzip) {
          entry.gzip = gzipSync(entry.body);
          this.bytes += entry.gzip.length;
        }
        bytes = entry.gzip;
        out['content-encoding'] = 'gzip';
        out['content-length'] = String(bytes.length);
      }
    }
    res.writeHead(entry.status, out);
    res.end(bytes);
  }

  private put(key: string, e: Entry): void {
    e.kept = true;
    this.entries.set(key, e);
    this.bytes += e.body.length;
    for (const [k, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= old.body.length + (old.gzip?.length ?? 0);
    }
  }
}

/** A successful JSON answer with no errors in it. */
function cacheable(e: Entry): boolean {
  return e.status === 200 && /json/.test(e.headers['content-type'] ?? '') && e.body.indexOf('"errors":') === -1;
}

function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** The request body as text, or null when it is longer than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
