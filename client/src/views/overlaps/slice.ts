/** The overlaps view's slice: the pair on show and the slider's minimum score. No imports, so panels can share the constants. */

/** Lowest and highest overlap score the slider offers, and its default. */
export const MIN_SCORE_RANGE = { min: 0.05, max: 0.5, step: 0.01, initial: 0.15 } as const;

/** A score on the slider's scale: within its range, rounded to its step. */
export function clampScore(x: number): number {
  if (!Number.isFinite(x)) return MIN_SCORE_RANGE.initial;
  const v = Math.min(MIN_SCORE_RANGE.max, Math.max(MIN_SCORE_RANGE.min, x));
  return Math.round(v / MIN_SCORE_RANGE.step) / Math.round(1 / MIN_SCORE_RANGE.step);
}

export interface OverlapsSlice {
  /** The overlapping pair shown (ids of two measures or initiatives). */
  overlap: { a: string; b: string } | null;
  /** Overlaps scoring below this are left out of the list. */
  minScore: number;
}

export type OverlapsAction = { type: 'setOverlap'; overlap: { a: string; b: string } | null } | { type: 'setMinScore'; minScore: number };

export function reduceOverlaps(s: OverlapsSlice, a: OverlapsAction): OverlapsSlice {
  if (a.type === 'setOverlap') return { ...s, overlap: a.overlap };
  if (a.type === 'setMinScore') return { ...s, minScore: clampScore(a.minScore) };
  return s;
}
