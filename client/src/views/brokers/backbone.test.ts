/** The brokers' canvas: the linked network whole when it is small, else the leading brokers and the bodies they bridge. */
import { describe, expect, it } from 'vitest';
import type { Broker, Subgraph } from '../../api/index.ts';
import { NETWORK } from '../../test/fixtures.ts';
import { brokerBackbone } from './backbone.ts';

const node = (id: string) => ({ id, data: { ...NETWORK.nodes[0].data, id, label: id, name: id, x: 5, y: 5 } });
const edge = (s: string, t: string) => ({ id: `${s}-${t}`, source: s, target: t, data: { ...NETWORK.edges[0].data, id: `${s}-${t}`, source: s, target: t } });
const broker = (id: string, betweenness: number): Broker => ({ actor: { id, name: id, abbreviation: null } as Broker['actor'], betweenness, degree: 0, weightedDegree: 0, partners: 0, crossSectorPartners: 0, sectorsBridged: [] });

/** Hubs h0…h9 (h0 brokers most), each with 20 bodies of its own; bodies b0…b5 linked to hubs 0 and 1, b6 to hub 0 only; one body unlinked. */
function star(): { graph: Subgraph; brokers: Broker[] } {
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
  return { graph: { nodes, edges, truncated: false }, brokers: Array.from({ length: 10 }, (_, h) => broker(`h${h}`, 1 - h / 10)) };
}

describe('brokerBackbone', () => {
  it('draws a small network whole, without its unlinked bodies, each component as the server drew it', () => {
    const { graph, brokers } = star();
    const b = brokerBackbone(graph, brokers, 2, 1000);
    expect(b.reduced).toBe(false);
    expect(b.graph.nodes).toHaveLength(graph.nodes.length - 1);
    expect(b.graph.nodes.some((n) => n.id === 'alone')).toBe(false);
    expect(b.graph.edges).toHaveLength(graph.edges.length);
    expect(b.graph.nodes.every((n) => typeof n.data.x === 'number' && typeof n.data.y === 'number')).toBe(true);
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
    // Two rings: the brokers inside, the bodies they bridge outside.
    const r = (id: string) => Math.hypot(b.graph.nodes.find((n) => n.id === id)!.data.x!, b.graph.nodes.find((n) => n.id === id)!.data.y!);
    expect(Math.max(r('h0'), r('h1'))).toBeLessThan(Math.min(r('b0'), r('b1'), r('b2'), r('b3')));
    // More brokers asked for: more drawn, still far fewer than the network.
    const more = brokerBackbone(graph, brokers, 6, 100);
    expect(more.brokers).toBe(6);
    expect(more.graph.nodes.length).toBeLessThanOrEqual(6 * 3);
  });
});
