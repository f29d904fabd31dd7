/**
 * Deterministic layouts for the network and measures views. Each returns
 * positions by element id, computed without a DOM, so the same data always
 * gives the same picture: "concentric" and "grid" are plain geometry, "fcose"
 * runs on a headless Cytoscape from deterministic start positions with a
 * seeded Math.random.
 */
import type { ElementDefinition } from 'cytoscape';
import { mulberry32 } from '../../../graph/model/random.ts';
import { getCytoscape } from './cytoscape.ts';

export type LayoutName = 'fcose' | 'concentric' | 'grid';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'grid'];

export type Positions = Record<string, { x: number; y: number }>;


interface NodeInfo {
  id: string;
  type: string;
  sector: string | null;
  levelRank: number | null;
  label: string;
  w: number;
}

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
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const byOrder = (order: readonly string[]) => (s: string | null) => {
  const i = s ? order.indexOf(s) : -1;
  return i < 0 ? order.length : i;
};

/**
 * Rings by administrative level (ministries in the middle), each sector a wedge,
 * so a sector's line of bodies reads outwards. Measures (no level) form the outer ring.
 */
export function concentricPositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[]): Positions {
  const nodes = nodeInfos(elements);
  const sectorIndex = byOrder(sectorOrder);
  const rings = new Map<number, NodeInfo[]>();
  for (const n of nodes) {
    const r = n.levelRank ?? (n.type === 'Measure' ? 6 : 5);
    if (!rings.has(r)) rings.set(r, []);
    rings.get(r)!.push(n);
  }
  const out: Positions = {};
  let radius = 0;
  const ringKeys = [...rings.keys()].sort((a, b) => a - b);
  for (const [i, key] of ringKeys.entries()) {
    const ring = rings.get(key)!.sort((a, b) => sectorIndex(a.sector) - sectorIndex(b.sector) || a.label.localeCompare(b.label, 'nb') || (a.id < b.id ? -1 : 1));
    const need = ring.reduce((s, n) => s + Math.max(n.w, 24 + n.label.length * 7) + 24, 0) / (2 * Math.PI);
    radius = i === 0 && ring.length === 1 ? 0 : Math.max(radius + 150, need);
    ring.forEach((n, j) => {
      // Turn each ring a little so that the wedges line up from the centre outwards.
      const angle = -Math.PI / 2 + (2 * Math.PI * (j + 0.5)) / ring.length;
      out[n.id] = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
    });
  }
  return out;
}

/** Columns by sector (in table order), bodies stacked by level inside each column. */
export function gridPositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[]): Positions {
  const nodes = nodeInfos(elements);
  const sectorIndex = byOrder(sectorOrder);
  const columns = new Map<number, NodeInfo[]>();
  for (const n of nodes) {
    const c = n.type === 'Measure' ? sectorOrder.length + 1 : sectorIndex(n.sector);
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c)!.push(n);
  }
  const out: Positions = {};
  const colKeys = [...columns.keys()].sort((a, b) => a - b);
  const colWidth = 170;
  const rowHeight = 92;
  const perCol = 8;
  let x = 0;
  for (const key of colKeys) {
    const col = columns.get(key)!.sort((a, b) => (a.levelRank ?? 9) - (b.levelRank ?? 9) || a.label.localeCompare(b.label, 'nb') || (a.id < b.id ? -1 : 1));
    col.forEach((n, j) => {
      out[n.id] = { x: x + Math.floor(j / perCol) * colWidth, y: (j % perCol) * rowHeight };
    });
    x += Math.ceil(col.length / perCol) * colWidth + 40;
  }
  return out;
}

/** Nodes without edges, in rows under `box` (sorted by sector, then label), so they never pile up. */
function placeIsolates(isolates: NodeInfo[], box: { x1: number; x2: number; y2: number }, sectorOrder: readonly string[], out: Positions): void {
  if (isolates.length === 0) return;
  const sectorIndex = byOrder(sectorOrder);
  const sorted = [...isolates].sort((a, b) => sectorIndex(a.sector) - sectorIndex(b.sector) || a.label.localeCompare(b.label, 'nb') || (a.id < b.id ? -1 : 1));
  const cell = 175;
  const width = Math.max(box.x2 - box.x1, 700);
  const perRow = Math.max(4, Math.floor(width / cell));
  const left = (box.x1 + box.x2) / 2 - ((Math.min(perRow, sorted.length) - 1) * cell) / 2;
  sorted.forEach((n, i) => {
    out[n.id] = { x: Math.round(left + (i % perRow) * cell), y: Math.round(box.y2 + 150 + Math.floor(i / perRow) * 105) };
  });
}

/** Force-directed layout from the concentric start, repeatable for the same elements; unlinked nodes go in rows below. */
export function fcosePositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[], seed = 24): Positions {
  const linked = new Set<string>();
  for (const e of elements) if (e.group === 'edges') linked.add(e.data.source as string).add(e.data.target as string);
  const isolates = nodeInfos(elements).filter((n) => !linked.has(n.id));
  if (linked.size === 0) {
    const out: Positions = {};
    placeIsolates(isolates, { x1: 0, x2: 0, y2: -140 }, sectorOrder, out);
    return out;
  }
  elements = elements.filter((e) => e.group !== 'nodes' || linked.has(e.data.id as string));
  const start = concentricPositions(elements, sectorOrder);
  const cytoscape = getCytoscape();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: elements.map((e) => (e.group === 'nodes' ? { ...e, position: start[e.data.id as string] ?? { x: 0, y: 0 } } : e)),
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)' } },
    ],
  });
  const random = Math.random;
  Math.random = mulberry32(seed);
  try {
    cy.layout({
      name: 'fcose',
      randomize: false,
      animate: false,
      fit: false,
      quality: 'proof',
      nodeDimensionsIncludeLabels: false,
      nodeSeparation: 110,
      idealEdgeLength: () => 190,
      nodeRepulsion: () => 60000,
      edgeElasticity: () => 0.3,
      gravity: 0.15,
      gravityRange: 3.8,
      numIter: 2500,
      tile: false,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const out: Positions = {};
  let x1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  });
  cy.destroy();
  placeIsolates(isolates, { x1, x2, y2 }, sectorOrder, out);
  return out;
}

/** Positions for `layout`. */
export function layoutPositions(elements: readonly ElementDefinition[], layout: LayoutName, sectorOrder: readonly string[]): Positions {
  if (layout === 'concentric') return concentricPositions(elements, sectorOrder);
  if (layout === 'grid') return gridPositions(elements, sectorOrder);
  return fcosePositions(elements, sectorOrder);
}
