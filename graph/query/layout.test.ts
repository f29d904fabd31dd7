import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../load/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { GraphReader } from './reader.ts';
import { layoutGraph } from './layout.ts';

describe('server-side layouts', () => {
  it('place every node, the same way every time, with linked nodes nearer than unlinked ones', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    // Two rings of 20, joined by one edge.
    const edges = ids.map((id, i) => ({ source: id, target: ids[i < 20 ? (i + 1) % 20 : 20 + ((i - 19) % 20)] }));
    edges.push({ source: 'n0', target: 'n20' });
    const a = await layoutGraph(ids, edges);
    const b = await layoutGraph(ids, edges);
    expect([...a.keys()].sort()).toEqual([...ids].sort());
    expect([...b]).toEqual([...a]);
    const d = (p: string, q: string) => Math.hypot(a.get(p)!.x - a.get(q)!.x, a.get(p)!.y - a.get(q)!.y);
    const within = d('n1', 'n2') + d('n21', 'n22');
    const across = d('n5', 'n30') + d('n10', 'n35');
    expect(within).toBeLessThan(across);
  });

  it('are computed once per graph version and served as x and y on subgraph nodes', async () => {
    const store = new EmbeddedStore();
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    const reader = new GraphReader(store);
    const first = await reader.layout('NETWORK');
    expect(await new GraphReader(store).layout('NETWORK')).toBe(first);
    const g = await reader.subgraph({ view: 'NETWORK', focus: 'actor:bufdir', layout: true });
    expect(g.nodes.length).toBeGreaterThan(1);
    for (const n of g.nodes) expect(n.data).toMatchObject({ x: first.get(n.id)!.x, y: first.get(n.id)!.y });
    const plain = await reader.subgraph({ view: 'NETWORK', focus: 'actor:bufdir' });
    expect(plain.nodes.every((n) => n.data.x === undefined)).toBe(true);
    const reloaded = new EmbeddedStore();
    await loadDocuments(reloaded, [DEFAULT_SEEDS_DIR]);
    expect([...(await new GraphReader(reloaded).layout('NETWORK'))]).toEqual([...first]);
  });
});
