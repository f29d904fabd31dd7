/**
 * Subgraphs for the explorer and for notebooks: a view's nodes and edges,
 * filtered and optionally focused on one node, in one shape that Cytoscape
 * (`data`) and networkx (`id`, `source`, `target`) both take directly. Pure.
 */
import { InvalidInputError, type ActorKind, type CoordinationKind, type GraphEdge, type MeasureStatus, type RelType } from '../model/index.ts';
import { nameOf, type ActorView, type CoordinationView, type NodeView } from './views.ts';

export type GraphViewName = 'NETWORK' | 'MEASURES' | 'SYSTEM' | 'ALL';

export interface SubgraphFilter {
  view?: GraphViewName | null;
  focus?: string | null;
  depth?: number | null;
  kinds?: ActorKind[] | null;
  sectorIds?: string[] | null;
  levelIds?: string[] | null;
  statuses?: MeasureStatus[] | null;
  documentIds?: string[] | null;
  coordinationKinds?: CoordinationKind[] | null;
  limit?: number | null;
}

/** Actors, measures, initiatives and their relations, as cached per graph version. */
export interface GraphBase {
  nodes: NodeView[];
  edges: GraphEdge[];
  sectorsOf: Map<string, string[]>;
  levelsOf: Map<string, string[]>;
  levelRank: Map<string, number>;
}

export interface SubgraphNodeData {
  id: string;
  type: string;
  label: string;
  name: string;
  kind: ActorKind | null;
  status: MeasureStatus | null;
  sectorIds: string[];
  levelIds: string[];
  sector: string | null;
  levelRank: number | null;
  parent: string | null;
  documentIds: string[];
  degree: number;
  curated: boolean | null;
}
export interface SubgraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  kinds: CoordinationKind[];
  weight: number;
  documentIds: string[];
}
export interface Subgraph {
  nodes: { id: string; data: SubgraphNodeData }[];
  edges: { id: string; source: string; target: string; data: SubgraphEdgeData }[];
  truncated: boolean;
}

/** The most nodes one subgraph returns. */
export const MAX_SUBGRAPH_NODES = 5000;

const VIEW_EDGES: Record<GraphViewName, readonly RelType[]> = {
  NETWORK: ['COORDINATES_WITH'],
  MEASURES: ['RESPONSIBLE_FOR', 'INVOLVED_IN'],
  SYSTEM: ['PART_OF'],
  ALL: ['COORDINATES_WITH', 'RESPONSIBLE_FOR', 'INVOLVED_IN', 'PARTICIPATES_IN', 'LEADS', 'PART_OF', 'SUCCEEDED_BY'],
};

const docsOf = (refs: { documentId: string }[]) => [...new Set(refs.map((r) => r.documentId))].sort();

/** Builds the subgraph a filter asks for. */
export function buildSubgraph(base: GraphBase, coordination: readonly CoordinationView[], filter: SubgraphFilter): Subgraph {
  const view = filter.view ?? 'NETWORK';
  const depth = filter.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new InvalidInputError('depth must be 1, 2 or 3');
  const limit = filter.limit ?? MAX_SUBGRAPH_NODES;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError('limit must be a whole number ≥ 1');
  const cap = Math.min(limit, MAX_SUBGRAPH_NODES);
  const edgeTypes = new Set(VIEW_EDGES[view]);

  // 1. Edges of the view; coordination merged per pair.
  const edges: Subgraph['edges'] = [];
  if (edgeTypes.has('COORDINATES_WITH')) {
    for (const c of coordination) {
      if (filter.coordinationKinds?.length && !c.kinds.some((k) => filter.coordinationKinds!.includes(k))) continue;
      const id = `coord:${c.sourceId}|${c.targetId}`;
      const data = { id, source: c.sourceId, target: c.targetId, type: 'COORDINATES_WITH', kinds: c.kinds, weight: c.weight, documentIds: docsOf(c.evidenceRefs) };
      edges.push({ id, source: c.sourceId, target: c.targetId, data });
    }
  }
  for (const e of base.edges) {
    if (e.type === 'COORDINATES_WITH' || !edgeTypes.has(e.type)) continue;
    const data = { id: e.id, source: e.source, target: e.target, type: e.type, kinds: [], weight: Math.max(1, e.evidence.length), documentIds: docsOf(e.evidence) };
    edges.push({ id: e.id, source: e.source, target: e.target, data });
  }

  // 2. Nodes of the view, filtered.
  const wanted = (n: NodeView): boolean => {
    if (view === 'NETWORK' || view === 'SYSTEM') return n.__typename === 'Actor';
    if (view === 'MEASURES') return n.__typename === 'Measure' || n.__typename === 'Actor';
    return true;
  };
  const passes = (n: NodeView): boolean => {
    if (n.__typename === 'Actor') {
      if (filter.kinds?.length && !filter.kinds.includes(n.kind)) return false;
      if (filter.sectorIds?.length && !(base.sectorsOf.get(n.id) ?? []).some((s) => filter.sectorIds!.includes(s))) return false;
      if (filter.levelIds?.length && !(base.levelsOf.get(n.id) ?? []).some((l) => filter.levelIds!.includes(l))) return false;
    }
    if (n.__typename === 'Measure' && filter.statuses?.length && !filter.statuses.includes(n.status)) return false;
    if (filter.documentIds?.length && !n.evidenceRefs.some((r) => filter.documentIds!.includes(r.documentId))) return false;
    return true;
  };
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  let keep = new Set(base.nodes.filter((n) => wanted(n) && (passes(n) || n.id === filter.focus)).map((n) => n.id));
  let kept = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  if (filter.documentIds?.length) kept = kept.filter((e) => e.data.documentIds.some((d) => filter.documentIds!.includes(d)));
  if (view === 'MEASURES') {
    // Bodies appear in the measures view through their measures.
    const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
    keep = new Set([...keep].filter((id) => byId.get(id)!.__typename === 'Measure' || linked.has(id) || id === filter.focus));
  }

  // 3. Focus: the neighbourhood of one node, `depth` steps out.
  if (filter.focus) {
    const reach = new Set([filter.focus]);
    let frontier = [filter.focus];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const e of kept) {
        for (const [a, b] of [
          [e.source, e.target],
          [e.target, e.source],
        ]) {
          if (frontier.includes(a) && !reach.has(b)) {
            reach.add(b);
            next.push(b);
          }
        }
      }
      frontier = next;
    }
    keep = new Set([...keep].filter((id) => reach.has(id)));
    if (!byId.has(filter.focus) || !wanted(byId.get(filter.focus)!)) keep.add(filter.focus);
  }
  kept = kept.filter((e) => keep.has(e.source) && keep.has(e.target));

  // 4. Cap: keep the best-connected nodes (and the focus).
  const degree = new Map<string, number>();
  for (const e of kept) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  let ids = [...keep].filter((id) => byId.has(id)).sort();
  let truncated = false;
  if (ids.length > cap) {
    truncated = true;
    ids = ids
      .sort((a, b) => (b === filter.focus ? 1 : 0) - (a === filter.focus ? 1 : 0) || (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1))
      .slice(0, cap)
      .sort();
    const set = new Set(ids);
    kept = kept.filter((e) => set.has(e.source) && set.has(e.target));
    degree.clear();
    for (const e of kept) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }

  const parentOf = new Map<string, string>();
  for (const e of base.edges) if (e.type === 'PART_OF' && !parentOf.has(e.source)) parentOf.set(e.source, e.target);

  const nodes = ids.map((id) => {
    const n = byId.get(id)!;
    const sectorIds = base.sectorsOf.get(id) ?? [];
    const levelIds = base.levelsOf.get(id) ?? [];
    const ranks = levelIds.map((l) => base.levelRank.get(l)).filter((r): r is number => r !== undefined);
    const actor = n.__typename === 'Actor' ? (n as ActorView) : null;
    const data: SubgraphNodeData = {
      id,
      type: n.__typename,
      label: actor ? (actor.abbreviation ?? actor.name) : n.__typename === 'Measure' ? `Tiltak ${n.number}` : nameOf(n),
      name: nameOf(n),
      kind: actor ? actor.kind : null,
      status: n.__typename === 'Measure' ? n.status : null,
      sectorIds: [...sectorIds].sort(),
      levelIds: [...levelIds].sort(),
      sector: [...sectorIds].sort()[0] ?? null,
      levelRank: ranks.length ? Math.min(...ranks) : null,
      parent: parentOf.get(id) ?? null,
      documentIds: docsOf(n.evidenceRefs),
      degree: degree.get(id) ?? 0,
      curated: actor ? actor.curated : null,
    };
    return { id, data };
  });
  return { nodes, edges: kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), truncated };
}
