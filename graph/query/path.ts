/**
 * Shortest evidenced chain between two nodes: a breadth-first search that
 * asks the store for one frontier per hop (so at most maxHops round trips),
 * walks relations in either direction, and breaks ties by id so both stores
 * give the same path.
 */
import { InvalidInputError, REL_TYPES, type GraphEdge, type RelType } from '../model/index.ts';

/** The most hops a path may take. */
export const MAX_HOPS = 8;
export const DEFAULT_HOPS = 6;

/** Relations a path does not walk: membership (level, sector, document) makes everything two hops apart; a commission is no working tie. */
const NOT_PATH_TYPES: ReadonlySet<RelType> = new Set(['IN_SECTOR', 'AT_LEVEL', 'STATED_IN', 'COMMISSIONS']);

/** Relations a path may walk: every relation type of the model but NOT_PATH_TYPES. */
export const PATH_TYPES: readonly RelType[] = REL_TYPES.filter((t) => !NOT_PATH_TYPES.has(t));

export interface PathStep {
  edge: GraphEdge;
  from: string;
  to: string;
  reversed: boolean;
}

/** Each node's evidenced relations of PATH_TYPES, sorted by id: the index `shortestPathIn` walks. */
export function pathIndex(edges: readonly GraphEdge[]): Map<string, GraphEdge[]> {
  const types = new Set<string>(PATH_TYPES);
  const byNode = new Map<string, GraphEdge[]>();
  const add = (id: string, e: GraphEdge) => {
    const list = byNode.get(id);
    if (list) list.push(e);
    else byNode.set(id, [e]);
  };
  for (const e of edges) {
    if (!types.has(e.type) || !e.evidence.length) continue;
    add(e.source, e);
    if (e.target !== e.source) add(e.target, e);
  }
  for (const list of byNode.values()) list.sort(byEdgeId);
  return byNode;
}

/** A shortest path of evidenced relations, over an index made by `pathIndex` once per graph version; null when none within maxHops. */
export async function shortestPathIn(from: string, to: string, maxHops: number, index: ReadonlyMap<string, readonly GraphEdge[]>) {
  return search(from, to, maxHops, async () => (node) => index.get(node) ?? []);
}

const byEdgeId = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Breadth-first; `hop(frontier)` gives each frontier node's evidenced edges in id order. */
async function search(
  from: string,
  to: string,
  maxHops: number,
  hop: (frontier: string[]) => Promise<(node: string) => readonly GraphEdge[]>,
): Promise<{ nodeIds: string[]; steps: PathStep[] } | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new InvalidInputError('maxHops must be a whole number ≥ 1');
  const hops = Math.min(maxHops, MAX_HOPS);
  if (from === to) return { nodeIds: [from], steps: [] };
  const via = new Map<string, PathStep>();
  const seen = new Set([from]);
  let frontier = [from];
  for (let h = 0; h < hops && frontier.length; h++) {
    const edgesOf = await hop(frontier);
    const next: string[] = [];
    // Deterministic: frontier in id order, edges in id order.
    for (const node of [...frontier].sort()) {
      for (const e of edgesOf(node)) {
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
