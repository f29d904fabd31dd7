/**
 * The corrections API as the explorer calls it (server/admin/corrections.ts),
 * over the shared adminFetch (client/src/admin): the only I/O of the
 * curation panels.
 */
import { adminFetch } from '../../admin/index.ts';

/** Who changed a fact, when and why. */
export interface CorrectionNote {
  n: number;
  op: string;
  author: string;
  at: string;
  why: string;
}

/** One line of the corrections file with what became of it at the last replay. */
export interface CorrectionRow extends CorrectionNote {
  status: 'applied' | 'undone' | 'missing' | 'invalid';
  problem: string | null;
  /** Node and edge ids it changed. */
  touched: string[];
  [field: string]: unknown;
}

export interface Evidence {
  documentId: string;
  start: number;
  end: number;
  quote: string;
}

export interface ReviewItem {
  id: string;
  kind: 'uncurated-organisation' | 'low-confidence';
  factId: string;
  name: string;
  documentId: string;
  line: number;
  quote: string;
  confidence: number;
  rule: string;
}

export interface DuplicateItem {
  id: string;
  a: string;
  b: string;
  reason: 'inflection' | 'spelling' | 'abbreviation' | 'same-parent';
  score: number;
  names: [string, string];
  evidence: [Evidence[], Evidence[]];
}

export interface RejectedFact {
  id: string;
  kind: 'node' | 'edge';
  label: string;
  name: string;
  mergedInto: string | null;
  evidence: Evidence[];
  corrections: CorrectionNote[];
}

/** What a new correction says; `why` always, the rest by operation. */
export type CorrectionInput = { why: string; author?: string } & (
  | { op: 'merge'; into: string; from: string }
  | { op: 'reject'; id: string }
  | { op: 'set'; id: string; name?: string; kind?: string; level?: string | null; sectors?: string[] }
  | { op: 'add'; type: 'COORDINATES_WITH'; kind: string; source: string; target: string; quote: string; document?: string }
  | { op: 'accept'; review: string }
);

const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

export const curationApi = {
  list: async (): Promise<CorrectionRow[]> => (await adminFetch<{ corrections: CorrectionRow[] }>('/api/corrections')).corrections,
  rejected: async (): Promise<RejectedFact[]> => (await adminFetch<{ rejected: RejectedFact[] }>('/api/corrections/rejected')).rejected,
  review: (): Promise<{ items: ReviewItem[]; duplicates: DuplicateItem[] }> => adminFetch('/api/review'),
  make: (input: CorrectionInput): Promise<{ correction: CorrectionRow }> => adminFetch('/api/corrections', json(input)),
  undo: (n: number, why: string, author?: string): Promise<{ correction: CorrectionRow }> => adminFetch(`/api/corrections/${n}/undo`, json({ why, author })),
};
