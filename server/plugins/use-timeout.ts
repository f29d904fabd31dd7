/**
 * A time limit per request: an operation that runs longer is answered with a
 * TIMEOUT error instead of tying up the server, and its work is cancelled:
 * the request's AbortController (in the context, see createServer) fires, and
 * the resolvers, which run in bounded slices (graph/query WorkSlices), stop at
 * their next slice. A client that goes away cancels its work the same way.
 * The clock starts when execution starts, after useGraphState has heard from
 * the store, so a store that does not answer is STORE_UNAVAILABLE, not TIMEOUT.
 * It stops while the request waits for the version's shared work (below).
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { WaitClock, withWaitClock } from '../../graph/query/index.ts';

/** What this plugin needs from the context: the request's controller, when it has one. */
interface Cancellable {
  controller?: AbortController;
  request?: Request;
}

/** The longest a request waits for the graph version's shared work, by default. */
export const DEFAULT_MAX_WAIT_MS = 120_000;

/**
 * Ends execution after `ms` milliseconds of the request's own work with a
 * TIMEOUT error, and aborts that work. Time spent waiting for work the graph
 * version's requests share (its read model, layouts and analytics, made once
 * when the version is: graph/query sharedWork) is not counted, up to
 * `maxWaitMs` in all; a request still waiting then is told the graph is being
 * prepared, with TIMEOUT (which clients ask again on) and a retry hint.
 */
export function useTimeout(ms: number, options: { maxWaitMs?: number } = {}): Plugin {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const ctx = (args.contextValue ?? {}) as Cancellable;
        const clock = new WaitClock();
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const message = `The request took longer than ${ms} ms and was stopped. Ask for less: fewer fields or aliases, a \`limit\`, or a filter.`;
        const preparing = `The graph is still being prepared (its read model, layouts and analytics are made once per graph version); this request waited ${Math.round(maxWaitMs / 1000)} s for it. Ask again shortly.`;
        const timeout = new Promise<never>((_, reject) => {
          const check = () => {
            const elapsed = performance.now() - started;
            const ran = elapsed - clock.waitedMs;
            const waitedTooLong = clock.waiting && elapsed >= maxWaitMs;
            if (ran < ms && !waitedTooLong) {
              // Waiting for shared work: look again when the request could have used up its own time, or hit the wait's end.
              timer = setTimeout(check, Math.max(10, Math.min(ms - ran, clock.waiting ? maxWaitMs - elapsed : ms - ran)));
              return;
            }
            const text = waitedTooLong ? preparing : message;
            ctx.controller?.abort(new Error(text));
            reject(createGraphQLError(text, { extensions: { code: 'TIMEOUT', http: { status: 503, headers: waitedTooLong ? { 'retry-after': '5' } : undefined } } }));
          };
          timer = setTimeout(check, ms);
        });
        const gone = () => ctx.controller?.abort(new Error('The client went away.'));
        ctx.request?.signal?.addEventListener('abort', gone, { once: true });
        try {
          return await Promise.race([withWaitClock(clock, () => executeFn(args)), timeout]);
        } finally {
          clearTimeout(timer);
          ctx.request?.signal?.removeEventListener('abort', gone);
        }
      });
    },
  };
}
