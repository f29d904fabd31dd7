/**
 * The graph's version and list sizes, once per request, before anything else
 * looks at the operation: the response cache keys on the version, the cost
 * limit prices lists with the sizes, and the request's reader starts from the
 * same version. Sizes come from the store's counts, fetched once per graph
 * version. When the store does not answer, the request ends here with
 * STORE_UNAVAILABLE (the store's own deadline and circuit breaker bound the
 * wait), so no request-time limit is spent waiting for a store that is down:
 * TIMEOUT is for work that ran.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { GraphError, StoreUnavailableError } from '../../graph/model/index.ts';
import { listSizes, type ListSizes } from '../../graph/query/index.ts';
import type { GraphStore } from '../../graph/store/index.ts';

/** What one request knows about the graph before it runs. */
export interface GraphState {
  version: string;
  sizes: ListSizes;
}

const states = new WeakMap<Request, GraphState>();

/** The state useGraphState found for a request, if it ran. */
export function graphStateOf(request: Request): GraphState | undefined {
  return states.get(request);
}

/** Fetches the version (and, on a new version, the counts) for every GraphQL request. */
export function useGraphState(store: GraphStore): Plugin {
  let last: { version: string; sizes: Promise<ListSizes> } | null = null;
  return {
    async onParams({ request }) {
      try {
        const version = await store.version();
        if (last?.version !== version) {
          const entry = { version, sizes: store.counts().then(listSizes) };
          last = entry;
          entry.sizes.catch(() => {
            if (last === entry) last = null;
          });
        }
        states.set(request, { version, sizes: await last.sizes });
      } catch (e) {
        const error = e instanceof GraphError ? e : new StoreUnavailableError('The graph store does not answer.', { cause: e });
        throw createGraphQLError(error.message, { extensions: { code: error.code, http: { status: error.code === 'STORE_UNAVAILABLE' ? 503 : 500 } } });
      }
    },
  };
}
