/**
 * The server lays each linked component out apart and packs them into a
 * near-square (it does not know the screen). The explorer's canvas is about
 * twice as wide as it is high, so a square packing fits its height and leaves
 * two thirds of the width empty: every node and label is drawn at half the
 * size it could have. This packs the same components (each kept as the
 * server drew it) and the block of unlinked bodies into rows of a wide
 * rectangle instead. Pure; a graph without positions is returned as it is.
 */
import type { Subgraph } from '../../api/index.ts';

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
  return { ...g, nodes: g.nodes.map((n) => ({ ...n, data: { ...n.data, ...out.get(n.id)! } })) };
}
