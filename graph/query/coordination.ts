/**
 * Coordination pairs: COORDINATES_WITH edges (one per kind) merged per pair of
 * actors, weighted by the number of independent pieces of evidence.
 */
import { COORDINATION_KINDS, evidenceKey, mergeEvidence, type CoordinationKind, type GraphEdge } from '../model/index.ts';
import type { CoordinationView } from './views.ts';
import { correctionNotesOf } from '../store/index.ts';

const correctionNotes = (e: GraphEdge) => correctionNotesOf(e.props);

/** Merges coordination edges per unordered pair; heaviest first, then by ids. */
export function mergeCoordination(edges: readonly GraphEdge[]): CoordinationView[] {
  const pairs = new Map<string, { s: string; t: string; kinds: Set<CoordinationKind>; edges: GraphEdge[] }>();
  for (const e of edges) {
    if (e.type !== 'COORDINATES_WITH') continue;
    const [s, t] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${s}\u0000${t}`;
    const pair = pairs.get(key) ?? { s, t, kinds: new Set(), edges: [] };
    pair.kinds.add(e.props.kind as CoordinationKind);
    pair.edges.push(e);
    pairs.set(key, pair);
  }
  const out: CoordinationView[] = [];
  for (const p of pairs.values()) {
    const evidence = mergeEvidence(...p.edges.map((e) => e.evidence));
    out.push({
      sourceId: p.s,
      targetId: p.t,
      kinds: COORDINATION_KINDS.filter((k) => p.kinds.has(k)),
      evidenceRefs: evidence,
      weight: new Set(evidence.map(evidenceKey)).size,
      corrections: [...new Map(p.edges.flatMap(correctionNotes).map((c) => [c.n, c])).values()].sort((a, b) => a.n - b.n),
    });
  }
  return out.sort(
    (a, b) => b.weight - a.weight || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0),
  );
}
