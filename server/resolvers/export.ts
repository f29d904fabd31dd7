/**
 * Thin resolvers for exports (issue 15.7): the evidence of many nodes and
 * relations in one request, so a spreadsheet of a view carries its quotes.
 */
import { InvalidInputError, type EvidenceRef } from '../../graph/model/index.ts';
import { edge, evidence, node } from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';
import type { QueryEvidenceOfArgs } from '../generated/schema-types.ts';

/** The most ids one `evidenceOf` takes. */
export const MAX_EVIDENCE_IDS = 2000;

interface EvidenceSetView {
  id: string;
  evidenceRefs: readonly EvidenceRef[];
}

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

export const exportQuery = {
  evidenceOf: (async (_, a, { reader }) => {
    if (a.ids.length > MAX_EVIDENCE_IDS) throw new InvalidInputError(`evidenceOf takes at most ${MAX_EVIDENCE_IDS} ids (got ${a.ids.length})`);
    const s = await reader.snapshot();
    return a.ids.map((id): EvidenceSetView => ({ id, evidenceRefs: node(s, id)?.evidenceRefs ?? edge(s, id)?.evidenceRefs ?? [] }));
  }) as R<unknown, QueryEvidenceOfArgs>,
};

export const exportTypes = {
  EvidenceSet: {
    evidence: ((set, _, { reader }) => evidence(reader.now, set.evidenceRefs)) as R<EvidenceSetView>,
  },
};
