/**
 * The server lays each linked component out apart and packs them into a
 * near-square (it does not know the screen). The explorer's canvas is about
 * twice as wide as it is high, so a square packing fits its height and leaves
 * two thirds of the width empty: every node and label is drawn at half the
 * size it could have. This packs the same components (each kept as the
 * server drew it) and the block of unlinked bodies into rows of a wide
 * rectangle instead. Pure; a graph without positions is returned as it is.
 *
 * A component drawn tighter than the grid of unlinked bodies is spread
 * (scaled about its centre, its shape kept) until its bodies are as far
 * apart as the grid's: else hundreds of unlinked bodies take the canvas and
 * the linked hubs, the point of the map, are crowded into a corner with no
 * room for their labels. A map of hundreds of bodies also gets room under
 * its best-connected nodes for their labels, as the server's aggregated maps
 * have.
 */
import type { Subgraph } from '../../api/index.ts';
import { labelledFirst, makeLabelRoom, OVERVIEW_FRAME } from '../../../../graph/query/label-room.ts';

/** Width over height of the explorer's canvas at 1366×768 and 1920×1080, about. */
export const CANVAS_ASPECT = 1.9;

interface Part {
  ids: string[];
  x1: number;
  y1: number;
  w: number;
  h: number;
  /** New top-left corner. */
  x?: number;
  y?: number;
}

/** Components packed in rows of a rectangle about `aspect` times as wide as high; unlinked bodies as one block of a grid. */
export function packWide(g: Subgraph, aspect = CANVAS_ASPECT): Subgraph {
  const pos = new Map<string, { x: number; y: number }>();
  for (const n of g.nodes) {
    if (typeof n.data.x !== 'number' || typeof n.data.y !== 'number') return g;
    pos.set(n.id, { x: n.data.x, y: n.data.y });
  }
  if (g.nodes.length < 3) return g;
  // Components by union-find over the links.
  const parent = new Map(g.nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const lengths: number[] = [];
  for (const e of g.edges) {
    if (!pos.has(e.source) || !pos.has(e.target) || e.source === e.target) continue;
    parent.set(root(e.source), root(e.target));
    const a = pos.get(e.source)!;
    const b = pos.get(e.target)!;
    lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  lengths.sort((a, b) => a - b);
  const step = lengths.length ? Math.max(1e-6, lengths[Math.floor(lengths.length / 2)]) : 10;
  const groups = new Map<string, string[]>();
  for (const n of g.nodes) {
    const r = root(n.id);
    const list = groups.get(r);
    if (list) list.push(n.id);
    else groups.set(r, [n.id]);
  }
  const pad = step * 0.75;
  const parts: Part[] = [];
  const singles: string[] = [];
  for (const ids of groups.values()) {
    if (ids.length === 1) {
      singles.push(ids[0]);
      continue;
    }
    spread(ids, pos, step);
    const xs = ids.map((id) => pos.get(id)!.x);
    const ys = ids.map((id) => pos.get(id)!.y);
    const x1 = Math.min(...xs);
    const y1 = Math.min(...ys);
    parts.push({ ids, x1: x1 - pad, y1: y1 - pad, w: Math.max(...xs) - x1 + 2 * pad, h: Math.max(...ys) - y1 + 2 * pad });
  }
  // The unlinked bodies in their order on the server's grid (rows, then columns), re-gridded wide.
  const grid = new Map<string, { x: number; y: number }>();
  if (singles.length) {
    singles.sort((a, b) => pos.get(a)!.y - pos.get(b)!.y || pos.get(a)!.x - pos.get(b)!.x);
    const cols = Math.max(1, Math.ceil(Math.sqrt(singles.length * aspect)));
    singles.forEach((id, k) => grid.set(id, { x: (k % cols) * step, y: Math.floor(k / cols) * step }));
    const rows = Math.ceil(singles.length / cols);
    parts.push({ ids: singles, x1: -pad, y1: -pad, w: (Math.min(cols, singles.length) - 1) * step + 2 * pad, h: (rows - 1) * step + 2 * pad });
  }
  // Rows (shelves), tallest parts first. The row width that gives the largest drawing on a canvas of `aspect` wins.
  const area = parts.reduce((s, p) => s + p.w * p.h, 0);
  const order = [...parts].sort((a, b) => b.h - a.h || b.w - a.w || (a.ids[0] < b.ids[0] ? -1 : 1));
  const shelve = (limit: number, place: boolean) => {
    let x = 0;
    let y = 0;
    let rowH = 0;
    let w = 0;
    for (const p of order) {
      if (x > 0 && x + p.w > limit) {
        y += rowH;
        x = 0;
        rowH = 0;
      }
      if (place) {
        p.x = x;
        p.y = y;
      }
      x += p.w;
      w = Math.max(w, x);
      rowH = Math.max(rowH, p.h);
    }
    return { w, h: y + rowH };
  };
  const widest = Math.max(...parts.map((p) => p.w));
  let best = widest;
  let bestScale = 0;
  for (let k = 0.5; k <= 3.01; k += 0.125) {
    const limit = Math.max(widest, k * Math.sqrt(area * aspect));
    const { w, h } = shelve(limit, false);
    const scale = Math.min(aspect / w, 1 / h);
    if (scale > bestScale * 1.0001) {
      best = limit;
      bestScale = scale;
    }
  }
  shelve(best, true);
  const out = new Map<string, { x: number; y: number }>();
  for (const p of parts) {
    for (const id of p.ids) {
      const q = grid.get(id) ?? pos.get(id)!;
      out.set(id, { x: p.x! + q.x - p.x1, y: p.y! + q.y - p.y1 });
    }
  }
  if (g.nodes.length > ROOM_ABOVE) labelRoom(g, out);
  return { ...g, nodes: g.nodes.map((n) => ({ ...n, data: { ...n.data, ...out.get(n.id)! } })) };
}

/** Maps of more bodies than this get room for their best-connected nodes' labels (fewer all find room as they are). */
export const ROOM_ABOVE = 150;

/**
 * Room under the LABELLED_TOP best-connected nodes (by links drawn, then id,
 * as the canvas ranks them) for their labels, as the server makes it for its
 * aggregated maps (graph/query/label-room.ts): in the frame of the canvas at
 * fit, then scaled back to the packing's size, so that bodies keep their
 * drawn size against the spacing.
 */
function labelRoom(g: Subgraph, out: Map<string, { x: number; y: number }>): void {
  const ids = g.nodes.map((n) => n.id);
  const xs = ids.map((id) => out.get(id)!.x);
  const ys = ids.map((id) => out.get(id)!.y);
  const width = Math.max(...xs) - Math.min(...xs);
  if (!(width > 0)) return;
  // Links drawn, a node's link to itself left out, as the canvas counts them (Cytoscape's degree(false)).
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    if (e.source === e.target) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const labels = new Map(g.nodes.map((n) => [n.id, String(n.data.label ?? '')]));
  const top = labelledFirst(ids, degree, (id) => labels.get(id)!);
  makeLabelRoom(xs, ys, { top: top.ids.map((id) => index.get(id)!), widths: top.widths });
  const back = width / OVERVIEW_FRAME.width;
  ids.forEach((id, i) => out.set(id, { x: xs[i] * back, y: ys[i] * back }));
}

/** Most a component is spread. */
const MAX_SPREAD = 4;

/**
 * Scales the positions of `ids` about their centre so that the median
 * distance from a body to its nearest neighbour is at least `step` (the grid
 * spacing of the unlinked bodies), by at most MAX_SPREAD. A grid of cells
 * `step` wide finds the neighbours, so a component of thousands costs a few
 * milliseconds.
 */
export function spread(ids: string[], pos: Map<string, { x: number; y: number }>, step: number): void {
  if (ids.length < 3) return;
  const cell = step;
  const cells = new Map<string, { x: number; y: number }[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const id of ids) {
    const p = pos.get(id)!;
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const list = cells.get(k);
    if (list) list.push(p);
    else cells.set(k, [p]);
  }
  // Nearest neighbour within a cell's reach (farther than `step` counts as `step`: no need to spread for it).
  const nearest = ids.map((id) => {
    const p = pos.get(id)!;
    const i0 = Math.floor(p.x / cell);
    const j0 = Math.floor(p.y / cell);
    let best = step;
    for (let i = i0 - 1; i <= i0 + 1; i++)
      for (let j = j0 - 1; j <= j0 + 1; j++)
        for (const q of cells.get(key(i, j)) ?? []) if (q !== p) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    return best;
  });
  nearest.sort((a, b) => a - b);
  const median = nearest[Math.floor(nearest.length / 2)];
  const factor = Math.min(MAX_SPREAD, step / Math.max(median, step / MAX_SPREAD));
  if (factor <= 1.05) return;
  const cx = ids.reduce((s, id) => s + pos.get(id)!.x, 0) / ids.length;
  const cy = ids.reduce((s, id) => s + pos.get(id)!.y, 0) / ids.length;
  for (const id of ids) {
    const p = pos.get(id)!;
    pos.set(id, { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor });
  }
}
