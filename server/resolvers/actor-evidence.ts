/**
 * Actor.evidence (issue 15.9): the sentences that state facts about the actor
 * first, then its mentions widened to their sentences, then table cells
 * (graph/query's actorEvidence over the request's snapshot).
 */
import { actorEvidence, edgesOf, evidence, FACT_RELATIONS, PLACEMENT_RELATIONS, type ActorView } from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';

export const actorEvidenceField = (a: ActorView, _: unknown, { reader }: Context) => {
  const s = reader.now;
  const edges = edgesOf(s, a.id, 'both', [...FACT_RELATIONS, ...PLACEMENT_RELATIONS]);
  const textOf = (id: string) => {
    const d = s.byId.get(id);
    return d?.__typename === 'Document' ? d.text : null;
  };
  return evidence(s, actorEvidence(a.evidenceRefs, edges, textOf));
};
