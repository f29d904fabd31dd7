/**
 * A time limit per request: an operation that runs longer is answered with a
 * TIMEOUT error instead of tying up the server, and its work is cancelled:
 * the request's AbortController (in the context, see createServer) fires, and
 * the resolvers, which run in bounded slices (graph/query WorkSlices), stop at
 * their next slice. A client that goes away cancels its work the same way.
 * The clock starts when execution starts, after useGraphState has heard from
 * the store, so a store that does not answer is STORE_UNAVAILABLE, not TIMEOUT.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** What this plugin needs from the context: the request's controller, when it has one. */
interface Cancellable {
  controller?: AbortController;
  request?: Request;
}

/** Ends execution after `ms` milliseconds with a TIMEOUT error, and aborts the request's work. */
export function useTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const ctx = (args.contextValue ?? {}) as Cancellable;
        let timer: NodeJS.Timeout | undefined;
        const message = `The request took longer than ${ms} ms and was stopped. Ask for less: fewer fields or aliases, a \`limit\`, or a filter.`;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            ctx.controller?.abort(new Error(message));
            reject(createGraphQLError(message, { extensions: { code: 'TIMEOUT', http: { status: 503 } } }));
          }, ms);
        });
        const gone = () => ctx.controller?.abort(new Error('The client went away.'));
        ctx.request?.signal?.addEventListener('abort', gone, { once: true });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
          ctx.request?.signal?.removeEventListener('abort', gone);
        }
      });
    },
  };
}
