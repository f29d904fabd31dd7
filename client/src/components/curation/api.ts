/**
 * The corrections API as the explorer calls it (server/admin/corrections.ts),
 * over the shared adminFetch (client/src/admin): the only I/O of the
 * curation panels. The shapes are graph/corrections' own (type-only imports:
 * nothing of graph/ is bundled).
 */
import { adminFetch } from '../../admin/index.ts';
import type { AcceptOp, AddOp, Correction, CorrectionOutcome, DuplicateItem, MergeOp, RejectedFact, RejectOp, ReviewListItem, SetOp } from '../../../../graph/corrections/index.ts';

export type { DuplicateItem, RejectedFact } from '../../../../graph/corrections/index.ts';
/** One loader finding on the review list. */
export type ReviewItem = ReviewListItem;

/** One line of the corrections file with what became of it at the last replay, as GET /api/corrections lists it. */
export type CorrectionRow = Correction & Omit<CorrectionOutcome, 'problem'> & { problem: string | null };

/** What a new correction says: an operation the editor may make, with `why` always and the author when given (the server adds the time). */
export type CorrectionInput = { why: string; author?: string } & (MergeOp | RejectOp | SetOp | (Omit<AddOp, 'document'> & { document?: string }) | AcceptOp);

const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

export const curationApi = {
  list: async (): Promise<CorrectionRow[]> => (await adminFetch<{ corrections: CorrectionRow[] }>('/api/corrections')).corrections,
  rejected: async (): Promise<RejectedFact[]> => (await adminFetch<{ rejected: RejectedFact[] }>('/api/corrections/rejected')).rejected,
  review: (): Promise<{ items: ReviewItem[]; duplicates: DuplicateItem[] }> => adminFetch('/api/review'),
  make: (input: CorrectionInput): Promise<{ correction: CorrectionRow }> => adminFetch('/api/corrections', json(input)),
  undo: (n: number, why: string, author?: string): Promise<{ correction: CorrectionRow }> => adminFetch(`/api/corrections/${n}/undo`, json({ why, author })),
};
