/**
 * Pure translation of API data into Cytoscape elements for the network and
 * measures views. Every element carries `ref`: the id of the graph node or
 * edge it shows, so selection works the same in every view (the matrix shows
 * one actor in several cells, each its own element with the same ref).
 */
import type { ElementDefinition } from 'cytoscape';
import type { CoordinationKind, GraphNodeData, Subgraph } from '../api/index.ts';
import { COORDINATION_PRIORITY, COORDINATION_STYLES, KIND_SHAPES, NO_SECTOR_COLOR, shade, STATUS_COLORS, textOn, tint, UI } from './palette.ts';
import { groupSize, nodeSize } from '../../../graph/query/node-size.ts';

// Node sizes are shared with the server's overview layouts, which keep room for them.
export { groupSize, nodeSize } from '../../../graph/query/node-size.ts';

/** What the element builders need besides the data. */
export interface ElementContext {
  /** Colour of each sector id. */
  colors: Map<string, string>;
}

export type ViewMode = 'network' | 'measures';

/** The kind that decides an edge's line style: the strongest of its kinds. */
export function primaryKind(kinds: readonly CoordinationKind[]): CoordinationKind | null {
  return COORDINATION_PRIORITY.find((k) => kinds.includes(k)) ?? null;
}

/** Edge width from its evidence count: 1.5 px for one piece, growing slowly, at most 9. */
export function edgeWidth(weight: number): number {
  return Math.min(9, 1.5 + 2 * Math.log2(Math.max(1, weight)));
}

const EDGE_CLASS: Record<string, string> = {
  COORDINATES_WITH: 'edge-coord',
  RESPONSIBLE_FOR: 'edge-responsible',
  INVOLVED_IN: 'edge-involved',
  PART_OF: 'edge-partof',
  PARTICIPATES_IN: 'edge-participates',
  LEADS: 'edge-leads',
};

/** A group of an overview (level of detail): a large rounded box in its sector's or status's colour, labelled with its count. */
function groupElement(d: GraphNodeData, ctx: ElementContext): ElementDefinition {
  const size = groupSize(d.memberCount ?? 1);
  const base = d.status ? STATUS_COLORS[d.status] : d.sector ? ctx.colors.get(d.sector) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
  return {
    group: 'nodes',
    data: {
      id: d.id, ref: d.id, type: 'Group', label: d.label, name: d.name, kind: d.kind, status: d.status ?? null,
      sector: d.sector, sectorIds: d.sectorIds, levelIds: d.levelIds, levelRank: d.levelRank, documentIds: d.documentIds,
      degree: d.degree, memberCount: d.memberCount ?? 0, stem: d.stem ?? null,
      color: tint(base, 0.55), borderColor: shade(base, 0.35), textColor: UI.text,
      shape: 'round-rectangle', w: Math.round(size * 1.6), h: size, tw: Math.round(size * 1.6) + 60,
    },
    classes: 'node-group',
  };
}

function nodeElement(d: GraphNodeData, ctx: ElementContext, mode: ViewMode): ElementDefinition {
  if (d.type === 'Group') return groupElement(d, ctx);
  const size = nodeSize(d.degree, d.type);
  if (d.type === 'Measure') {
    const status = d.status ?? 'UNKNOWN';
    const color = STATUS_COLORS[status];
    return {
      group: 'nodes',
      data: {
        id: d.id, ref: d.id, type: d.type, label: d.label, name: d.name, status,
        kind: null, sector: null, sectorIds: [], levelIds: [], levelRank: null,
        documentIds: d.documentIds, degree: d.degree,
        color, borderColor: status === 'UNKNOWN' ? '#6B7280' : shade(color, 0.35), textColor: textOn(color),
        shape: 'round-rectangle', w: 88, h: size,
      },
      classes: `node-measure status-${status}`,
    };
  }
  const sectorColor = d.sector ? ctx.colors.get(d.sector) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
  const neutral = mode === 'measures';
  const color = neutral ? '#FFFFFF' : sectorColor;
  const shape = d.kind ? KIND_SHAPES[d.kind] : d.type === 'Initiative' ? 'round-pentagon' : 'ellipse';
  return {
    group: 'nodes',
    data: {
      id: d.id, ref: d.id, type: d.type, label: d.label, name: d.name,
      kind: d.kind, status: null, sector: d.sector, sectorIds: d.sectorIds, levelIds: d.levelIds,
      levelRank: d.levelRank, documentIds: d.documentIds, degree: d.degree,
      color, borderColor: neutral ? shade(sectorColor, 0.2) : shade(sectorColor, 0.35), textColor: UI.text,
      shape, w: size, h: size,
    },
    classes: `node-${d.type.toLowerCase()}${d.kind ? ` kind-${d.kind}` : ''}${d.curated === false ? ' uncurated' : ''}`,
  };
}

/** A node's element with the server's layout position, when the data carries one. */
function positioned(el: ElementDefinition, d: GraphNodeData): ElementDefinition {
  return typeof d.x === 'number' && typeof d.y === 'number' ? { ...el, position: { x: d.x, y: d.y } } : el;
}

/** Elements of a subgraph for the network (actors coloured by sector) or measures (by status) view; nodes keep the server's positions when given. */
export function subgraphElements(graph: Subgraph, ctx: ElementContext, mode: ViewMode): ElementDefinition[] {
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((n) => positioned(nodeElement(n.data, ctx, mode), n.data));
  const ids = new Set(nodes.map((n) => n.data.id));
  const edges: ElementDefinition[] = [];
  for (const e of [...graph.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const d = e.data;
    const pk = primaryKind(d.kinds);
    const style = pk ? COORDINATION_STYLES[pk] : null;
    edges.push({
      group: 'edges',
      data: {
        id: e.id, ref: e.id, source: e.source, target: e.target, type: d.type, kinds: d.kinds,
        primaryKind: pk, weight: d.weight,
        width: d.type === 'INVOLVED_IN' ? 1.25 : edgeWidth(d.weight),
        count: d.count ?? null,
        lineStyle: style?.lineStyle ?? (d.type === 'INVOLVED_IN' ? 'dashed' : 'solid'), dash: style?.dash ?? (d.type === 'INVOLVED_IN' ? [5, 4] : []),
        documentIds: d.documentIds,
      },
      classes: `${EDGE_CLASS[d.type] ?? 'edge-other'}${pk ? ` coord-${pk}` : ''}${d.type === 'AGGREGATE' ? ' edge-aggregate' : ''}`,
    });
  }
  return [...nodes, ...edges];
}

/** Copies of the elements with positions set from `positions` (elements without one are left as they are). */
export function withPositions(
  elements: readonly ElementDefinition[],
  positions: Record<string, { x: number; y: number }>,
): ElementDefinition[] {
  return elements.map((el) => {
    const p = el.group === 'nodes' ? positions[el.data.id as string] : undefined;
    return p ? { ...el, position: { x: p.x, y: p.y } } : el;
  });
}

/** Merges subgraphs (focus plus expanded neighbourhoods) without duplicates; degree is recomputed. */
export function mergeSubgraphs(graphs: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, Subgraph['nodes'][number]>();
  const edges = new Map<string, Subgraph['edges'][number]>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  const degree = new Map<string, number>();
  for (const e of edges.values()) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return {
    nodes: [...nodes.values()].map((n) => ({ id: n.id, data: { ...n.data, degree: degree.get(n.id) ?? 0 } })),
    edges: [...edges.values()],
    truncated: graphs.some((g) => g.truncated),
  };
}
