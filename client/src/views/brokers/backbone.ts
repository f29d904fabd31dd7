/**
 * What the brokers' canvas draws. A network small enough to read is drawn
 * whole (its linked part: bodies without a link broker nothing). A national
 * one (well over a thousand linked bodies) is not: no label would fit. Then
 * the canvas draws the backbone, the `top` leading brokers and the bodies
 * they bridge (those linked to at least two of them, most bridged first), so
 * the picture stays readable and within the element budget; the ranking
 * lists every broker, and the view offers more brokers on the canvas.
 * Pure. Positions are dropped: the server's belong to the whole network (with
 * its unlinked block), so the layout worker lays out what is drawn.
 */
import type { Broker, Subgraph } from '../../api/index.ts';

/** Linked bodies drawn whole; above this the canvas draws the backbone. */
export const WHOLE_NETWORK_MAX = 120;
/** Brokers on the canvas at first, and the choices offered. */
export const BACKBONE_TOPS = [20, 40, 60, 80] as const;
/** Bridged bodies drawn per broker drawn, at most. */
const BRIDGED_PER_BROKER = 2;

export interface Backbone {
  graph: Subgraph;
  /** False when the linked network is drawn whole. */
  reduced: boolean;
  /** Brokers and bridged bodies drawn (when reduced). */
  brokers: number;
  bridged: number;
  /** Linked bodies in the whole network. */
  total: number;
}

const unplaced = (g: Subgraph): Subgraph => ({ ...g, nodes: g.nodes.map((n) => ({ ...n, data: { ...n.data, x: null, y: null } })) });

/** The linked network whole when it has at most `max` bodies, else the `top` brokers (by betweenness) and the bodies they bridge. */
export function brokerBackbone(graph: Subgraph, brokers: readonly Broker[], top: number, max = WHOLE_NETWORK_MAX): Backbone {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let s = neighbours.get(a);
    if (!s) neighbours.set(a, (s = new Set()));
    s.add(b);
  };
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const nodes = graph.nodes.filter((n) => neighbours.has(n.id));
  const total = nodes.length;
  const keep = (ids: Set<string>): Subgraph => ({
    nodes: nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    truncated: false,
  });
  if (total <= max) return { graph: unplaced(keep(new Set(nodes.map((n) => n.id)))), reduced: false, brokers: 0, bridged: 0, total };

  const present = new Set(nodes.map((n) => n.id));
  const core = [...brokers]
    .filter((b) => present.has(b.actor.id))
    .sort((a, b) => b.betweenness - a.betweenness || b.partners - a.partners || (a.actor.id < b.actor.id ? -1 : 1))
    .slice(0, Math.max(1, top))
    .map((b) => b.actor.id);
  const coreSet = new Set(core);
  // Bodies linked to two or more of the drawn brokers: what the brokers bring together.
  const bridging = new Map<string, number>();
  for (const id of core) for (const n of neighbours.get(id) ?? []) if (!coreSet.has(n)) bridging.set(n, (bridging.get(n) ?? 0) + 1);
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const bridged = [...bridging]
    .filter(([, k]) => k >= 2)
    .sort((a, b) => b[1] - a[1] || degree(b[0]) - degree(a[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, core.length * BRIDGED_PER_BROKER)
    .map(([id]) => id);
  const ids = new Set([...core, ...bridged]);
  return { graph: unplaced(keep(ids)), reduced: true, brokers: core.length, bridged: bridged.length, total };
}
