/**
 * Which elements pass the filters. Pure: the canvas then dims or hides the
 * rest. A dimension that does not apply to a node (status for an actor,
 * sector for a measure) lets it pass, but a measure is lit only if one of its
 * bodies passes an actor filter, and a body only if one of its measures passes
 * a status filter, so a filter always tells a connected story.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorKind, CoordinationKind, MeasureStatus } from '../api/index.ts';

export interface Filters {
  sectors: string[];
  levels: string[];
  kinds: ActorKind[];
  statuses: MeasureStatus[];
  documents: string[];
  coordKinds: CoordinationKind[];
}

export const EMPTY_FILTERS: Filters = { sectors: [], levels: [], kinds: [], statuses: [], documents: [], coordKinds: [] };

/** Number of filter values chosen. */
export function activeFilterCount(f: Filters): number {
  return f.sectors.length + f.levels.length + f.kinds.length + f.statuses.length + f.documents.length + f.coordKinds.length;
}

const meets = (chosen: readonly string[], has: readonly string[] | null | undefined) =>
  chosen.length === 0 || (has ?? []).some((v) => chosen.includes(v));

export interface FilterResult {
  /** Element ids (not refs) that pass. */
  nodes: Set<string>;
  edges: Set<string>;
}

/** Splits elements into those that pass the filters; headers and cell backgrounds always pass. */
export function applyFilters(elements: readonly ElementDefinition[], f: Filters): FilterResult {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const dataNodes = elements.filter((e) => e.group === 'nodes' && typeof e.data.type === 'string');
  const dataEdges = elements.filter((e) => e.group === 'edges');
  for (const e of elements) if (e.group === 'nodes' && typeof e.data.type !== 'string') nodes.add(e.data.id as string);

  const actorFilter = f.sectors.length + f.levels.length + f.kinds.length > 0;
  const base = new Set<string>();
  for (const n of dataNodes) {
    const d = n.data;
    if (!meets(f.documents, d.documentIds as string[])) continue;
    if (d.type === 'Actor') {
      if (!meets(f.sectors, d.sectorIds as string[])) continue;
      if (!meets(f.levels, d.levelIds as string[])) continue;
      if (f.kinds.length && !f.kinds.includes(d.kind as ActorKind)) continue;
    } else if (d.type === 'Measure') {
      if (f.statuses.length && !f.statuses.includes(d.status as MeasureStatus)) continue;
    }
    base.add(d.id as string);
  }
  const edgePasses = (d: ElementDefinition['data']) =>
    meets(f.documents, d.documentIds as string[]) &&
    (d.type !== 'COORDINATES_WITH' || meets(f.coordKinds, d.kinds as string[]));

  // Propagate across measure ↔ body edges, and require a matching link for a coordination-kind filter.
  const type = new Map(dataNodes.map((n) => [n.data.id as string, n.data.type as string]));
  const litNeighbour = new Map<string, Set<string>>();
  const note = (a: string, b: string) => {
    if (!litNeighbour.has(a)) litNeighbour.set(a, new Set());
    litNeighbour.get(a)!.add(b);
  };
  let hasCoord = false;
  for (const e of dataEdges) {
    const d = e.data;
    if (d.type === 'COORDINATES_WITH') hasCoord = true;
    if (!edgePasses(d)) continue;
    const s = d.source as string;
    const t = d.target as string;
    if (base.has(s) && base.has(t)) {
      note(s, t);
      note(t, s);
    }
  }
  for (const id of base) {
    const t = type.get(id);
    const neighbours = [...(litNeighbour.get(id) ?? [])];
    if (t === 'Measure' && actorFilter && !neighbours.some((n) => type.get(n) === 'Actor')) continue;
    if (t === 'Actor' && f.statuses.length && [...type.values()].includes('Measure') && !neighbours.some((n) => type.get(n) === 'Measure')) continue;
    if (t === 'Actor' && f.coordKinds.length && hasCoord && neighbours.length === 0) continue;
    nodes.add(id);
  }
  for (const e of dataEdges) {
    const d = e.data;
    if (nodes.has(d.source as string) && nodes.has(d.target as string) && edgePasses(d)) edges.add(d.id as string);
  }
  return { nodes, edges };
}
