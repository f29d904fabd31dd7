/**
 * Replay against a store: read the part of the graph the corrections refer
 * to, as the documents state it, plan the layer (plan.ts), and write it in
 * one transaction (GraphStore.replaceCorrections). Used after every load
 * (graph/load), at server start, after every write of the corrections API
 * and by `npm run curate`, so every path gives the same graph.
 */
import { evidenceKey, parseEvidenceKey, type GraphEdge, type GraphNode } from '../model/index.ts';
import { revertCorrection, type GraphStore } from '../store/index.ts';
import { ADDED, planCorrections, referencedIds, type BaseGraph, type CorrectionPlan } from './plan.ts';
import type { Correction, CorrectionOutcome } from './types.ts';

/** What a replay did, for the load summary and the API. */
export interface ReplayReport {
  /** False when the layer could not be written: the graph keeps the corrections it had. */
  ok: boolean;
  error?: string;
  total: number;
  applied: number;
  undone: number;
  /** Corrections whose target (or quoted document text) is gone: reported, kept in the file. */
  missing: CorrectionOutcome[];
  invalid: CorrectionOutcome[];
  outcomes: CorrectionOutcome[];
}

function asBase<T extends GraphNode | GraphEdge>(x: T): T {
  const r = revertCorrection(x.props, x.evidence.map(evidenceKey));
  return { ...x, props: r.props, evidence: r.ev.map(parseEvidenceKey) };
}

/** The graph the corrections refer to, as the documents state it (the old layer taken back in memory). */
export async function readBase(store: GraphStore, corrections: readonly Correction[]): Promise<BaseGraph> {
  const { nodes: ids, documents: docIds } = referencedIds(corrections);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const documents = new Map<string, string>();
  if (ids.length) {
    for (const n of await store.getNodes(ids)) if (n) nodes.set(n.id, asBase(n));
    const found = [...nodes.keys()];
    if (found.length) {
      for (const e of await store.findEdges({ nodeIds: found, includeRejected: true })) {
        if (e.props[ADDED] === true) continue;
        edges.set(e.id, asBase(e));
      }
    }
  }
  if (docIds.length) {
    for (const d of await store.getNodes(docIds)) if (d && d.label === 'Document' && typeof d.props.text === 'string') documents.set(d.id, d.props.text);
  }
  return { nodes, edges, documents };
}

/** Plans without writing: what the corrections would do to the graph in the store now (`npm run curate -- check`). */
export async function checkCorrections(store: GraphStore, corrections: readonly Correction[]): Promise<CorrectionPlan> {
  return planCorrections(await readBase(store, corrections), corrections);
}

function summarise(plan: CorrectionPlan): Omit<ReplayReport, 'ok' | 'error'> {
  const of = (s: string) => plan.outcomes.filter((o) => o.status === s);
  return { total: plan.outcomes.length, applied: of('applied').length, undone: of('undone').length, missing: of('missing'), invalid: of('invalid'), outcomes: plan.outcomes };
}

/**
 * Applies the corrections, in order, in one transaction. A store failure is
 * reported (ok: false), not thrown: the documents stay loaded and the graph
 * keeps the corrections it had.
 */
export async function replayCorrections(store: GraphStore, corrections: readonly Correction[]): Promise<ReplayReport> {
  let plan: CorrectionPlan;
  try {
    plan = await checkCorrections(store, corrections);
  } catch (e) {
    return { ok: false, error: (e as Error).message, total: corrections.length, applied: 0, undone: 0, missing: [], invalid: [], outcomes: [] };
  }
  try {
    await store.replaceCorrections(plan.layer);
    return { ok: true, ...summarise(plan) };
  } catch (e) {
    return { ok: false, error: (e as Error).message, ...summarise(plan), applied: 0 };
  }
}

/** One line for logs and the load summary. */
export function formatReplay(r: ReplayReport, file?: string): string[] {
  if (!r.total && r.ok) return [];
  const lines = [
    r.ok
      ? `Corrections${file ? ` (${file})` : ''}: ${r.applied} applied, ${r.undone} undone, ${r.missing.length} with a missing target, ${r.invalid.length} not applicable`
      : `Corrections${file ? ` (${file})` : ''} NOT replayed: ${r.error}; the graph keeps the corrections it had`,
  ];
  for (const o of [...r.missing, ...r.invalid]) lines.push(`  correction ${o.n}: ${o.problem} (kept in the file)`);
  return lines;
}
