/**
 * A time limit per request: an operation that runs longer is answered with a
 * TIMEOUT error instead of tying up the server.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Ends execution after `ms` milliseconds with a TIMEOUT error. */
export function useTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(createGraphQLError(`The request took longer than ${ms} ms and was stopped.`, { extensions: { code: 'TIMEOUT', http: { status: 503 } } })), ms);
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
