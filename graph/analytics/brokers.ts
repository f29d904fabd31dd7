/**
 * Brokers: which bodies bridge sectors in the coordination network. For each
 * actor with at least one coordination link: betweenness centrality
 * (graphology-metrics; on how many shortest chains of cooperation between two
 * other bodies it sits), degree centrality, the summed weight of its links,
 * and the sectors it connects (its own and its partners'). Pure over the
 * network; `brokersFor` reads it from the snapshot once per graph version.
 */
import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { page, type CoordinationView, type GraphSnapshot } from '../query/index.ts';
import { derived } from './derived.ts';
import { rankBrokersInThread } from './analytics-thread.ts';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };

/** One actor's place in the coordination network. */
export interface BrokerScore {
  actorId: string;
  /** Normalised betweenness (0 to 1), hop-counted: links are not distances. */
  betweenness: number;
  /** Degree centrality: partners / (actors in the network − 1). */
  degree: number;
  /** Sum of the weights (independent pieces of evidence) of its links. */
  weightedDegree: number;
  /** Distinct coordination partners. */
  partners: number;
  /** Partners that share no sector with this actor (both with known sectors). */
  crossSectorPartners: number;
  /** Sectors it connects: its own and its partners', in sector order. */
  sectorIds: string[];
}

/** What ranking needs of a coordination link. */
export type BrokerLink = Pick<CoordinationView, 'sourceId' | 'targetId' | 'weight'>;

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Ranks the actors of a coordination network, best broker first: by
 * betweenness, then sectors bridged, cross-sector partners, weighted degree,
 * and id. Deterministic: nodes and links go into the graph in id order.
 */
export function rankBrokers(
  network: readonly BrokerLink[],
  sectorsOf: ReadonlyMap<string, readonly string[]>,
  sectorOrder: ReadonlyMap<string, number> = new Map(),
): BrokerScore[] {
  const links = [...network].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0));
  const graph = new UndirectedGraph();
  for (const id of [...new Set(links.flatMap((l) => [l.sourceId, l.targetId]))].sort()) graph.addNode(id);
  for (const l of links) if (l.sourceId !== l.targetId && !graph.hasEdge(l.sourceId, l.targetId)) graph.addEdge(l.sourceId, l.targetId, { weight: l.weight });
  const betweenness = graph.order > 2 ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  // Partners over the other actors: graphology-metrics' degree centrality (0 for a graph of one node).
  const degree = graph.order > 1 ? degreeCentrality(graph) : {};
  const sectorRank = (s: string) => sectorOrder.get(s) ?? Number.MAX_SAFE_INTEGER;
  const out: BrokerScore[] = [];
  graph.forEachNode((id) => {
    const own = new Set(sectorsOf.get(id) ?? []);
    const sectors = new Set(own);
    let weightedDegree = 0;
    let cross = 0;
    const partners = graph.neighbors(id);
    for (const p of partners) {
      weightedDegree += graph.getEdgeAttribute(graph.edge(id, p)!, 'weight') as number;
      const theirs = sectorsOf.get(p) ?? [];
      theirs.forEach((s) => sectors.add(s));
      if (own.size && theirs.length && !theirs.some((s) => own.has(s))) cross++;
    }
    out.push({
      actorId: id,
      betweenness: round(betweenness[id] ?? 0),
      degree: round(degree[id] ?? 0),
      weightedDegree,
      partners: partners.length,
      crossSectorPartners: cross,
      sectorIds: [...sectors].sort((a, b) => sectorRank(a) - sectorRank(b) || (a < b ? -1 : a > b ? 1 : 0)),
    });
  });
  return out.sort(
    (a, b) =>
      b.betweenness - a.betweenness ||
      b.sectorIds.length - a.sectorIds.length ||
      b.crossSectorPartners - a.crossSectorPartners ||
      b.weightedDegree - a.weightedDegree ||
      (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0),
  );
}

/** The brokers of the graph's coordination network, best first; `limit` as for any list (default 20). */
export async function brokersFor(snapshot: GraphSnapshot, limit?: number | null): Promise<BrokerScore[]> {
  return page(await allBrokers(snapshot), limit ?? 20, 0);
}

/** Every actor of the coordination network, best broker first; computed once per graph version. */
export function allBrokers(snapshot: GraphSnapshot): Promise<BrokerScore[]> {
  // Betweenness over a national network takes seconds: it runs in the analytics thread.
  return derived(snapshot, 'brokers', async () =>
    rankBrokersInThread({
      network: snapshot.coordination.map(({ sourceId, targetId, weight }) => ({ sourceId, targetId, weight })),
      sectorsOf: new Map(snapshot.base.sectorsOf),
      sectorOrder: new Map(snapshot.nodes.Sector.map((s, i) => [s.id, i])),
    }),
  );
}
