/** Packing the server's components for a wide canvas. */
import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../api/index.ts';
import { NETWORK } from '../../test/fixtures.ts';
import { LABEL_ROOM_HEIGHT, labelWidth, OVERVIEW_FRAME } from '../../../../graph/query/label-room.ts';
import { packWide, ROOM_ABOVE } from './pack-wide.ts';

const node = (id: string, x: number | null, y: number | null) => ({ id, data: { ...NETWORK.nodes[0].data, id, label: id, name: id, x, y } });
const edge = (s: string, t: string) => ({ id: `${s}-${t}`, source: s, target: t, data: { ...NETWORK.edges[0].data, id: `${s}-${t}`, source: s, target: t } });

/** Four triangles and 16 unlinked nodes stacked in one column, as a square packing for a narrow screen might. */
function tall(): Subgraph {
  const nodes = [];
  const edges = [];
  for (let c = 0; c < 4; c++) {
    const y = c * 40;
    nodes.push(node(`t${c}a`, 0, y), node(`t${c}b`, 10, y), node(`t${c}c`, 5, y + 8));
    edges.push(edge(`t${c}a`, `t${c}b`), edge(`t${c}b`, `t${c}c`), edge(`t${c}c`, `t${c}a`));
  }
  for (let i = 0; i < 16; i++) nodes.push(node(`s${i}`, (i % 4) * 10, 200 + Math.floor(i / 4) * 10));
  return { nodes, edges, truncated: false };
}

const bounds = (g: Subgraph, ids?: string[]) => {
  const ns = g.nodes.filter((n) => !ids || ids.includes(n.id));
  const xs = ns.map((n) => n.data.x!);
  const ys = ns.map((n) => n.data.y!);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys), x: Math.min(...xs), y: Math.min(...ys) };
};

describe('packWide', () => {
  it('packs the components into a wide rectangle, each as it was drawn, none on top of another', () => {
    const g = tall();
    const before = bounds(g);
    expect(before.h).toBeGreaterThan(before.w);
    const out = packWide(g);
    const after = bounds(out);
    expect(after.w / after.h).toBeGreaterThan(1);
    // Each triangle keeps its shape (moved, not scaled or turned).
    for (let c = 0; c < 4; c++) {
      const ids = [`t${c}a`, `t${c}b`, `t${c}c`];
      const at = (id: string) => out.nodes.find((n) => n.id === id)!.data;
      expect(at(ids[1]).x! - at(ids[0]).x!).toBeCloseTo(10);
      expect(at(ids[2]).y! - at(ids[0]).y!).toBeCloseTo(8);
    }
    // Component boxes do not overlap.
    const boxes = [0, 1, 2, 3].map((c) => bounds(out, [`t${c}a`, `t${c}b`, `t${c}c`]));
    boxes.push(bounds(out, Array.from({ length: 16 }, (_, i) => `s${i}`)));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.x + a.w < b.x || b.x + b.w < a.x || a.y + a.h < b.y || b.y + b.h < a.y;
        expect(apart).toBe(true);
      }
  });

  it('spreads a component drawn tighter than the grid of unlinked bodies until its bodies are as far apart, keeping its shape', () => {
    // A hub with 12 spokes of length 3: its leaves are 1.55 apart on their ring, half the grid's spacing (3, the median link).
    const nodes = [node('hub', 0, 0)];
    const edges = [];
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * 2 * Math.PI;
      nodes.push(node(`l${i}`, 3 * Math.cos(a), 3 * Math.sin(a)));
      edges.push(edge('hub', `l${i}`));
    }
    for (let i = 0; i < 30; i++) nodes.push(node(`s${i}`, 100 + i, 100));
    const out = packWide({ nodes, edges, truncated: false });
    const at = (id: string) => out.nodes.find((n) => n.id === id)!.data;
    const ring = (i: number) => Math.hypot(at(`l${i}`).x! - at('hub').x!, at(`l${i}`).y! - at('hub').y!);
    const apart = Math.hypot(at('l0').x! - at('l1').x!, at('l0').y! - at('l1').y!);
    // Spread: neighbours on the ring now 3 apart, as the unlinked bodies are.
    expect(apart).toBeCloseTo(3, 1);
    // Its shape kept: every spoke as long as every other, the angle between neighbours the same.
    for (let i = 1; i < 12; i++) expect(ring(i)).toBeCloseTo(ring(0), 6);
    expect(ring(0) / 3).toBeCloseTo(3 / (2 * 3 * Math.sin(Math.PI / 12)), 3);
    // The unlinked bodies keep the grid's spacing.
    const gridStep = Math.abs(at('s1').x! - at('s0').x!) || Math.abs(at('s1').y! - at('s0').y!);
    expect(gridStep).toBeCloseTo(3, 6);
  });

  it('gives the best-connected bodies of a map of hundreds room for their labels, as the server does for its aggregated maps', () => {
    // Ten hubs drawn almost on one spot, each with 20 leaves: over ROOM_ABOVE bodies.
    const nodes = [];
    const edges = [];
    for (let h = 0; h < 10; h++) {
      nodes.push(node(`hub${h}`, h * 0.05, 0));
      if (h > 0) edges.push(edge(`hub${h - 1}`, `hub${h}`));
      for (let i = 0; i < 20; i++) {
        const a = ((h * 20 + i) / 200) * 2 * Math.PI;
        nodes.push(node(`leaf${h}-${i}`, 3 * Math.cos(a), 3 * Math.sin(a)));
        edges.push(edge(`hub${h}`, `leaf${h}-${i}`));
      }
    }
    expect(nodes.length).toBeGreaterThan(ROOM_ABOVE);
    const out = packWide({ nodes, edges, truncated: false });
    const all = bounds(out);
    // In the frame the room was made in, each hub's label box under it is clear of every other's.
    const scale = OVERVIEW_FRAME.width / all.w;
    const box = (h: number) => {
      const d = out.nodes.find((n) => n.id === `hub${h}`)!.data;
      const x = (d.x! - all.x) * scale;
      const y = (d.y! - all.y) * scale;
      const half = labelWidth(`hub${h}`) / 2;
      return { x1: x - half, x2: x + half, y1: y, y2: y + LABEL_ROOM_HEIGHT };
    };
    for (let a = 0; a < 10; a++)
      for (let b = a + 1; b < 10; b++) {
        const [p, q] = [box(a), box(b)];
        expect(p.x2 <= q.x1 || q.x2 <= p.x1 || p.y2 <= q.y1 || q.y2 <= p.y1, `hub${a} and hub${b}`).toBe(true);
      }
  });

  it('leaves a graph without positions as it is', () => {
    const g = { ...tall(), nodes: tall().nodes.map((n) => ({ ...n, data: { ...n.data, x: null, y: null } })) };
    expect(packWide(g)).toBe(g);
  });
});
