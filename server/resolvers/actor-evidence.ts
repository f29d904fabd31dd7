/**
 * Actor.evidence (issue 15.9): the sentences that state facts about the actor
 * first, then its mentions widened to their sentences, then table cells
 * (graph/query's actorEvidence over the request's snapshot). Made once per
 * actor and graph version: a national hub (Hdir) is named in about a thousand
 * documents, and finding each mention's sentence again on every request took
 * a tenth of a second per answer.
 */
import { actorEvidence, edgesOf, evidence, FACT_RELATIONS, PLACEMENT_RELATIONS, type ActorView, type GraphSnapshot } from '../../graph/query/index.ts';
import type { EvidenceRef } from '../../graph/model/index.ts';
import type { Context } from './resolvers.ts';

/** Per snapshot (immutable, one per graph version): each actor's ordered evidence. */
const made = new WeakMap<GraphSnapshot, Map<string, EvidenceRef[]>>();

function refsOf(s: GraphSnapshot, a: ActorView): EvidenceRef[] {
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

export const actorEvidenceField = (a: ActorView, _: unknown, { reader }: Context) => {
  const s = reader.now;
  return evidence(s, refsOf(s, a));
};
