/** One relation by the id a subgraph gives it, with its evidence. Pure. */
import { parseCoordinationPairId, parseEdgeId, type CoordinationKind, type EvidenceRef, type RelType } from '../../model/index.ts';
import { NAVIGABLE, type GraphSnapshot } from './snapshot.ts';
import { correctionNotesOf, type CorrectionNote } from '../../store/index.ts';

export interface EdgeView {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  kinds: CoordinationKind[];
  weight: number;
  evidenceRefs: readonly EvidenceRef[];
  /** The people's corrections that changed it, with who, when and why. */
  corrections?: readonly CorrectionNote[];
}

/** A stored edge id, or a coordination pair's id; null when unknown. */
export function edge(s: GraphSnapshot, id: string): EdgeView | null {
  const pair = parseCoordinationPairId(id);
  if (pair) {
    const found = (s.coordinationOf.get(pair.source) ?? []).find((c) => c.sourceId === pair.source && c.targetId === pair.target);
    return found ? { id, type: 'COORDINATES_WITH', sourceId: found.sourceId, targetId: found.targetId, kinds: found.kinds, weight: found.weight, evidenceRefs: found.evidenceRefs, corrections: found.corrections } : null;
  }
  const parts = parseEdgeId(id);
  if (!parts || !(NAVIGABLE as readonly string[]).includes(parts.type)) return null;
  const found = (s.out.get(parts.source)?.get(parts.type as RelType) ?? []).find((e) => e.id === id);
  if (!found) return null;
  return { id, type: found.type, sourceId: found.source, targetId: found.target, kinds: [], weight: Math.max(1, found.evidence.length), evidenceRefs: found.evidence, corrections: correctionNotesOf(found.props) };
}
