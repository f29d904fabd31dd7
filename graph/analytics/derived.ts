/**
 * Analytics derived from the whole graph (overlaps, brokers, sector gaps,
 * unclear responsibility), computed once per graph version and shared by
 * every request: kept beside the version's snapshot (graph/query/snapshot),
 * and forgotten with it.
 */
import { sharedWork, versionWork, type GraphSnapshot } from '../query/index.ts';

const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The value for `key` at the snapshot's graph version, computed once (usually
 * when the version is made, see prepare-analytics.ts). A request that asks
 * before it is ready waits for it, and the wait is not counted against its
 * time limit (sharedWork). A failed computation is not kept.
 */
export function derived<T>(snapshot: GraphSnapshot, key: string, compute: () => Promise<T>): Promise<T> {
  let values = caches.get(snapshot);
  if (!values) caches.set(snapshot, (values = new Map()));
  let value = values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = versionWork(compute());
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
  }
  return sharedWork(value);
}

/** The keys computed (or being computed) at the snapshot's version, for tests and diagnostics. */
export function derivedKeys(snapshot: GraphSnapshot): string[] {
  return [...(caches.get(snapshot)?.keys() ?? [])].sort();
}
