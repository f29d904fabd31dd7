/**
 * The correction layer: what people's corrections (graph/corrections) change
 * in a stored graph, as data both adapters apply the same way. A layer is a
 * list of property patches on stored nodes and edges (with evidence they
 * add) and the edges the corrections add. Each patched item remembers, in
 * `corrBase`, the value every key had before and the value the layer set, so
 * the layer can be taken back exactly; a document written over the item in
 * between wins over the remembered base. `replaceCorrections` takes the old
 * layer back and applies the new one in one transaction, so replaying the
 * same corrections twice gives the same graph and undoing one gives the
 * graph without it. Pure.
 */
import type { EvidenceRef, GraphEdge, PropValue, Props } from '../model/index.ts';

/** The provenance tag of edges a correction added (docs: [CORRECTION_TAG]); withdrawn whole at every replay. */
export const CORRECTION_TAG = '@correction';

/** Properties the layer keeps on what it touched. */
export const CORRECTION_PROPS = {
  /** JSON: { key: [value before, value set] }. */
  base: 'corrBase',
  /** The numbers of the corrections behind the item (1-based lines of the corrections file). */
  ids: 'corrIds',
  /** Evidence keys the layer added to a stored item. */
  evidence: 'corrEv',
  /** True: hidden from reads unless `includeRejected` (a rejected fact, or an actor merged into another). */
  rejected: 'rejected',
  /** JSON: the corrections behind the item with who, when and why ([CorrectionNote]), so every reader can show them. */
  notes: 'corrNotes',
} as const;

/** Who changed a fact, when and why: what GraphQL and the explorer show on a corrected fact. */
export interface CorrectionNote {
  n: number;
  op: string;
  author: string;
  at: string;
  why: string;
}

/** One stored node or edge changed by corrections. A null value removes the key. */
export interface CorrectionPatch {
  id: string;
  on: 'node' | 'edge';
  /** For an edge: its source node's id (how Neo4j finds it without a relationship index). */
  source?: string;
  props: Props;
  /** Evidence the corrections add to it (e.g. from an actor merged into it). */
  evidence: EvidenceRef[];
  corrections: number[];
}

/** Everything the corrections change, computed by graph/corrections' replay. */
export interface CorrectionLayer {
  patches: CorrectionPatch[];
  /** Edges only corrections state; their props carry `corrIds`. Their ends must exist. */
  edges: GraphEdge[];
}

export const EMPTY_CORRECTION_LAYER: CorrectionLayer = { patches: [], edges: [] };

function same(a: PropValue | undefined, b: PropValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** True when the item carries a layer to take back. */
export function hasCorrectionLayer(props: Props): boolean {
  return props[CORRECTION_PROPS.base] !== undefined || props[CORRECTION_PROPS.evidence] !== undefined || props[CORRECTION_PROPS.ids] !== undefined;
}

/**
 * The props and evidence keys an item had before the layer: every key the
 * layer set goes back to its old value, unless something else (a document
 * written since) changed it, which then stands.
 */
export function revertCorrection(props: Props, ev: readonly string[]): { props: Props; ev: string[] } {
  const out: Props = { ...props };
  delete out[CORRECTION_PROPS.base];
  delete out[CORRECTION_PROPS.ids];
  delete out[CORRECTION_PROPS.evidence];
  delete out.corrAdded;
  const raw = props[CORRECTION_PROPS.base];
  if (typeof raw === 'string') {
    const record = JSON.parse(raw) as Record<string, [PropValue, PropValue]>;
    for (const [key, [before, set]] of Object.entries(record)) {
      if (!same(out[key], set)) continue;
      if (before === null) delete out[key];
      else out[key] = before;
    }
  }
  const added = new Set(Array.isArray(props[CORRECTION_PROPS.evidence]) ? (props[CORRECTION_PROPS.evidence] as string[]) : []);
  return { props: out, ev: ev.filter((k) => !added.has(k)) };
}

/** The props and evidence keys after a patch, remembering what it changed so it can be reverted. */
export function applyCorrectionPatch(props: Props, ev: readonly string[], patch: Pick<CorrectionPatch, 'props' | 'corrections'>, addEv: readonly string[]): { props: Props; ev: string[] } {
  const out: Props = { ...props };
  const record: Record<string, [PropValue, PropValue]> = {};
  for (const [key, value] of Object.entries(patch.props)) {
    record[key] = [props[key] ?? null, value ?? null];
    if (value === null) delete out[key];
    else out[key] = value;
  }
  out[CORRECTION_PROPS.base] = JSON.stringify(record);
  out[CORRECTION_PROPS.ids] = [...new Set(patch.corrections)].sort((a, b) => a - b);
  const have = new Set(ev);
  const added = addEv.filter((k) => !have.has(k));
  if (added.length) out[CORRECTION_PROPS.evidence] = added;
  return { props: out, ev: [...ev, ...added] };
}

/** True for a fact the corrections hide (rejected, or merged into another actor). */
export function isRejected(props: Props): boolean {
  return props[CORRECTION_PROPS.rejected] === true;
}

/** The corrections behind an item, with who, when and why; empty when none. */
export function correctionNotesOf(props: Props): CorrectionNote[] {
  const raw = props[CORRECTION_PROPS.notes];
  if (typeof raw !== 'string') return [];
  try {
    const notes = JSON.parse(raw) as unknown;
    return Array.isArray(notes) ? (notes as CorrectionNote[]) : [];
  } catch {
    return [];
  }
}

/** The correction numbers behind an item, empty when none. */
export function correctionIdsOf(props: Props): number[] {
  const ids = props[CORRECTION_PROPS.ids];
  return Array.isArray(ids) ? (ids as number[]) : [];
}
