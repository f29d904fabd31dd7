/**
 * Actor.evidence (issue 15.9): the sentences that state facts about the actor
 * first, then its mentions widened to their sentences, then table cells, as
 * the request's snapshot holds them (graph/query actorEvidenceRefs).
 */
import { actorEvidenceRefs, evidence, type ActorView } from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';

export const actorEvidenceField = (a: ActorView, _: unknown, { reader }: Context) => {
  const s = reader.now;
  return evidence(s, actorEvidenceRefs(s, a));
};
