/**
 * An actor's evidence as the read model serves it (issue 15.9): the ordered
 * refs of graph/query's actorEvidence (fact sentences, then mentions widened
 * to their sentences, then table cells), made once per actor and snapshot.
 * A national hub (Hdir) is named in about a thousand documents, and finding
 * each mention's sentence again on every request took a tenth of a second.
 */
import type { EvidenceRef } from '../../model/index.ts';
import { actorEvidence, FACT_RELATIONS, PLACEMENT_RELATIONS } from '../actor-evidence.ts';
import type { ActorView } from '../views.ts';
import { edgesOf } from './nodes.ts';
import type { GraphSnapshot } from './snapshot.ts';

/** Per snapshot (immutable, one per graph version): each actor's ordered evidence. */
const made = new WeakMap<GraphSnapshot, Map<string, EvidenceRef[]>>();

export function actorEvidenceRefs(s: GraphSnapshot, a: ActorView): EvidenceRef[] {
  let byActor = made.get(s);
  if (!byActor) made.set(s, (byActor = new Map()));
  let refs = byActor.get(a.id);
  if (!refs) {
    const edges = edgesOf(s, a.id, 'both', [...FACT_RELATIONS, ...PLACEMENT_RELATIONS]);
    const textOf = (id: string) => {
      const d = s.byId.get(id);
      return d?.__typename === 'Document' ? d.text : null;
    };
    byActor.set(a.id, (refs = actorEvidence(a.evidenceRefs, edges, textOf)));
  }
  return refs;
}
