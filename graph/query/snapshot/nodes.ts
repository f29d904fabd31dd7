/**
 * Nodes and their relations, read from a snapshot: by id, by label, and at
 * the other end of a node's relations, in name order. Pure and synchronous.
 */
import { NotFoundError, type Evidence, type EvidenceRef, type GraphEdge, type NodeLabel, type RelType } from '../../model/index.ts';
import { byName, type DocumentView, type NodeView } from '../views.ts';
import type { GraphSnapshot, RelationsByType } from './snapshot.ts';

export type Direction = 'out' | 'in' | 'both';

/** Any node by id, or null. */
export function node(s: GraphSnapshot, id: string): NodeView | null {
  return s.byId.get(id) ?? null;
}

/** A node of a given label, or null when unknown or of another label. */
export function nodeOf<T extends NodeView>(s: GraphSnapshot, id: string, label: NodeLabel): T | null {
  const n = s.byId.get(id);
  return n && n.__typename === label ? (n as T) : null;
}

/** A node that must exist; NotFoundError otherwise. */
export function requireNode(s: GraphSnapshot, id: string, what = 'node'): NodeView {
  const n = s.byId.get(id);
  if (!n) throw new NotFoundError(`no ${what} with id "${id}"`);
  return n;
}

/** Nodes by id, unknown ones left out, in the order asked. */
export function nodesById(s: GraphSnapshot, ids: readonly string[]): NodeView[] {
  const out: NodeView[] = [];
  for (const id of ids) {
    const n = s.byId.get(id);
    if (n) out.push(n);
  }
  return out;
}

const byEdgeId = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function pick(byType: RelationsByType | undefined, types: readonly RelType[]): readonly GraphEdge[] {
  if (!byType) return [];
  if (types.length === 1) return byType.get(types[0]) ?? [];
  return [...new Set(types)].flatMap((t) => byType.get(t) ?? []).sort(byEdgeId);
}

/** One node's edges of some types in one direction, in id order (a self-loop once). */
export function edgesOf(s: GraphSnapshot, id: string, direction: Direction, types: readonly RelType[]): readonly GraphEdge[] {
  if (direction === 'out') return pick(s.out.get(id), types);
  if (direction === 'in') return pick(s.into.get(id), types);
  return [...pick(s.out.get(id), types), ...pick(s.into.get(id), types).filter((e) => e.source !== id)].sort(byEdgeId);
}

/** Sorts views of one label by their place in its name order; mixed labels by name. */
export function sortByName<T extends NodeView>(s: GraphSnapshot, views: T[]): T[] {
  if (views.length < 2) return views;
  const label = views[0].__typename;
  if (views.some((v) => v.__typename !== label)) return views.sort(byName);
  return views.sort((a, b) => s.nameRank.get(a.id)! - s.nameRank.get(b.id)!);
}

/** The nodes at the other end of a node's relations of some types, each once, by name. */
export function related<T extends NodeView>(s: GraphSnapshot, id: string, direction: 'out' | 'in', types: readonly RelType[]): T[] {
  const ends = edgesOf(s, id, direction, types).map((e) => (direction === 'out' ? e.target : e.source));
  return sortByName(s, nodesById(s, ends.length > 1 ? [...new Set(ends)] : ends) as T[]);
}

export type EvidenceView = Evidence & { document: DocumentView };

/** Per snapshot, the views of long evidence lists already made (keyed by the snapshot's own, immutable ref arrays). */
const longLists = new WeakMap<GraphSnapshot, WeakMap<readonly EvidenceRef[], readonly EvidenceView[]>>();
/** Lists at least this long are kept: a national hub's (an actor named in a thousand documents) took milliseconds per request to make again. */
const KEEP_FROM = 32;

/** Evidence with its document and quote, in the order given; spans of unknown documents are left out. */
export function evidence(s: GraphSnapshot, refs: readonly EvidenceRef[]): readonly EvidenceView[] {
  if (refs.length < KEEP_FROM) return evidenceViews(s, refs);
  let kept = longLists.get(s);
  if (!kept) longLists.set(s, (kept = new WeakMap()));
  let views = kept.get(refs);
  if (!views) kept.set(refs, (views = evidenceViews(s, refs)));
  return views;
}

function evidenceViews(s: GraphSnapshot, refs: readonly EvidenceRef[]): EvidenceView[] {
  const out: EvidenceView[] = [];
  for (const r of refs) {
    const document = s.byId.get(r.documentId);
    if (document?.__typename === 'Document') out.push({ documentId: r.documentId, start: r.start, end: r.end, document, quote: document.text.slice(r.start, r.end) });
  }
  return out;
}
