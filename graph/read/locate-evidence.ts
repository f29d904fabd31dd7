/**
 * Where a piece of evidence is in its original file, from the source map a
 * Document node carries (as JSON, so both stores hold it as a string). Maps
 * are parsed once and kept for a few documents; each answer is kept per
 * evidence object, so the four GraphQL fields cost one lookup.
 */
import { locateSpan, type SourceLocation } from './source-map.ts';
import type { SourceMap } from './types.ts';

const MAX_PARSED = 32;
const parsed = new Map<string, SourceMap | null>();
const located = new WeakMap<object, SourceLocation>();

/** The map in a Document's `sourceMap` property, parsed (null when it has none or it does not parse). */
export function parseSourceMap(json: string | null | undefined): SourceMap | null {
  if (!json) return null;
  if (parsed.has(json)) return parsed.get(json)!;
  let map: SourceMap | null;
  try {
    const value = JSON.parse(json) as SourceMap;
    map = Array.isArray(value?.spans) && Array.isArray(value?.pages) ? value : null;
  } catch {
    map = null;
  }
  if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
  parsed.set(json, map);
  return map;
}

/** Page, page label, location and boxes of an evidence span, given its document's source map JSON. */
export function locateEvidence(evidence: { start: number; end: number; document: { sourceMap?: string | null } }): SourceLocation {
  const had = located.get(evidence);
  if (had) return had;
  const where = locateSpan(parseSourceMap(evidence.document.sourceMap), evidence.start, evidence.end);
  located.set(evidence, where);
  return where;
}
