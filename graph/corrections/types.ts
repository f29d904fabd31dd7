/**
 * Corrections as data: one operation a person made to what the loader read,
 * with who, when and why. They live one per line in `corrections.jsonl` and
 * refer to facts by their stable ids, so they survive reloads (issue 16).
 */
import type { ActorKind, CoordinationKind, RelType } from '../model/index.ts';

/** Merge actor `from` into actor `into`: `from` is hidden, its links and evidence move to `into`, its names become aliases. */
export interface MergeOp {
  op: 'merge';
  into: string;
  from: string;
}
/** Split an alias back out of an actor: undoes the merge that brought it, or drops the alias. */
export interface SplitOp {
  op: 'split';
  actor: string;
  alias: string;
}
/** Rename, or set an actor's kind, level, sectors or parent. Absent fields are left as they are; parent or level null removes it. */
export interface SetOp {
  op: 'set';
  id: string;
  name?: string;
  kind?: ActorKind;
  level?: string | null;
  sectors?: string[];
  parent?: string | null;
}
/** Reject a node or relationship by id: hidden, never deleted. */
export interface RejectOp {
  op: 'reject';
  id: string;
}
/** Add a relationship, with a quote found verbatim in a loaded document as its evidence. */
export interface AddOp {
  op: 'add';
  type: RelType;
  source: string;
  target: string;
  /** For COORDINATES_WITH: the kind of coordination. */
  kind?: CoordinationKind;
  quote: string;
  document: string;
}
/** Accept a review item (`review:<factId>@<documentId>`, from the loader's review report). */
export interface AcceptOp {
  op: 'accept';
  review: string;
}
/** Take back correction number `undoes` (an undo of an undo restores it). */
export interface UndoOp {
  op: 'undo';
  undoes: number;
}

export type CorrectionOp = MergeOp | SplitOp | SetOp | RejectOp | AddOp | AcceptOp | UndoOp;
export type CorrectionOpName = CorrectionOp['op'];
export const CORRECTION_OPS: readonly CorrectionOpName[] = ['merge', 'split', 'set', 'reject', 'add', 'accept', 'undo'];

/** Who made a correction, when and why. */
export interface CorrectionMeta {
  author: string;
  /** ISO 8601 time. */
  at: string;
  why: string;
}

/** One correction as stored: its operation and meta; `n` is its line in the file (1-based), its stable number. */
export type Correction = CorrectionOp & CorrectionMeta & { n: number };

/** What became of a correction at the last replay. */
export type CorrectionStatus = 'applied' | 'undone' | 'missing' | 'invalid';

export interface CorrectionOutcome {
  n: number;
  status: CorrectionStatus;
  /** Why it was not applied: which target is missing, which quote is not found. */
  problem?: string;
  /** Node and edge ids it changed. */
  touched: string[];
}

/** A problem with one line of the corrections file. */
export interface CorrectionIssue {
  line: number;
  message: string;
}
