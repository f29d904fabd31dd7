/**
 * GET /health: which store, and whether it answers. 200 when it does, 503
 * when it does not; the server itself stays up either way.
 */
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../graph/store/index.ts';

/** Answers /health from the store's ping. */
export function useHealth(store: GraphStore, timeoutMs = 3_000): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      let ok = true;
      let error: string | undefined;
      try {
        await Promise.race([
          store.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
        ]);
      } catch (e) {
        ok = false;
        error = (e as Error).message;
      }
      const body = { status: ok ? 'ok' : 'unavailable', store: store.kind, description: store.describe(), ...(error ? { error } : {}) };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: ok ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
