/**
 * The typed API client: the only place in the explorer that does I/O. Every
 * call is one POST to /graphql; GraphQL errors come back as ApiError with the
 * server's `extensions.code` (or NETWORK_ERROR / HTTP_ERROR / BAD_RESPONSE).
 */
import type { BrokerMapQuery, BrokersQuery, CoordinationQuery, EvidenceOfQuery, GroupMeasuresQuery, GroupMembersQuery, OverviewQuery, DocumentQuery, GraphQuery, MetaQuery, NodeDetailsQuery, OverlapsQuery, PathQuery, SearchQuery, SectorGapsQuery, SystemMatrixQuery, UnclearResponsibilityQuery } from './operations.generated.ts';
import {
  BROKERS_QUERY,
  BROKER_MAP_QUERY,
  COORDINATION_QUERY,
  SECTOR_GAPS_QUERY,
  UNCLEAR_RESPONSIBILITY_QUERY,
  DOCUMENT_QUERY,
  EVIDENCE_OF_QUERY,
  OVERLAPS_QUERY,
  GRAPH_QUERY,
  META_QUERY,
  NODE_QUERY,
  PATH_QUERY,
  SEARCH_QUERY,
  SYSTEM_MATRIX_QUERY,
  OVERVIEW_QUERY,
  GROUP_MEMBERS_QUERY,
  GROUP_MEASURES_QUERY,
} from './queries.ts';
import type {
  ActorRef,
  MeasureRef,
  Overview,
  OverviewFilterInput,
  Broker,
  BrokerMap,
  Coordination,
  ResponsibilityFlag,
  SectorGapMatrix,
  DocumentFull,
  GraphFilterInput,
  Meta,
  NodeDetails,
  Effort,
  Overlap,
  Path,
  SearchHit,
  Evidence,
  Subgraph,
  SystemMatrix,
} from './types.ts';

/** An error from the API, with a machine-readable code. */
export class ApiError extends Error {
  readonly code: string;
  readonly path: readonly (string | number)[] | undefined;
  constructor(message: string, code: string, path?: readonly (string | number)[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = path;
  }
}

interface GraphQLErrorJson {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/**
 * How the explorer names bodies and writes generated text: renamed bodies
 * fold into one line under the name of `asOfYear` (today's when null), and
 * names and explanations come in `language`.
 */
export interface Naming {
  language: 'NB' | 'EN';
  asOfYear: number | null;
}
export const DEFAULT_NAMING: Naming = { language: 'NB', asOfYear: null };

export interface ApiClientOptions {
  /** Where to POST; '/graphql' by default. */
  endpoint?: string;
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch;
  naming?: Naming;
  /**
   * Waits before asking again when the server answers that it is busy (TIMEOUT,
   * STORE_UNAVAILABLE): after a start or a load it builds the new graph
   * version's read model, and a large graph takes a while. Reads are safe to
   * repeat. Default: 1, 2, 4, 8 and 15 s.
   */
  retryDelaysMs?: readonly number[];
}

/** Error codes that mean "try again shortly", not "this will never work". */
const RETRYABLE = new Set(['TIMEOUT', 'STORE_UNAVAILABLE']);
const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface ApiClient {
  /** The naming this client asks for. */
  readonly naming: Naming;
  /** A part of a cache key that changes when the naming does. */
  readonly namingKey: string;
  /** The same client, naming bodies and writing text as `naming` says. */
  withNaming(naming: Naming): ApiClient;
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
  meta(signal?: AbortSignal): Promise<Meta>;
  systemMatrix(signal?: AbortSignal): Promise<SystemMatrix>;
  graph(filter: GraphFilterInput, signal?: AbortSignal): Promise<Subgraph>;
  node(id: string, signal?: AbortSignal): Promise<NodeDetails | null>;
  coordination(actorIds: string[], signal?: AbortSignal): Promise<Coordination[]>;
  path(from: string, to: string, maxHops: number, signal?: AbortSignal): Promise<Path | null>;
  search(text: string, limit?: number, signal?: AbortSignal): Promise<SearchHit[]>;
  document(id: string, signal?: AbortSignal): Promise<DocumentFull | null>;
  /** The quotes of each node or link id (with page and place), for exports; asked in batches of at most 2000. */
  evidenceOf(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, Evidence[]>>;
  overlaps(minScore: number, limit: number, signal?: AbortSignal): Promise<Overlap[]>;
  brokers(limit: number, signal?: AbortSignal): Promise<Broker[]>;
  /** The brokers' map: the linked network whole when small, else the `top` leading brokers and the bodies they bridge. */
  brokerMap(top: number, signal?: AbortSignal): Promise<BrokerMap>;
  /** The sector × sector matrix; `levelIds` narrows it to links between bodies at those levels. */
  sectorGaps(levelIds: string[] | null, signal?: AbortSignal): Promise<SectorGapMatrix>;
  unclearResponsibility(signal?: AbortSignal): Promise<ResponsibilityFlag[]>;
  /** The level-of-detail map of a view: groups where it would draw more than the budget. */
  overview(filter: OverviewFilterInput, signal?: AbortSignal): Promise<Overview>;
  /** Actors of an overview or matrix group, by name; `text` searches them. */
  groupMembers(id: string, text: string | null, limit: number, signal?: AbortSignal): Promise<ActorRef[]>;
  /** Measures of an OWNER_STATUS group; `text` searches number and title. */
  groupMeasures(id: string, text: string | null, limit: number, signal?: AbortSignal): Promise<MeasureRef[]>;
}

/** Ids per evidenceOf request (the server takes 2000). */
const EVIDENCE_BATCH = 2000;

/** Creates a client that POSTs GraphQL requests to `endpoint`. */
const isEffort = (n: { __typename: string }): n is Effort => n.__typename === 'Measure' || n.__typename === 'Initiative';

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const endpoint = options.endpoint ?? '/graphql';
  const naming = options.naming ?? DEFAULT_NAMING;
  const named = { language: naming.language, asOfYear: naming.asOfYear };
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;

  async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestOnce<T>(query, variables, signal);
      } catch (err) {
        if (!(err instanceof ApiError) || !RETRYABLE.has(err.code) || attempt >= retryDelays.length) throw err;
        await wait(retryDelays[attempt], signal);
      }
    }
  }

  async function requestOnce<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(`Could not reach the server: ${(err as Error).message}`, 'NETWORK_ERROR');
    }
    let body: { data?: T | null; errors?: GraphQLErrorJson[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(`The server answered ${response.status} without JSON`, response.ok ? 'BAD_RESPONSE' : 'HTTP_ERROR');
    }
    if (body.errors && body.errors.length > 0) {
      const first = body.errors[0];
      throw new ApiError(first.message ?? 'Unknown error', first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.path);
    }
    if (!response.ok) throw new ApiError(`The server answered ${response.status}`, 'HTTP_ERROR');
    if (body.data == null) throw new ApiError('The server sent no data', 'BAD_RESPONSE');
    return body.data;
  }

  return {
    naming,
    namingKey: `${naming.language}:${naming.asOfYear ?? 'now'}`,
    withNaming: (next) => createApiClient({ ...options, naming: next }),
    request,
    meta: (signal) => request<MetaQuery>(META_QUERY, {}, signal),
    systemMatrix: async (signal) =>
      (await request<SystemMatrixQuery>(SYSTEM_MATRIX_QUERY, named, signal)).systemMatrix,
    graph: async (filter, signal) =>
      (await request<GraphQuery>(GRAPH_QUERY, { filter: { foldRenames: true, ...named, ...filter } }, signal)).graph,
    node: async (id, signal) => (await request<NodeDetailsQuery>(NODE_QUERY, { id, language: naming.language }, signal)).node,
    coordination: async (actorIds, signal) =>
      (await request<CoordinationQuery>(COORDINATION_QUERY, { actorIds }, signal)).coordination,
    path: async (from, to, maxHops, signal) =>
      (await request<PathQuery>(PATH_QUERY, { from, to, maxHops }, signal)).path,
    search: async (text, limit = 10, signal) =>
      (await request<SearchQuery>(SEARCH_QUERY, { text, limit }, signal)).search,
    document: async (id, signal) =>
      (await request<DocumentQuery>(DOCUMENT_QUERY, { id }, signal)).document,
    evidenceOf: async (ids, signal) => {
      const out = new Map<string, Evidence[]>();
      for (let i = 0; i < ids.length; i += EVIDENCE_BATCH) {
        const sets = (await request<EvidenceOfQuery>(EVIDENCE_OF_QUERY, { ids: ids.slice(i, i + EVIDENCE_BATCH) }, signal)).evidenceOf;
        for (const s of sets) out.set(s.id, s.evidence);
      }
      return out;
    },
    overlaps: async (minScore, limit, signal) =>
      // The schema types a and b as any Node; the server pairs only measures and initiatives.
      (await request<OverlapsQuery>(OVERLAPS_QUERY, { minScore, limit, language: naming.language }, signal)).overlaps.filter(
        (o): o is typeof o & Overlap => isEffort(o.a) && isEffort(o.b),
      ),
    brokers: async (limit, signal) => (await request<BrokersQuery>(BROKERS_QUERY, { limit }, signal)).brokers,
    brokerMap: async (top, signal) => (await request<BrokerMapQuery>(BROKER_MAP_QUERY, { top, ...named }, signal)).brokerMap,
    sectorGaps: async (levelIds, signal) =>
      (await request<SectorGapsQuery>(SECTOR_GAPS_QUERY, { levelIds }, signal)).sectorGaps,
    overview: async (filter, signal) => (await request<OverviewQuery>(OVERVIEW_QUERY, { filter: { foldRenames: true, ...named, ...filter } }, signal)).overview,
    groupMembers: async (id, text, limit, signal) => (await request<GroupMembersQuery>(GROUP_MEMBERS_QUERY, { id, text, limit }, signal)).groupMembers,
    groupMeasures: async (id, text, limit, signal) => (await request<GroupMeasuresQuery>(GROUP_MEASURES_QUERY, { id, text, limit }, signal)).groupMeasures,
    unclearResponsibility: async (signal) =>
      (await request<UnclearResponsibilityQuery>(UNCLEAR_RESPONSIBILITY_QUERY, { language: naming.language }, signal)).unclearResponsibility,
  };
}
