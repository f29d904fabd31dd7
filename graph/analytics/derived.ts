/**
 * Analytics derived from the whole graph (overlaps, brokers, sector gaps,
 * unclear responsibility), computed once per graph version and shared by
 * every request. The key is the reader's base data, which GraphReader's
 * version cache makes anew whenever the graph version changes.
 */
import type { GraphReader } from '../query/index.ts';

const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

/** The value for `key` at the reader's graph version, computed once. A failed computation is not kept. */
export async function derived<T>(reader: GraphReader, key: string, compute: () => Promise<T>): Promise<T> {
  const base = await reader.base();
  let values = caches.get(base);
  if (!values) caches.set(base, (values = new Map()));
  let value = values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
  }
  return value;
}
