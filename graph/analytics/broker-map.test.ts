/** The brokers' map: the linked network whole when it is small, else the leading brokers and the bodies they bridge. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import type { Subgraph, SubgraphNodeData } from '../query/index.ts';
import { brokerBackbone, brokerMapFor, backboneTop, BACKBONE_TOP_MAX, type BackboneBroker } from './index.ts';
import { seedSnapshot } from './test-support.ts';

const data = (id: string): SubgraphNodeData => ({
  id,
  type: 'Actor',
  label: id,
  name: id,
  kind: 'DIRECTORATE',
  status: null,
  sectorIds: [],
  levelIds: [],
  sector: null,
  levelRank: null,
  parent: null,
  documentIds: [],
  degree: 0,
  curated: null,
  x: 5,
  y: 5,
});
const node = (id: string) => ({ id, data: data(id) });
const edge = (s: string, t: string) => ({ id: `${s}-${t}`, source: s, target: t, data: { id: `${s}-${t}`, source: s, target: t, type: 'COORDINATES_WITH', kinds: [], weight: 1, documentIds: [] } });

/** Hubs h0…h9 (h0 brokers most), each with 20 bodies of its own; bodies b0…b5 linked to hubs 0 and 1, b6 to hub 0 only; one body unlinked. */
function star(): { graph: Subgraph; brokers: BackboneBroker[] } {
  const nodes = [];
  const edges = [];
  for (let h = 0; h < 10; h++) {
    nodes.push(node(`h${h}`));
    for (let i = 0; i < 20; i++) {
      nodes.push(node(`h${h}-${i}`));
      edges.push(edge(`h${h}`, `h${h}-${i}`));
    }
  }
  for (let i = 0; i < 7; i++) {
    nodes.push(node(`b${i}`));
    edges.push(edge('h0', `b${i}`));
    if (i < 6) edges.push(edge('h1', `b${i}`));
  }
  nodes.push(node('alone'));
  return { graph: { nodes, edges, truncated: false }, brokers: Array.from({ length: 10 }, (_, h) => ({ actorId: `h${h}`, betweenness: 1 - h / 10, partners: 0 })) };
}

describe('brokerBackbone', () => {
  it('draws a small network whole, without its unlinked bodies, each component as the server drew it', () => {
    const { graph, brokers } = star();
    const b = brokerBackbone(graph, brokers, 2, 1000);
    expect(b.reduced).toBe(false);
    expect(b.graph.nodes).toHaveLength(graph.nodes.length - 1);
    expect(b.graph.nodes.some((n) => n.id === 'alone')).toBe(false);
    expect(b.graph.edges).toHaveLength(graph.edges.length);
    expect(b.graph.nodes.every((n) => n.data.x === 5 && n.data.y === 5)).toBe(true);
  });

  it('draws a large one as the leading brokers and the bodies linked to two of them, with the links among those', () => {
    const { graph, brokers } = star();
    const b = brokerBackbone(graph, brokers, 2, 100);
    expect(b.reduced).toBe(true);
    expect(b.total).toBe(graph.nodes.length - 1);
    expect(b.graph.nodes.map((n) => n.id).sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'h0', 'h1']);
    expect([b.brokers, b.bridged]).toEqual([2, 4]);
    expect(b.graph.edges.every((e) => ['h0', 'h1'].includes(e.source) && e.target.startsWith('b'))).toBe(true);
    expect(b.graph.edges).toHaveLength(8);
    // Sized by the links drawn, not by the hub's links in the whole network.
    expect(b.graph.nodes.find((n) => n.id === 'h0')!.data.degree).toBe(4);
    // Two rings: the brokers inside, the bodies they bridge outside.
    const r = (id: string) => Math.hypot(b.graph.nodes.find((n) => n.id === id)!.data.x!, b.graph.nodes.find((n) => n.id === id)!.data.y!);
    expect(Math.max(r('h0'), r('h1'))).toBeLessThan(Math.min(r('b0'), r('b1'), r('b2'), r('b3')));
    // More brokers asked for: more drawn, still far fewer than the network.
    const more = brokerBackbone(graph, brokers, 6, 100);
    expect(more.brokers).toBe(6);
    expect(more.graph.nodes.length).toBeLessThanOrEqual(6 * 3);
  });
});

describe('brokerMapFor', () => {
  it('serves the seeds’ linked network whole, with the server’s positions, once per version and top', async () => {
    const s = await seedSnapshot();
    const map = await brokerMapFor(s, null);
    expect(map.reduced).toBe(false);
    expect(map.total).toBe(map.graph.nodes.length);
    expect(map.graph.nodes.length).toBeGreaterThan(10);
    const linked = new Set(map.graph.edges.flatMap((e) => [e.source, e.target]));
    expect(map.graph.nodes.every((n) => linked.has(n.id) && typeof n.data.x === 'number')).toBe(true);
    expect(await brokerMapFor(s, 20)).toBe(map);
  });

  it('refuses a top out of range, naming the argument', () => {
    expect(backboneTop(undefined)).toBe(20);
    expect(() => backboneTop(0)).toThrow(InvalidInputError);
    expect(() => backboneTop(BACKBONE_TOP_MAX + 1)).toThrow(/top must be a whole number from 1 to 200/);
    expect(() => backboneTop(2.5)).toThrow(InvalidInputError);
  });
});
