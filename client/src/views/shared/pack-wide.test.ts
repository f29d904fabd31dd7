/** Packing the server's components for a wide canvas. */
import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../api/index.ts';
import { NETWORK } from '../../test/fixtures.ts';
import { packWide } from './pack-wide.ts';

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

  it('leaves a graph without positions as it is', () => {
    const g = { ...tall(), nodes: tall().nodes.map((n) => ({ ...n, data: { ...n.data, x: null, y: null } })) };
    expect(packWide(g)).toBe(g);
  });
});
