/**
 * Subgraphs for the explorer and for notebooks: a view's nodes and edges,
 * filtered and optionally focused on one node, in one shape that Cytoscape
 * (`data`) and networkx (`id`, `source`, `target`) both take directly. Pure.
 * A view's edges are prepared once per graph version (`prepareView`), so a
 * focused request only walks its neighbourhood.
 */
import { coordinationPairId, InvalidInputError, type ActorKind, type CoordinationKind, type GraphEdge, type MeasureStatus, type RelType } from '../model/index.ts';
import type { Position } from './layout.ts';
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
  /** Add x and y from the view's layout (computed once per graph version). */
  layout?: boolean | null;
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
  /** Position in the view's layout, when asked for (`layout: true`). */
  x?: number;
  y?: number;
  /** For a group node of an overview: how many actors it gathers. */
  memberCount?: number;
  /** A group's label without its count (groupStem); null when the label is only the count. */
  stem?: string | null;
  /** For an actor of an expanded overview group: the group. */
  groupId?: string;
}
export interface SubgraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  kinds: CoordinationKind[];
  weight: number;
  documentIds: string[];
  /** For an aggregate edge of an overview: the links summed into it. */
  count?: number;
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

/** Whether a view shows nodes of this kind: actors in NETWORK and SYSTEM, measures too in MEASURES, everything in ALL. */
export function viewHolds(view: GraphViewName, n: NodeView): boolean {
  if (view === 'NETWORK' || view === 'SYSTEM') return n.__typename === 'Actor';
  if (view === 'MEASURES') return n.__typename === 'Measure' || n.__typename === 'Actor';
  return true;
}

/** One edge of a subgraph, as served. */
export type SubgraphEdge = Subgraph['edges'][number];

/**
 * A view's edges, built once per graph version: coordination merged per
 * pair, then the view's other relations, sorted by id, with an index by node.
 * Filters and focus pick from it without rebuilding anything.
 */
export interface PreparedView {
  view: GraphViewName;
  /** Every edge of the view, by id. */
  edges: SubgraphEdge[];
  /** Edges touching each node. */
  adjacency: Map<string, SubgraphEdge[]>;
  byId: Map<string, NodeView>;
  parentOf: Map<string, string>;
}

/** The edges of a view and their index, for `buildSubgraph`; build once per graph version and view. */
export function prepareView(base: GraphBase, coordination: readonly CoordinationView[], view: GraphViewName): PreparedView {
  const edgeTypes = new Set(VIEW_EDGES[view]);
  const edges: SubgraphEdge[] = [];
  if (edgeTypes.has('COORDINATES_WITH')) {
    for (const c of coordination) {
      const id = coordinationPairId(c.sourceId, c.targetId);
      const data = { id, source: c.sourceId, target: c.targetId, type: 'COORDINATES_WITH', kinds: c.kinds, weight: c.weight, documentIds: docsOf(c.evidenceRefs) };
      edges.push({ id, source: c.sourceId, target: c.targetId, data });
    }
  }
  for (const e of base.edges) {
    if (e.type === 'COORDINATES_WITH' || !edgeTypes.has(e.type)) continue;
    const data = { id: e.id, source: e.source, target: e.target, type: e.type, kinds: [], weight: Math.max(1, e.evidence.length), documentIds: docsOf(e.evidence) };
    edges.push({ id: e.id, source: e.source, target: e.target, data });
  }
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const adjacency = new Map<string, SubgraphEdge[]>();
  const add = (id: string, e: SubgraphEdge) => {
    const list = adjacency.get(id);
    if (list) list.push(e);
    else adjacency.set(id, [e]);
  };
  for (const e of edges) {
    add(e.source, e);
    if (e.target !== e.source) add(e.target, e);
  }
  const parentOf = new Map<string, string>();
  for (const e of base.edges) if (e.type === 'PART_OF' && !parentOf.has(e.source)) parentOf.set(e.source, e.target);
  return { view, edges, adjacency, byId: new Map(base.nodes.map((n) => [n.id, n])), parentOf };
}

/** The nodes (in id order) and edges (in id order) of a view that a filter keeps, before any cap. */
export interface ViewSelection {
  ids: string[];
  edges: SubgraphEdge[];
}

/** Checks a filter's depth and limit; returns them with their defaults. */
function checkFilter(filter: SubgraphFilter): { depth: number; limit: number } {
  const depth = filter.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new InvalidInputError('depth must be 1, 2 or 3');
  const limit = filter.limit ?? MAX_SUBGRAPH_NODES;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError('limit must be a whole number ≥ 1');
  return { depth, limit };
}

/**
 * The nodes and edges of a view that a filter keeps: the whole view, or the
 * neighbourhood of `focus`, `depth` steps out along kept edges. Uncapped.
 */
export function selectView(base: GraphBase, p: PreparedView, filter: SubgraphFilter): ViewSelection {
  const view = p.view;
  const { depth } = checkFilter(filter);
  const { byId, adjacency } = p;
  const focus = filter.focus ?? null;

  // Which nodes and edges the filters keep (decided lazily, so a focused view touches only its neighbourhood).
  const wanted = (n: NodeView): boolean => viewHolds(view, n);
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
  const nodeMemo = new Map<string, boolean>();
  const keepsNode = (id: string): boolean => {
    let k = nodeMemo.get(id);
    if (k === undefined) {
      const n = byId.get(id);
      k = !!n && wanted(n) && (id === focus || passes(n));
      nodeMemo.set(id, k);
    }
    return k;
  };
  const keepsEdge = (e: SubgraphEdge): boolean =>
    keepsNode(e.source) &&
    keepsNode(e.target) &&
    (!filter.coordinationKinds?.length || e.data.type !== 'COORDINATES_WITH' || e.data.kinds.some((k) => filter.coordinationKinds!.includes(k))) &&
    (!filter.documentIds?.length || e.data.documentIds.some((d) => filter.documentIds!.includes(d)));

  if (focus) {
    // The neighbourhood of one node, `depth` steps out along kept edges.
    const reach = new Set([focus]);
    let frontier = [focus];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const a of frontier) {
        for (const e of adjacency.get(a) ?? []) {
          if (!keepsEdge(e)) continue;
          const b = e.source === a ? e.target : e.source;
          if (!reach.has(b)) {
            reach.add(b);
            next.push(b);
          }
        }
      }
      frontier = next;
    }
    // Reached nodes are kept ones (reached along kept edges); the focus stays whenever it is a node of the graph.
    const keep = new Set([...reach].filter((id) => keepsNode(id) || id === focus));
    const ids = [...keep].filter((id) => byId.has(id)).sort();
    const seen = new Set<SubgraphEdge>();
    for (const id of keep) for (const e of adjacency.get(id) ?? []) if (keep.has(e.source) && keep.has(e.target) && keepsEdge(e)) seen.add(e);
    return { ids, edges: [...seen].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  }
  // The whole view, filtered.
  let kept = p.edges.filter(keepsEdge);
  let keep = base.nodes.filter((n) => keepsNode(n.id)).map((n) => n.id);
  if (view === 'MEASURES') {
    // Bodies appear in the measures view through their measures.
    const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
    keep = keep.filter((id) => byId.get(id)!.__typename === 'Measure' || linked.has(id));
    const set = new Set(keep);
    kept = kept.filter((e) => set.has(e.source) && set.has(e.target));
  }
  return { ids: keep.sort(), edges: kept };
}

/** Edges per node in a list of edges. */
export function degrees(edges: readonly SubgraphEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}

/** The display data of one node of a view. */
export function nodeData(base: GraphBase, p: PreparedView, id: string, degree: number, at?: Position): SubgraphNodeData {
  const n = p.byId.get(id)!;
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
    parent: p.parentOf.get(id) ?? null,
    documentIds: docsOf(n.evidenceRefs),
    degree,
    curated: actor ? actor.curated : null,
  };
  if (at) Object.assign(data, { x: at.x, y: at.y });
  return data;
}

/**
 * Builds the subgraph a filter asks for. `prepared` is the view's
 * `prepareView` (made here when not given); `positions`, when given, adds
 * x and y to every node that has one.
 */
export function buildSubgraph(
  base: GraphBase,
  coordination: readonly CoordinationView[],
  filter: SubgraphFilter,
  prepared?: PreparedView,
  positions?: ReadonlyMap<string, Position>,
): Subgraph {
  const view = filter.view ?? 'NETWORK';
  const { limit } = checkFilter(filter);
  const cap = Math.min(limit, MAX_SUBGRAPH_NODES);
  const p = prepared && prepared.view === view ? prepared : prepareView(base, coordination, view);
  const focus = filter.focus ?? null;
  let { ids, edges: kept } = selectView(base, p, filter);

  // Cap: keep the best-connected nodes (and the focus).
  let degree = degrees(kept);
  let truncated = false;
  if (ids.length > cap) {
    truncated = true;
    ids = ids
      .sort((a, b) => (b === focus ? 1 : 0) - (a === focus ? 1 : 0) || (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1))
      .slice(0, cap)
      .sort();
    const set = new Set(ids);
    kept = kept.filter((e) => set.has(e.source) && set.has(e.target));
    degree = degrees(kept);
  }
  const nodes = ids.map((id) => ({ id, data: nodeData(base, p, id, degree.get(id) ?? 0, positions?.get(id)) }));
  return { nodes, edges: kept, truncated };
}
