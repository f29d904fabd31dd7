/**
 * The layouts a user can pick for the network and measures views, all pure
 * data → positions, so the same data always gives the same picture.
 * "By level" and "by sector" are Cytoscape's own `concentric` and `grid`
 * layouts run on a headless core (cheap: linear in the nodes), so they may run
 * on the main thread. The force-directed one never does: a whole view takes
 * the positions the server computed once per graph version, and a focused
 * subgraph is laid out by `forcePositions` in the layout worker
 * (layout.worker.ts).
 */
import type { ElementDefinition } from 'cytoscape';
import { getCytoscape } from './cytoscape.ts';

export type LayoutName = 'force' | 'concentric' | 'grid';
export const LAYOUTS: readonly LayoutName[] = ['force', 'concentric', 'grid'];

/** Layouts cheap enough to run in the browser's main thread. */
export type ClientLayout = Exclude<LayoutName, 'force'>;

export type Positions = Record<string, { x: number; y: number }>;

interface NodeInfo {
  id: string;
  type: string;
  sector: string | null;
  levelRank: number | null;
  label: string;
  w: number;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nodeInfos(elements: readonly ElementDefinition[]): NodeInfo[] {
  return elements
    .filter((e) => e.group === 'nodes')
    .map((e) => ({
      id: e.data.id as string,
      type: (e.data.type as string) ?? 'Actor',
      sector: (e.data.sector as string | null) ?? null,
      levelRank: (e.data.levelRank as number | null) ?? null,
      label: (e.data.label as string) ?? '',
      w: (e.data.w as number) ?? 40,
    }))
    .sort(byId);
}

const byOrder = (order: readonly string[]) => (s: string | null) => {
  const i = s ? order.indexOf(s) : -1;
  return i < 0 ? order.length : i;
};

/** Sector order, then label, then id: the order nodes take inside a ring or a column. */
const sectorLabelOrder = (sectorOrder: readonly string[]) => {
  const sectorIndex = byOrder(sectorOrder);
  return (a: NodeInfo, b: NodeInfo) => sectorIndex(a.sector) - sectorIndex(b.sector) || a.label.localeCompare(b.label, 'nb') || byId(a, b);
};

/** Runs a Cytoscape layout on a headless core holding `nodes` (in that order) and returns the positions. */
function runHeadless(nodes: readonly NodeInfo[], options: Record<string, unknown>): Positions {
  const cy = getCytoscape()({
    headless: true,
    styleEnabled: true,
    elements: nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, label: n.label, rank: n.levelRank, type: n.type } })),
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(w)' } }],
  });
  cy.layout({ animate: false, fit: false, ...options } as unknown as cytoscape.LayoutOptions).run();
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return out;
}

/** Ring of a node: its level rank (ministries in the middle); measures (no level) outermost. */
const ringOf = (n: NodeInfo) => n.levelRank ?? (n.type === 'Measure' ? 6 : 5);

/**
 * "By level": Cytoscape's concentric layout, rings by administrative level,
 * each ring ordered by sector so a sector's line of bodies reads outwards.
 */
export function concentricPositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[]): Positions {
  const nodes = nodeInfos(elements).sort((a, b) => ringOf(a) - ringOf(b) || sectorLabelOrder(sectorOrder)(a, b));
  if (nodes.length === 0) return {};
  const maxRing = Math.max(...nodes.map(ringOf));
  const widest = Math.max(...nodes.map((n) => Math.max(n.w, 24 + n.label.length * 7)));
  return runHeadless(nodes, {
    name: 'concentric',
    concentric: (n: cytoscape.NodeSingular) => maxRing + 1 - ringOf({ levelRank: n.data('rank') as number | null, type: n.data('type') as string } as NodeInfo),
    levelWidth: () => 1,
    minNodeSpacing: Math.min(widest, 160) / 2,
    startAngle: -Math.PI / 2,
    avoidOverlap: true,
    equidistant: false,
  });
}

/** "By sector": Cytoscape's grid layout, a column block per sector (in table order), bodies stacked by level inside it. */
export function gridPositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[]): Positions {
  const nodes = nodeInfos(elements);
  const sectorIndex = byOrder(sectorOrder);
  const columns = new Map<number, NodeInfo[]>();
  for (const n of nodes) {
    const c = n.type === 'Measure' ? sectorOrder.length + 1 : sectorIndex(n.sector);
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c)!.push(n);
  }
  const perCol = 8;
  const cell = new Map<string, { row: number; col: number }>();
  let col = 0;
  for (const key of [...columns.keys()].sort((a, b) => a - b)) {
    const list = columns.get(key)!.sort((a, b) => (a.levelRank ?? 9) - (b.levelRank ?? 9) || a.label.localeCompare(b.label, 'nb') || byId(a, b));
    list.forEach((n, j) => cell.set(n.id, { row: j % perCol, col: col + Math.floor(j / perCol) }));
    col += Math.ceil(list.length / perCol);
  }
  if (nodes.length === 0) return {};
  const rows = Math.min(perCol, Math.max(...[...cell.values()].map((c) => c.row + 1)));
  return runHeadless(nodes, {
    name: 'grid',
    rows,
    cols: col,
    condense: false,
    avoidOverlap: true,
    boundingBox: { x1: 0, y1: 0, w: col * 170, h: rows * 92 },
    position: (n: cytoscape.NodeSingular) => cell.get(n.id()),
  });
}

/** Positions for a client-side layout. */
export function layoutPositions(elements: readonly ElementDefinition[], layout: ClientLayout, sectorOrder: readonly string[]): Positions {
  return layout === 'concentric' ? concentricPositions(elements, sectorOrder) : gridPositions(elements, sectorOrder);
}

/** The positions the elements already carry (from the server's layout), by id. */
export function carriedPositions(elements: readonly ElementDefinition[]): Positions {
  const out: Positions = {};
  for (const e of elements) if (e.group === 'nodes' && e.position) out[e.data.id as string] = { x: e.position.x, y: e.position.y };
  return out;
}

/**
 * The server's positions scaled uniformly so that nodes get about `spacing`
 * model units each (its layout's units are its own; node sizes are ours).
 * Pure; the shape of the layout is kept.
 */
export function spreadTo(positions: Positions, spacing = 150): Positions {
  const list = Object.values(positions);
  if (list.length < 2) return positions;
  const xs = list.map((p) => p.x);
  const ys = list.map((p) => p.y);
  const w = Math.max(1, Math.max(...xs) - Math.min(...xs));
  const h = Math.max(1, Math.max(...ys) - Math.min(...ys));
  const factor = spacing / Math.sqrt((w * h) / list.length);
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: Math.round(p.x * factor), y: Math.round(p.y * factor) };
  return out;
}

/** Room per node for `spreadTo`: a little more than the average node's larger side, with room for its label. */
export function spacingFor(elements: readonly ElementDefinition[]): number {
  const nodes = elements.filter((e) => e.group === 'nodes');
  if (nodes.length === 0) return 150;
  const mean = nodes.reduce((s, e) => s + Math.max((e.data.w as number) ?? 40, (e.data.h as number) ?? 40), 0) / nodes.length;
  return Math.max(150, Math.round(1.5 * mean + 70));
}

/**
 * Places nodes that have no position (a path's extra nodes, a body added since
 * the layout) next to their placed neighbours, else in a row below the rest.
 * Pure; returns a new map.
 */
export function placeMissing(elements: readonly ElementDefinition[], positions: Positions): Positions {
  const out: Positions = { ...positions };
  const missing = nodeInfos(elements).filter((n) => !out[n.id]);
  if (missing.length === 0) return out;
  const neighbours = new Map<string, string[]>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = e.data.source as string;
    const t = e.data.target as string;
    neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }
  const placed = Object.values(out);
  const x1 = placed.length ? Math.min(...placed.map((p) => p.x)) : 0;
  const y2 = placed.length ? Math.max(...placed.map((p) => p.y)) : 0;
  let row = 0;
  missing.forEach((n, i) => {
    const near = (neighbours.get(n.id) ?? []).map((id) => out[id]).filter(Boolean);
    if (near.length > 0) {
      const cx = near.reduce((s, p) => s + p.x, 0) / near.length;
      const cy = near.reduce((s, p) => s + p.y, 0) / near.length;
      out[n.id] = { x: Math.round(cx + 90 * Math.cos(i)), y: Math.round(cy + 90 * Math.sin(i)) };
    } else {
      out[n.id] = { x: x1 + (row % 10) * 175, y: y2 + 150 + Math.floor(row / 10) * 105 };
      row++;
    }
  });
  return out;
}
