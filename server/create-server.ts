/**
 * createServer({ store }) → the yoga app: the schema from schema.graphql,
 * thin resolvers over a per-request GraphReader, and the safety plugins:
 * depth, alias and token limits, a cost limit priced by the graph's list
 * sizes, a time limit that cancels the work, a cap on the answer's size,
 * read-only, masked errors, CORS, and (optionally) a byte-bounded response
 * cache. Resolvers run in bounded slices (WorkSlices), so no request holds
 * the event loop for long and /health always answers.
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphReader, snapshotsOf, WorkSlices, type VersionWork } from '../graph/query/index.ts';
import { prepareAnalytics } from '../graph/analytics/index.ts';
import type { GraphStore } from '../graph/store/index.ts';
import {
  graphStateOf,
  maskError,
  useCostLimit,
  useGraphState,
  useHealth,
  useQueryLimits,
  useReadOnly,
  useResponseCache,
  useResultLimit,
  useStrictParams,
  useConcurrency,
  useTimeout,
  type ResponseCacheOptions,
} from './plugins/index.ts';
import { resolvers, type Context } from './resolvers/index.ts';

/** The schema's SDL, as shipped in server/schema.graphql. */
export const typeDefs = /* GraphQL */ readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** The limits against abusive queries, and their defaults. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  /** Expected work: fields times the expected rows of their lists in the current graph (see use-cost-limit.ts). */
  maxCost: number;
  maxTokens: number;
  /** The largest answer, in bytes of JSON. */
  maxResultBytes: number;
  /** The largest request body, in bytes (413 past it; yoga's default is 25 MB). */
  maxRequestBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 30, maxCost: 1_000_000, maxTokens: 4_000, maxResultBytes: 32 * 1024 * 1024, maxRequestBytes: 1024 * 1024 };

export interface ServerOptions {
  store: GraphStore;
  /** Origins allowed to call the API from a browser (notebooks elsewhere). Empty: same origin only. */
  corsOrigins?: string[];
  /** Time limit per request, in ms; waiting for the graph version's shared work (read model, layouts, analytics) does not count. */
  timeoutMs?: number;
  /** The longest a request waits for that shared work, in ms (default 120 s); then it is answered TIMEOUT, to ask again. */
  maxWaitMs?: number;
  /** Most large GraphQL executions at a time (default 8); the rest queue, their wait counting against the time limit. Small queries (useConcurrency) do not queue. */
  maxConcurrent?: number;
  /** Limits against abusive queries. */
  limits?: Partial<Limits>;
  /** Cache whole answers per graph version, within a byte budget (see use-response-cache.ts). Default: off here, on in `listen`. */
  responseCache?: boolean | ResponseCacheOptions;
  /** Log function for server messages. */
  log?: (message: string) => void;
  /** Extra plugins, after ours (tests use them as spies). */
  plugins?: Plugin[];
}

/**
 * A long list goes to GraphQL as a list of slots, each released by the work
 * slices: GraphQL completes a list's rows in one synchronous pass, so a list
 * of plain rows is one unbroken piece of work however long it is, while a
 * row that is a pending promise costs that pass almost nothing.
 */
function spread(value: unknown, slices: WorkSlices): unknown {
  return Array.isArray(value) && value.length > 16 ? value.map((row) => slices.run(() => row)) : value;
}

/** Every resolver runs in the request's work slices: it yields the event loop between slices and stops once cancelled. */
function sliced<T extends Record<string, unknown>>(map: T): T {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(map)) {
    const wrapped: Record<string, unknown> = {};
    for (const [field, resolve] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof resolve !== 'function' || field.startsWith('__')) {
        wrapped[field] = resolve;
        continue;
      }
      const f = resolve as (p: unknown, a: unknown, ctx: Context, info: unknown) => unknown;
      wrapped[field] = (p: unknown, a: unknown, ctx: Context, info: unknown) => {
        const slices = ctx.slices;
        if (!slices) return f(p, a, ctx, info);
        const value = slices.run(() => f(p, a, ctx, info));
        return value instanceof Promise ? value.then((v) => spread(v, slices)) : spread(value, slices);
      };
    }
    out[typeName] = wrapped;
  }
  return out as T;
}

/**
 * Prepares each version's analytics, telling the log how long each took; a
 * failure fails only the requests that ask for that analysis (which compute
 * it again). One per store: servers made on one store share its versions.
 */
const preparers = new WeakMap<GraphStore, VersionWork>();
function analyticsWork(store: GraphStore, log?: (message: string) => void): VersionWork {
  let work = preparers.get(store);
  if (!work)
    preparers.set(
      store,
      (work = (s) =>
        void prepareAnalytics(s).then(
          (t) =>
            log?.(
              `analytics of version ${t.version.slice(0, 12)}: overlaps ${Math.round(t.ms.overlaps)} ms, brokers ${Math.round(t.ms.brokers)} ms (analytics thread), ` +
                `unclear responsibility ${Math.round(t.ms.unclearResponsibility)} ms, sector gaps ${Math.round(t.ms.sectorGaps)} ms, counted from when its layouts were made`,
            ),
          (e: Error) => log?.(`analytics of version ${s.version.slice(0, 12)} failed: ${e.message}; a request that asks for one computes it again`),
        )),
    );
  return work;
}

/** The executable schema. */
export function createSchema() {
  return makeExecutableSchema<Context>({ typeDefs, resolvers: sliced(resolvers) });
}

/** The yoga app for a store; use `yoga.fetch` in tests and `yoga` as a Node request handler. */
export function createServer(options: ServerOptions): YogaServerInstance<object, Context> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // The read model of the graph as it is now, built before the first request asks (its layouts follow in a worker).
  const log = options.log;
  const snapshots = snapshotsOf(options.store, {
    onBuilt: log ? (t) => log(`read model of version ${t.version.slice(0, 12)}: store read ${Math.round(t.readMs)} ms, indexed ${Math.round(t.indexMs)} ms, layouts ${Math.round(t.layoutMs)} ms more`) : undefined,
  });
  // Its analytics too, in the analytics thread, so no request computes them (graph/analytics prepareAnalytics).
  snapshots.withEachVersion(analyticsWork(options.store, log));
  snapshots.refresh().catch((e: Error) => log?.(`read model could not be built: ${e.message}; the next request tries again`));
  const origins = options.corsOrigins ?? [];
  const cache = options.responseCache ? useResponseCache(typeof options.responseCache === 'object' ? options.responseCache : {}) : null;
  return createYoga<object, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    maxRequestBodySize: limits.maxRequestBytes,
    // Yoga's own /health answers 200 without asking the store; ours (useHealth) does ask.
    healthCheckEndpoint: '/__yoga/ready',
    graphiql: { title: 'Samkart GraphQL', defaultQuery: DEFAULT_QUERY },
    landingPage: false,
    cors: origins.length ? { origin: origins, methods: ['GET', 'POST', 'OPTIONS'], credentials: false } : false,
    maskedErrors: { maskError, isDev: false },
    context: ({ request }) => {
      const controller = new AbortController();
      const version = request ? graphStateOf(request)?.version : undefined;
      return { reader: new GraphReader(options.store, { version }), controller, slices: new WorkSlices(controller.signal) };
    },
    plugins: [
      useHealth(options.store),
      useStrictParams(),
      useGraphState(options.store),
      // Before the cache: the cache keeps the JSON this serialises.
      useResultLimit(limits.maxResultBytes),
      ...(cache ? [cache] : []),
      useReadOnly(),
      useQueryLimits({ maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxTokens: limits.maxTokens, maxDirectives: 20 }),
      useCostLimit(limits.maxCost),
      // Inside the timeout (plugins listed later wrap those before): a queued request's wait counts against its limit.
      useConcurrency({ limit: options.maxConcurrent }),
      useTimeout(options.timeoutMs ?? 10_000, { maxWaitMs: options.maxWaitMs }),
      ...(options.plugins ?? []),
    ],
    logging: options.log ? { debug: () => {}, info: () => {}, warn: (...a) => options.log!(a.join(' ')), error: (...a) => options.log!(a.join(' ')) } : false,
  });
}

const DEFAULT_QUERY = /* GraphQL */ `# Samkart: who is responsible for what in services for vulnerable children and youth.
# Try: the documents, then a measure with its responsible bodies and evidence.
{
  documents { id title fileName year }
  measures(limit: 3) {
    number title status statusText
    responsible { name abbreviation }
    evidence { quote }
  }
}
`;
