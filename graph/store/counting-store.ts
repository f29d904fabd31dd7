/**
 * A store wrapper that counts round trips, for tests and benchmarks that
 * check a request costs the store a bounded number of calls.
 */
import type { GraphStore } from './GraphStore.ts';

/** The store, and a live tally of calls per method. */
export interface CountingStore {
  store: GraphStore;
  calls: Record<string, number>;
  total(): number;
  reset(): void;
}

/** Wraps a store so every port call is counted. */
export function countingStore(inner: GraphStore): CountingStore {
  const calls: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    total: () => Object.entries(calls).filter(([k]) => k !== 'describe').reduce((s, [, n]) => s + n, 0),
    reset: () => Object.keys(calls).forEach((k) => delete calls[k]),
  };
}
