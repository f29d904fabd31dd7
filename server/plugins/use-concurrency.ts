/**
 * At most `limit` GraphQL executions at a time; the rest wait their turn in
 * order. Each execution of a whole-graph query at national scale holds some
 * tens of MB until its answer is written: 64 at once (the API benchmark's
 * concurrency 64 on the whole coordination network) ran the server out of
 * heap and took it down. Waiting in the queue counts against the request's
 * time limit (useTimeout wraps this plugin), and a request whose time ran out
 * or whose client left while it waited is not run at all.
 */
import type { Plugin } from 'graphql-yoga';
import pLimit from 'p-limit';

interface Cancellable {
  controller?: AbortController;
}

export function useConcurrency(limit: number): Plugin {
  const queue = pLimit(Math.max(1, Math.floor(limit)));
  return {
    onExecute({ executeFn, setExecuteFn }) {
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
