/**
 * The brokers' map: what "Meglere og hull" draws of the coordination network.
 * A network small enough to read is drawn whole (its linked part: bodies
 * without a link broker nothing). A national one (well over a thousand linked
 * bodies) is not: no label would fit. Then the map is the backbone, the `top`
 * leading brokers and the bodies they bridge (those linked to at least two of
 * them, most bridged first), so the picture stays readable and within any
 * element budget; the ranking (`brokers`) lists every broker.
 *
 * Computed on the server, once per graph version and `top`, so the explorer
 * does not download the whole network (megabytes at national scale) to draw
 * a hundred bodies, and notebooks get the same map. `brokerBackbone` is pure.
 * A network drawn whole keeps the server's positions (the explorer packs its
 * components to the screen's shape); a backbone gets two rings, the brokers
 * inside (by sector) and the bodies they bridge outside, each beside the
 * brokers it links, so every label has room.
 */
import { InvalidInputError } from '../model/index.ts';
import { subgraph, type GraphSnapshot, type Subgraph } from '../query/index.ts';
import { allBrokers, type BrokerScore } from './brokers.ts';
import { derived } from './derived.ts';

/** Linked bodies drawn whole; above this the map is the backbone. */
export const WHOLE_NETWORK_MAX = 120;
/** Brokers on the map by default, and the most a map takes. */
export const BACKBONE_TOP_DEFAULT = 20;
export const BACKBONE_TOP_MAX = 200;
/** Bridged bodies drawn per broker drawn, at most. */
const BRIDGED_PER_BROKER = 2;

/** The map around any subgraph type: the server's, and the explorer's as its API answers (client/src/api/types.ts). */
export interface BrokerMapOf<G> {
  graph: G;
  /** False when the linked network is drawn whole. */
  reduced: boolean;
  /** Brokers and bridged bodies drawn (0 when drawn whole). */
  brokers: number;
  bridged: number;
  /** Linked bodies in the whole network. */
  total: number;
}

export type BrokerMap = BrokerMapOf<Subgraph>;

/** What the backbone needs of a broker's score. */
export type BackboneBroker = Pick<BrokerScore, 'actorId' | 'betweenness' | 'partners'>;

/** The linked network whole when it has at most `max` bodies, else the `top` brokers (by betweenness) and the bodies they bridge. */
export function brokerBackbone(graph: Subgraph, brokers: readonly BackboneBroker[], top: number, max = WHOLE_NETWORK_MAX): BrokerMap {
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
  if (total <= max) return { graph: keep(new Set(nodes.map((n) => n.id))), reduced: false, brokers: 0, bridged: 0, total };

  const present = new Set(nodes.map((n) => n.id));
  const core = [...brokers]
    .filter((b) => present.has(b.actorId))
    .sort((a, b) => b.betweenness - a.betweenness || b.partners - a.partners || (a.actorId < b.actorId ? -1 : 1))
    .slice(0, Math.max(1, top))
    .map((b) => b.actorId);
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
  const drawn = keep(new Set([...core, ...bridged]));
  const at = ringPositions(drawn, core, bridged, neighbours);
  // Sized by their links on this map (a national hub's hundreds of links would make it cover its neighbours).
  const drawnDegree = new Map<string, number>();
  for (const e of drawn.edges) for (const id of [e.source, e.target]) drawnDegree.set(id, (drawnDegree.get(id) ?? 0) + 1);
  const placed = { ...drawn, nodes: drawn.nodes.map((n) => ({ ...n, data: { ...n.data, degree: drawnDegree.get(n.id) ?? 0, x: at.get(n.id)!.x, y: at.get(n.id)!.y } })) };
  return { graph: placed, reduced: true, brokers: core.length, bridged: bridged.length, total };
}

/** Radius of the ring of bridged bodies, the brokers' ring being 1. */
const OUTER = 1.7;

/** Brokers evenly on an inner ring, by sector; each bridged body on an outer ring at the mean angle of its brokers, evenly spaced in that order. */
function ringPositions(g: Subgraph, core: readonly string[], bridged: readonly string[], neighbours: ReadonlyMap<string, Set<string>>): Map<string, { x: number; y: number }> {
  const sector = new Map(g.nodes.map((n) => [n.id, n.data.sector ?? '']));
  const rank = new Map(core.map((id, i) => [id, i]));
  const brokersBySector = [...core].sort((a, b) => (sector.get(a)! < sector.get(b)! ? -1 : sector.get(a)! > sector.get(b)! ? 1 : rank.get(a)! - rank.get(b)!));
  const out = new Map<string, { x: number; y: number }>();
  const angle = new Map<string, number>();
  brokersBySector.forEach((id, i) => {
    const a = (2 * Math.PI * i) / brokersBySector.length - Math.PI / 2;
    angle.set(id, a);
    out.set(id, { x: Math.cos(a) * 100, y: Math.sin(a) * 100 });
  });
  const mean = (id: string) => {
    let x = 0;
    let y = 0;
    for (const n of neighbours.get(id) ?? []) {
      const a = angle.get(n);
      if (a === undefined) continue;
      x += Math.cos(a);
      y += Math.sin(a);
    }
    return Math.atan2(y, x);
  };
  const around = bridged.map((id) => ({ id, a: mean(id) })).sort((p, q) => p.a - q.a || (p.id < q.id ? -1 : 1));
  const start = around.length ? around[0].a : 0;
  around.forEach(({ id }, i) => {
    const a = start + (2 * Math.PI * i) / around.length;
    out.set(id, { x: Math.cos(a) * 100 * OUTER, y: Math.sin(a) * 100 * OUTER });
  });
  return out;
}

/** A `top` the map takes: a whole number from 1 to BACKBONE_TOP_MAX (default BACKBONE_TOP_DEFAULT). */
export function backboneTop(top: number | null | undefined): number {
  if (top === null || top === undefined) return BACKBONE_TOP_DEFAULT;
  if (!Number.isInteger(top) || top < 1 || top > BACKBONE_TOP_MAX) throw new InvalidInputError(`top must be a whole number from 1 to ${BACKBONE_TOP_MAX}, not ${top}`);
  return top;
}

/** The brokers' map of the snapshot's coordination network with `top` brokers; computed once per graph version and `top`. */
export function brokerMapFor(snapshot: GraphSnapshot, top?: number | null): Promise<BrokerMap> {
  const n = backboneTop(top);
  return derived(snapshot, `brokerMap:${n}`, async () => {
    const [network, brokers] = await Promise.all([subgraph(snapshot, { view: 'NETWORK', layout: true }), allBrokers(snapshot)]);
    return brokerBackbone(network, brokers, n);
  });
}
