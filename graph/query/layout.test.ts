import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import components from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../load/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { layoutGraph } from './layout.ts';
import { OVERVIEW_FRAME, LABEL_ROOM_HEIGHT, makeLabelRoom, runLayout } from './layout-core.ts';
import { snapshotsOf } from './snapshot/index.ts';
import { subgraph } from './snapshot/subgraph.ts';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };

/** The smallest box around some positions. */
function box(points: { x: number; y: number }[]) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

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
    // The worker and this thread give the same positions.
    expect([...(await layoutGraph(ids, edges, { inThread: true }))]).toEqual([...a]);
    const d = (p: string, q: string) => Math.hypot(a.get(p)!.x - a.get(q)!.x, a.get(p)!.y - a.get(q)!.y);
    const within = d('n1', 'n2') + d('n21', 'n22');
    const across = d('n5', 'n30') + d('n10', 'n35');
    expect(within).toBeLessThan(across);
  });

  it('lay out components apart: their boxes do not overlap, and unlinked nodes are packed in one compact block', () => {
    // Three rings of 12 that share no link, a 4-node chain, and 38 nodes with no link at all.
    const ids: string[] = [];
    const edges: [number, number, number][] = [];
    const ring = (n: number) => {
      const first = ids.length;
      for (let i = 0; i < n; i++) ids.push(`r${first + i}`);
      for (let i = 0; i < n; i++) edges.push([first + i, first + ((i + 1) % n), 1]);
      return ids.slice(first);
    };
    const rings = [ring(12), ring(12), ring(12)];
    const chainStart = ids.length;
    for (let i = 0; i < 4; i++) ids.push(`c${i}`);
    for (let i = 0; i < 3; i++) edges.push([chainStart + i, chainStart + i + 1, 1]);
    const singles = Array.from({ length: 38 }, (_, i) => `s${i}`);
    ids.push(...singles);
    const xs = ids.map((_, i) => Math.cos(i) * 50);
    const ys = ids.map((_, i) => Math.sin(i * 1.3) * 50);
    const out = runLayout({ ids, xs, ys, edges });
    expect(out.components).toBe(4);
    const at = (id: string) => ({ x: out.xs[ids.indexOf(id)], y: out.ys[ids.indexOf(id)] });
    const boxes = [...rings, ids.slice(chainStart, chainStart + 4), singles].map((group) => box(group.map(at)));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    // The unlinked nodes sit in a near-square block no bigger than the rings laid out, not a strip of the screen.
    const s = boxes.at(-1)!;
    const w = s.maxX - s.minX;
    const h = s.maxY - s.minY;
    expect(Math.max(w, h) / Math.max(1, Math.min(w, h))).toBeLessThan(1.6);
    const all = box(ids.map(at));
    expect((w * h) / ((all.maxX - all.minX) * (all.maxY - all.minY))).toBeLessThan(0.35);
    // Every component at one scale: the chain's links as long as the rings' (a short chain is no pile of nodes).
    const link = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const chain = median([link('c0', 'c1'), link('c1', 'c2'), link('c2', 'c3')]);
    const ringLinks = median(rings[0].map((id, i) => link(id, rings[0][(i + 1) % 12])));
    expect(chain / ringLinks).toBeGreaterThan(0.9);
    expect(chain / ringLinks).toBeLessThan(1.1);
  });

  it('are made with the graph version, served as x and y on subgraph nodes, and the same for the same graph', async () => {
    const store = new EmbeddedStore();
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    const snapshot = await snapshotsOf(store).at();
    // Queued when the version was made: the promise is there before anyone asks for positions.
    const first = await snapshot.layouts.get('NETWORK')!;
    expect(await (await snapshotsOf(store).at()).layouts.get('NETWORK')!).toBe(first);
    const g = await subgraph(snapshot, { view: 'NETWORK', focus: 'actor:bufdir', layout: true });
    expect(g.nodes.length).toBeGreaterThan(1);
    for (const n of g.nodes) expect(n.data).toMatchObject({ x: first.get(n.id)!.x, y: first.get(n.id)!.y });
    const plain = await subgraph(snapshot, { view: 'NETWORK', focus: 'actor:bufdir' });
    expect(plain.nodes.every((n) => n.data.x === undefined)).toBe(true);
    // The seeds' groups that share no link are laid out apart: no two components' boxes overlap.
    const whole = await subgraph(snapshot, { view: 'NETWORK', layout: true });
    const graph = new UndirectedGraph();
    for (const n of whole.nodes) graph.addNode(n.id);
    for (const e of whole.edges) if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target);
    const parts = components.connectedComponents(graph).filter((c) => c.length > 1);
    expect(parts.length).toBeGreaterThan(1);
    const at = new Map(whole.nodes.map((n) => [n.id, { x: n.data.x!, y: n.data.y! }]));
    const boxes = parts.map((c) => box(c.map((id) => at.get(id)!)));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    const reloaded = new EmbeddedStore();
    await loadDocuments(reloaded, [DEFAULT_SEEDS_DIR]);
    expect([...(await (await snapshotsOf(reloaded).at()).layouts.get('NETWORK')!)]).toEqual([...first]);
  }, 180_000);

  it('make room for the labels of the best-connected nodes of an overview, inside a frame the shape of the canvas', () => {
    // A hub-and-spoke tangle: 40 nodes in a small disc, the first 30 of them (wide labels) crowded in its middle.
    const n = 40;
    const xs = Array.from({ length: n }, (_, i) => (i < 30 ? Math.cos(i * 2.4) * 3 : Math.cos(i) * 20));
    const ys = Array.from({ length: n }, (_, i) => (i < 30 ? Math.sin(i * 2.4) * 3 : Math.sin(i) * 20));
    const top = Array.from({ length: 30 }, (_, i) => i);
    const widths = top.map((i) => 60 + (i % 5) * 18);
    const labelBox = (k: number) => ({ minX: xs[top[k]] - widths[k] / 2, maxX: xs[top[k]] + widths[k] / 2, minY: ys[top[k]], maxY: ys[top[k]] + LABEL_ROOM_HEIGHT });
    const crowded = (): number => {
      let pairs = 0;
      for (let a = 0; a < top.length; a++) for (let b = a + 1; b < top.length; b++) if (overlap(labelBox(a), labelBox(b))) pairs++;
      return pairs;
    };
    const before = [xs.slice(), ys.slice()];
    expect(makeLabelRoom(xs, ys, { top, widths })).toBe(0);
    expect(crowded()).toBe(0);
    // Stretched to the frame and kept in it: the map fills a wide canvas, labels included.
    const all = box(xs.map((x, i) => ({ x, y: ys[i] })));
    expect(all.minX).toBeGreaterThanOrEqual(0);
    expect(all.maxX).toBeLessThanOrEqual(OVERVIEW_FRAME.width);
    expect(all.maxY - all.minY).toBeLessThanOrEqual(OVERVIEW_FRAME.height);
    expect((all.maxX - all.minX) / (all.maxY - all.minY)).toBeGreaterThan(1.4);
    top.forEach((i, k) => {
      expect(xs[i] - widths[k] / 2).toBeGreaterThanOrEqual(0);
      expect(xs[i] + widths[k] / 2).toBeLessThanOrEqual(OVERVIEW_FRAME.width);
    });
    // Nodes without labels to place keep their place in the stretched map; the same input gives the same positions.
    const [x0, y0] = before;
    const again = [x0.slice(), y0.slice()];
    makeLabelRoom(again[0], again[1], { top, widths });
    expect(again).toEqual([xs, ys]);
    const stretchedOnly = [x0.slice(), y0.slice()];
    makeLabelRoom(stretchedOnly[0], stretchedOnly[1], { top: [], widths: [] });
    for (let i = 30; i < n; i++) expect([xs[i], ys[i]]).toEqual([stretchedOnly[0][i], stretchedOnly[1][i]]);
    // Without the room made, the same tangle is crowded: the check above can fail.
    xs.splice(0, n, ...stretchedOnly[0]);
    ys.splice(0, n, ...stretchedOnly[1]);
    expect(crowded()).toBeGreaterThan(10);
  });

  it('keeps room for large bodies as well as labels, in a frame grown to hold them', () => {
    // Twenty group boxes (100 × 60) and their labels, all at one spot: more than half the frame's area.
    const n = 20;
    const xs = Array.from({ length: n }, (_, i) => Math.cos(i) * 2);
    const ys = Array.from({ length: n }, (_, i) => Math.sin(i) * 2);
    const top = Array.from({ length: n }, (_, i) => i);
    const widths = top.map(() => 80);
    const bodies = top.map(() => ({ w: 100, h: 60 }));
    expect(makeLabelRoom(xs, ys, { top, widths, bodies })).toBe(0);
    // Body and label under it, as one box per node: none overlaps another.
    const room = (i: number) => ({ minX: xs[i] - 50, maxX: xs[i] + 50, minY: ys[i] - 30, maxY: ys[i] + 30 + LABEL_ROOM_HEIGHT });
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) expect(overlap(room(a), room(b))).toBe(false);
    const all = box(xs.map((x, i) => ({ x, y: ys[i] })));
    // They could not all fit the frame: it grew, and the rooms reach past it.
    expect(all.minX - 50).toBeGreaterThanOrEqual(0);
    expect(all.minY - 30).toBeGreaterThanOrEqual(0);
    expect(all.maxX + 50 > OVERVIEW_FRAME.width || all.maxY + 30 > OVERVIEW_FRAME.height).toBe(true);
    // Taken as points, the same bodies would be crowded.
    const pxs = Array.from({ length: n }, (_, i) => Math.cos(i) * 2);
    const pys = Array.from({ length: n }, (_, i) => Math.sin(i) * 2);
    makeLabelRoom(pxs, pys, { top, widths });
    let crowded = 0;
    const pointRoom = (i: number) => ({ minX: pxs[i] - 50, maxX: pxs[i] + 50, minY: pys[i] - 30, maxY: pys[i] + 30 + LABEL_ROOM_HEIGHT });
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (overlap(pointRoom(a), pointRoom(b))) crowded++;
    expect(crowded).toBeGreaterThan(5);
  });
});
