/**
 * At most `limit` large GraphQL executions at a time; the rest wait their turn
 * in order. Each execution of a whole-graph query at national scale holds some
 * tens of MB until its answer is written: 64 at once (the API benchmark's
 * concurrency 64 on the whole coordination network) ran the server out of
 * heap and took it down. Waiting in the queue counts against the request's
 * time limit (useTimeout wraps this plugin), and a request whose time ran out
 * or whose client left while it waited is not run at all.
 *
 * Small queries do not queue. A query useCostLimit priced at most `smallCost`
 * (its lists' expected rows times their fields) runs at once: an actor's
 * details, a search, a path or the system table hold little while they run,
 * and queueing them behind whole-graph queries only made them wait. With a
 * queue for everything, the API benchmark's actor, path and table queries at
 * 16 and 64 clients answered later than with no queue at all, in the same
 * throughput. A query that was not priced (useCostLimit not in the chain)
 * queues.
 */
import type { Plugin } from 'graphql-yoga';
import pLimit from 'p-limit';
import { pricedCost } from './use-cost-limit.ts';

interface Cancellable {
  controller?: AbortController;
}

export interface ConcurrencyOptions {
  /** Large executions at once (default 8). */
  limit?: number;
  /** Queries priced at most this run without queueing (default 50,000; 0 queues every query). */
  smallCost?: number;
}

/** The default line between small and large queries: the national system table (about 16,000) is small, the whole network (about 160,000) large. */
export const SMALL_QUERY_COST = 50_000;

export function useConcurrency(options: ConcurrencyOptions = {}): Plugin {
  const queue = pLimit(Math.max(1, Math.floor(options.limit ?? 8)));
  const smallCost = options.smallCost ?? SMALL_QUERY_COST;
  return {
    onExecute({ args: { contextValue }, executeFn, setExecuteFn }) {
      const cost = pricedCost(contextValue);
      if (cost !== undefined && cost <= smallCost) return;
      setExecuteFn((args) => {
        const signal = ((args.contextValue ?? {}) as Cancellable).controller?.signal;
        return queue(() => {
          // Stopped while it waited: the timeout or the client's leaving has answered it already.
          if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('The request was stopped.');
          return executeFn(args);
        });
      });
    },
  };
}
