/**
 * Shortest evidenced chain between two nodes: a breadth-first search that
 * asks the store for one frontier per hop (so at most maxHops round trips),
 * walks relations in either direction, and breaks ties by id so both stores
 * give the same path.
 */
import { InvalidInputError, type GraphEdge, type RelType } from '../model/index.ts';

/** The most hops a path may take. */
export const MAX_HOPS = 8;
export const DEFAULT_HOPS = 6;

/** Relations a path may walk. Membership relations (level, sector, document) are left out: they make everything two hops apart. */
export const PATH_TYPES: readonly RelType[] = [
  'RESPONSIBLE_FOR',
  'INVOLVED_IN',
  'PARTICIPATES_IN',
  'LEADS',
  'PART_OF',
  'SUCCEEDED_BY',
  'COORDINATES_WITH',
];

export interface PathStep {
  edge: GraphEdge;
  from: string;
  to: string;
  reversed: boolean;
}

/** Finds a shortest path of evidenced relations; null when none within maxHops. */
export async function shortestPath(
  from: string,
  to: string,
  maxHops: number,
  edgesOf: (ids: string[]) => Promise<GraphEdge[]>,
): Promise<{ nodeIds: string[]; steps: PathStep[] } | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new InvalidInputError('maxHops must be a whole number ≥ 1');
  const hops = Math.min(maxHops, MAX_HOPS);
  if (from === to) return { nodeIds: [from], steps: [] };
  const via = new Map<string, PathStep>();
  const seen = new Set([from]);
  let frontier = [from];
  for (let hop = 0; hop < hops && frontier.length; hop++) {
    const edges = (await edgesOf(frontier)).filter((e) => e.evidence.length > 0);
    const next: string[] = [];
    const inFrontier = new Set(frontier);
    // Deterministic: frontier in id order, edges in id order.
    const byNode = new Map<string, GraphEdge[]>();
    for (const e of edges) {
      for (const end of [e.source, e.target]) {
        if (inFrontier.has(end)) byNode.set(end, [...(byNode.get(end) ?? []), e]);
      }
    }
    for (const node of [...frontier].sort()) {
      for (const e of (byNode.get(node) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const reversed = e.target === node && e.source !== node;
        const other = reversed ? e.source : e.target;
        if (seen.has(other)) continue;
        seen.add(other);
        via.set(other, { edge: e, from: node, to: other, reversed });
        next.push(other);
        if (other === to) return unwind(from, to, via);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(from: string, to: string, via: Map<string, PathStep>): { nodeIds: string[]; steps: PathStep[] } {
  const steps: PathStep[] = [];
  for (let at = to; at !== from; ) {
    const step = via.get(at)!;
    steps.unshift(step);
    at = step.from;
  }
  return { nodeIds: [from, ...steps.map((s) => s.to)], steps };
}
