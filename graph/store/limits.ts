/**
 * What a store can hold, in one place, so both adapters refuse the same
 * documents. Neo4j keeps every node's `id` in a RANGE index (the uniqueness
 * constraints), and a RANGE index refuses a value over about 8 KB ("Property
 * value is too large to index"; measured on 5.26: 8,164 bytes of UTF-8 pass,
 * 8,165 fail). The embedded store has no such limit of its own, so without
 * this check it took documents that Neo4j refused.
 */

/** Properties kept in an index, on nodes; their values are bounded by MAX_INDEXED_BYTES. */
export const INDEXED_NODE_PROPERTIES = ['id'] as const;

/** The longest indexed value, in UTF-8 bytes: a little under Neo4j's measured 8,164, for headroom across versions. */
export const MAX_INDEXED_BYTES = 8_000;

/** UTF-8 length without allocating a buffer for short strings (any string of ≤ MAX/3 chars fits). */
export function indexedValueFits(value: string): boolean {
  if (value.length * 3 <= MAX_INDEXED_BYTES) return true;
  return Buffer.byteLength(value, 'utf8') <= MAX_INDEXED_BYTES;
}
