/**
 * The layout computation itself, pure and synchronous, and the only force
 * layout of the project: run in the server's layout thread (layout.worker.ts),
 * in the explorer's layout worker for a focused subgraph
 * (client/src/graph/force-layout.ts, through layoutNow), or in this thread by
 * tests. It has no Node dependencies, so the browser bundle takes it. Each connected
 * component is laid out on its own with ForceAtlas2 (graphology), so groups
 * that share no link never look wired together; the components are then
 * packed into a near-square with potpack, largest first, and the nodes with
 * no link at all are packed together as one compact block of a grid, not
 * spread over half the screen. Deterministic: the same input gives the same
 * positions.
 *
 * An overview (a map of groups, graph/query/snapshot/layouts.ts) asks for
 * room for labels as well (`room`): the layout is then stretched to the
 * explorer's canvas (wider than high) and each of its best-connected nodes
 * moved, where it must, to the nearest place where its label fits under it
 * without touching another's (makeLabelRoom), so the map can be drawn as it
 * comes.
 */
import graphology from 'graphology';
import type { UndirectedGraph as UndirectedGraphType } from 'graphology';
import components from 'graphology-components';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import potpack, { type PotpackBox } from 'potpack';
import { mulberry32 } from '../model/random.ts';
import { makeLabelRoom, type LabelRoom } from './label-room.ts';

export { LABEL_ROOM_HEIGHT, makeLabelRoom, OVERVIEW_FRAME, type LabelRoom } from './label-room.ts';

const { UndirectedGraph } = graphology as unknown as { UndirectedGraph: typeof UndirectedGraphType };

/** What a layout needs, in plain arrays that cross to a worker cheaply. */
export interface LayoutInput {
  ids: string[];
  /** Seeded start positions, one per id. */
  xs: number[];
  ys: number[];
  /** Edges as index pairs with a weight; at most one per pair. */
  edges: [number, number, number][];
  /** Room for the labels of the best-connected nodes (overviews); positions come back in the frame's pixels. */
  room?: LabelRoom;
}

export interface LayoutOutput {
  xs: number[];
  ys: number[];
  /** How many connected components (with at least one link) were laid out apart. */
  components: number;
}

/** Iterations by component size: fewer for big graphs, where each costs more and Barnes-Hut is approximate anyway. */
export function layoutIterations(order: number): number {
  return order <= 500 ? 300 : order <= 3000 ? 150 : 80;
}

/** Space around each component, as a share of the typical link length. */
const GAP = 1.5;

interface Placed {
  /** Indexes into the input. */
  members: number[];
  xs: number[];
  ys: number[];
}

/** Lays out each component apart and packs them. */
export function runLayout(input: LayoutInput): LayoutOutput {
  const n = input.ids.length;
  const xs = new Array<number>(n).fill(0);
  const ys = new Array<number>(n).fill(0);
  if (!n) return { xs, ys, components: 0 };
  const graph = new UndirectedGraph();
  input.ids.forEach((id, i) => graph.addNode(id, { i, x: input.xs[i], y: input.ys[i] }));
  for (const [s, t, w] of input.edges) if (s !== t && !graph.hasEdge(input.ids[s], input.ids[t])) graph.addEdge(input.ids[s], input.ids[t], { weight: w });
  const index = (id: string) => graph.getNodeAttribute(id, 'i') as number;

  // Components in a fixed order: largest first, then by their first node in input order.
  const parts = components
    .connectedComponents(graph)
    .map((ids) => ids.map(index).sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0] - b[0]);
  const linked = parts.filter((p) => p.length > 1);
  const singles = parts.filter((p) => p.length === 1).map((p) => p[0]);

  // Each component at one scale: ForceAtlas2 draws a small component's links shorter than a large one's,
  // and a short chain drawn at the large one's scale is a pile of nodes on top of each other.
  const placed: Placed[] = linked.map((members) => toUnitLinks(graph, input, layoutComponent(graph, input, members)));
  // The typical link length sets the spacing of the packing and of the block of unlinked nodes.
  const step = typicalLinkLength(graph, input, placed) || 10;
  const pad = step * GAP;

  const boxes: (PotpackBox & { placed: Placed })[] = [];
  for (const p of placed) {
    const minX = Math.min(...p.xs);
    const minY = Math.min(...p.ys);
    const w = Math.max(...p.xs) - minX + 2 * pad;
    const h = Math.max(...p.ys) - minY + 2 * pad;
    boxes.push({ w, h, placed: { members: p.members, xs: p.xs.map((x) => x - minX + pad), ys: p.ys.map((y) => y - minY + pad) } });
  }
  if (singles.length) {
    // One compact square block of a grid, in input order.
    const cols = Math.ceil(Math.sqrt(singles.length));
    const rows = Math.ceil(singles.length / cols);
    boxes.push({
      w: (cols - 1) * step + 2 * pad,
      h: (rows - 1) * step + 2 * pad,
      placed: { members: singles, xs: singles.map((_, k) => (k % cols) * step + pad), ys: singles.map((_, k) => Math.floor(k / cols) * step + pad) },
    });
  }
  potpack(boxes);
  for (const b of boxes) {
    b.placed.members.forEach((m, k) => {
      xs[m] = b.x! + b.placed.xs[k];
      ys[m] = b.y! + b.placed.ys[k];
    });
  }
  if (input.room) makeLabelRoom(xs, ys, input.room);
  return { xs, ys, components: linked.length };
}

/** ForceAtlas2 on one component (two nodes: side by side). */
function layoutComponent(graph: UndirectedGraphType, input: LayoutInput, members: number[]): Placed {
  if (members.length === 2) return { members, xs: [0, 10], ys: [0, 0] };
  const sub = new UndirectedGraph();
  for (const m of members) sub.addNode(input.ids[m], { x: input.xs[m], y: input.ys[m] });
  for (const m of members) {
    graph.forEachEdge(input.ids[m], (_e, attr, s, t) => {
      if (s === input.ids[m] && !sub.hasEdge(s, t)) sub.addEdge(s, t, { weight: attr.weight });
    });
  }
  const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: sub.order > 500, gravity: 1, scalingRatio: 10 };
  const positions = forceAtlas2(sub, { iterations: layoutIterations(sub.order), settings, getEdgeWeight: 'weight' });
  return { members, xs: members.map((m) => positions[input.ids[m]].x), ys: members.map((m) => positions[input.ids[m]].y) };
}

/** Link length every component is scaled to: that of a two-node component. */
const UNIT_LINK = 10;

/** A component scaled about its first node so that its median link is `UNIT_LINK` long. */
function toUnitLinks(graph: UndirectedGraphType, input: LayoutInput, p: Placed): Placed {
  // The component's own links only (its members' edges), so the cost is its size, not the graph's.
  const at = new Map<string, number>();
  p.members.forEach((m, k) => at.set(input.ids[m], k));
  const lengths: number[] = [];
  for (const [k, m] of p.members.entries()) {
    graph.forEachEdge(input.ids[m], (_e, _a, s, t) => {
      const j = at.get(s === input.ids[m] ? t : s);
      if (j !== undefined && j > k) lengths.push(Math.hypot(p.xs[k] - p.xs[j], p.ys[k] - p.ys[j]));
    });
  }
  lengths.sort((a, b) => a - b);
  const median = lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;
  if (!(median > 0)) return p;
  const f = UNIT_LINK / median;
  return { members: p.members, xs: p.xs.map((x) => x * f), ys: p.ys.map((y) => y * f) };
}

/** The median length of the links as laid out. */
function typicalLinkLength(graph: UndirectedGraphType, input: LayoutInput, placed: Placed[]): number {
  const at = new Map<string, [number, number]>();
  for (const p of placed) p.members.forEach((m, k) => at.set(input.ids[m], [p.xs[k], p.ys[k]]));
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    const a = at.get(s);
    const b = at.get(t);
    if (a && b) lengths.push(Math.hypot(a[0] - b[0], a[1] - b[1]));
  });
  if (!lengths.length) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
}

/** A node position. */
export interface Position {
  x: number;
  y: number;
}

/** An edge as a layout takes it. */
export interface LayoutEdge {
  source: string;
  target: string;
  data?: { weight?: number };
}

/** What a layout is asked for besides the graph. */
export interface LayoutRequest {
  seed?: number;
  /**
   * Room for labels (overviews): these nodes, most important first, each
   * with its label's width on screen in px (and its body). The layout is then stretched to
   * the canvas's frame (OVERVIEW_FRAME) and its units are pixels.
   */
  labels?: { ids: readonly string[]; widths: readonly number[]; bodies?: readonly { w: number; h: number }[] };
}

/**
 * The input of a layout of `nodeIds` (in a fixed order) linked by `edges`
 * (ends outside `nodeIds` are ignored; parallel edges count once, weighted by
 * `weight`), from seeded start positions, so they do not depend on Math.random.
 */
export function layoutInput(nodeIds: readonly string[], edges: readonly LayoutEdge[], options: LayoutRequest = {}): LayoutInput {
  const index = new Map<string, number>();
  const random = mulberry32(options.seed ?? 1);
  const spread = Math.sqrt(Math.max(1, nodeIds.length)) * 10;
  const input: LayoutInput = { ids: [], xs: [], ys: [], edges: [] };
  for (const id of nodeIds) {
    if (index.has(id)) continue;
    index.set(id, input.ids.length);
    input.ids.push(id);
    input.xs.push((random() - 0.5) * spread);
    input.ys.push((random() - 0.5) * spread);
  }
  const pairs = new Map<string, [number, number, number]>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? `${s},${t}` : `${t},${s}`;
    const w = Math.max(1, e.data?.weight ?? 1);
    const had = pairs.get(key);
    if (had) had[2] += w;
    else pairs.set(key, [Math.min(s, t), Math.max(s, t), w]);
  }
  input.edges = [...pairs.values()];
  if (options.labels) {
    const room: LabelRoom = { top: [], widths: [], ...(options.labels.bodies ? { bodies: [] } : {}) };
    options.labels.ids.forEach((id, k) => {
      const i = index.get(id);
      if (i === undefined || room.top.includes(i)) return;
      room.top.push(i);
      room.widths.push(options.labels!.widths[k]);
      if (room.bodies) room.bodies.push(options.labels!.bodies![k]);
    });
    input.room = room;
  }
  return input;
}

/** A layout's output by id, rounded to 0.1 and centred on 0. */
export function centredPositions(input: LayoutInput, { xs, ys }: Pick<LayoutOutput, 'xs' | 'ys'>): Map<string, Position> {
  const out = new Map<string, Position>();
  if (!input.ids.length) return out;
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  input.ids.forEach((id, i) => out.set(id, { x: Math.round((xs[i] - cx) * 10) / 10, y: Math.round((ys[i] - cy) * 10) / 10 }));
  return out;
}

/** The whole layout in this thread: what the server's layout thread computes, for a small graph (the explorer's layout worker). */
export function layoutNow(nodeIds: readonly string[], edges: readonly LayoutEdge[], options: LayoutRequest = {}): Map<string, Position> {
  const input = layoutInput(nodeIds, edges, options);
  return centredPositions(input, runLayout(input));
}
