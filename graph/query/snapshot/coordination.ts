/** The coordination network from a snapshot: all pairs, one actor's pairs. Pure. */
import type { CoordinationView } from '../views.ts';
import type { GraphSnapshot } from './snapshot.ts';

/** Coordination pairs touching any of `actorIds` (all pairs without), at least `minWeight`; heaviest first. */
export function coordination(s: GraphSnapshot, actorIds?: readonly string[] | null, minWeight?: number | null): readonly CoordinationView[] {
  let pairs = s.coordination;
  if (actorIds) {
    const ids = new Set(actorIds);
    pairs = pairs.filter((p) => ids.has(p.sourceId) || ids.has(p.targetId));
  }
  if (minWeight != null) pairs = pairs.filter((p) => p.weight >= minWeight);
  return pairs;
}

/** One actor's coordination pairs, heaviest first. */
export function coordinationOf(s: GraphSnapshot, actorId: string): readonly CoordinationView[] {
  return s.coordinationOf.get(actorId) ?? [];
}
