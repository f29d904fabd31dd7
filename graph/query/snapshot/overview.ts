/**
 * Level of detail: a view that would draw more than a budget of elements is
 * drawn as a map of groups (graph/query/snapshot/groups.ts) with their links
 * summed, and the members of the groups asked for (`expand`), the focus and
 * the nodes that are alone in their group shown one by one. Never more than
 * the budget of nodes plus edges. Pure over a snapshot, apart from waiting
 * for the layout it places the elements with.
 */
import { aggregateEdgeId, InvalidInputError, NotFoundError, type ActorKind, type CoordinationKind } from '../../model/index.ts';
import { page, paging } from '../limits.ts';
import { degrees, nodeData, selectView, type GraphViewName, type PreparedView, type SubgraphEdge, type SubgraphFilter, type SubgraphNodeData, type ViewSelection } from '../subgraph.ts';
import type { Position } from '../layout.ts';
import type { ActorView, MeasureView } from '../views.ts';
import { groupLabel, groupStem, OVERVIEW_GROUPINGS, type GroupInfo, type OverviewGrouping } from './groups.ts';
import { actorMatches } from './lists.ts';
import { nodesById, requireNode } from './nodes.ts';
import { layoutOverviewOnce, viewLayout } from './layouts.ts';
import { sharedWork } from '../shared-work.ts';
import type { GraphSnapshot, Layout } from './snapshot.ts';

export const DEFAULT_BUDGET = 2000;
export const MAX_BUDGET = 5000;
/** The fewest elements a budget may ask for: enough for a handful of groups and their links. */
export const MIN_BUDGET = 10;

export interface OverviewFilter extends Omit<SubgraphFilter, 'limit'> {
  groupBy?: OverviewGrouping | null;
  budget?: number | null;
  expand?: readonly string[] | null;
  /** An aggregated map's every summed link, not only each node's LINKS_PER_NODE strongest (what the explorer draws). */
  allLinks?: boolean | null;
}

export interface OverviewGroupView {
  id: string;
  label: string;
  memberCount: number;
  grouping: OverviewGrouping;
  levelId: string | null;
  sectorId: string | null;
  countyId: string | null;
  kind: ActorKind | null;
}

export interface OverviewView {
  nodes: { id: string; data: SubgraphNodeData }[];
  edges: SubgraphEdge[];
  aggregated: boolean;
  totalNodes: number;
  totalEdges: number;
  groups: OverviewGroupView[];
}

/** The grouping a view gets when none is asked for. */
export function defaultGrouping(view: GraphViewName): OverviewGrouping {
  return view === 'MEASURES' ? 'OWNER_STATUS' : view === 'SYSTEM' ? 'SERVICE_COUNTY' : 'LEVEL_SECTOR';
}

/** What the snapshot offers that aggregation reads (all of it but the layouts, so layouts can be built from it). */
export type SnapshotCore = Omit<GraphSnapshot, 'layouts' | 'overviewLayouts'>;

/** A whole view and its aggregation at one grouping, made with the version. */
export interface MadeAggregation {
  selection: ViewSelection;
  aggregation: Aggregation;
}

/** The whole view's selection and its aggregation at the view's default grouping, for each view the explorer draws. */
export function aggregateViews(s: Pick<SnapshotCore, 'base' | 'views' | 'groups'>, views: readonly GraphViewName[]): Map<string, MadeAggregation> {
  const out = new Map<string, MadeAggregation>();
  for (const view of views) {
    const grouping = defaultGrouping(view);
    const selection = selectView(s.base, s.views.get(view)!, { view });
    out.set(`${view}:${grouping}`, { selection, aggregation: aggregate(s, selection, grouping, new Set(), null) });
  }
  return out;
}

/** A selection with its grouped nodes replaced by their groups. */
export interface Aggregation {
  /** Groups drawn, with their members in this selection (in the selection's order). */
  groups: Map<string, string[]>;
  /** Nodes shown one by one. */
  individuals: string[];
  /** Edges between individuals as they are, and AGGREGATE edges wherever a group is an end. */
  edges: SubgraphEdge[];
}

/**
 * Gathers the selection's nodes into the grouping's groups. A node stays
 * itself when the grouping leaves it alone, when it is the focus, when its
 * group is expanded, or when it would be its group's only member here.
 */
export function aggregate(s: Pick<SnapshotCore, 'groups'>, sel: ViewSelection, grouping: OverviewGrouping, expand: ReadonlySet<string>, focus: string | null): Aggregation {
  const groupOf = s.groups.of.get(grouping)!;
  const members = new Map<string, string[]>();
  for (const id of sel.ids) {
    const g = groupOf.get(id);
    if (!g || id === focus || expand.has(g)) continue;
    (members.get(g) ?? members.set(g, []).get(g)!).push(id);
  }
  const rep = new Map<string, string>();
  for (const [g, ids] of members) {
    if (ids.length < 2) members.delete(g);
    else for (const id of ids) rep.set(id, g);
  }
  const edges: SubgraphEdge[] = [];
  const summed = new Map<string, SubgraphEdge & { kindSet: Set<CoordinationKind> }>();
  for (const e of sel.edges) {
    const a = rep.get(e.source) ?? e.source;
    const b = rep.get(e.target) ?? e.target;
    if (a === b) continue;
    if (a === e.source && b === e.target) {
      edges.push(e);
      continue;
    }
    const id = aggregateEdgeId(a, b);
    let agg = summed.get(id);
    if (!agg) {
      const [source, target] = a <= b ? [a, b] : [b, a];
      agg = { id, source, target, data: { id, source, target, type: 'AGGREGATE', kinds: [], weight: 0, documentIds: [], count: 0 }, kindSet: new Set() };
      summed.set(id, agg);
    }
    agg.data.weight += e.data.weight;
    agg.data.count! += 1;
    for (const k of e.data.kinds) agg.kindSet.add(k);
  }
  for (const { kindSet, ...agg } of summed.values()) {
    agg.data.kinds = [...kindSet].sort();
    edges.push(agg);
  }
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { groups: members, individuals: sel.ids.filter((id) => !rep.has(id)), edges };
}

/** Links an aggregated map keeps for each node, strongest first (strongestLinks). */
export const LINKS_PER_NODE = 4;

/**
 * The links an aggregated map draws: every link of a node among its
 * `perNode` strongest (by summed weight, then id), so each node keeps its
 * main ties and a map of a hundred groups is not a hairball of thousands of
 * lines. A map with no more than `perNode` / 2 links a node on average keeps
 * them all. Pure; in id order.
 */
export function strongestLinks(edges: readonly SubgraphEdge[], perNode = LINKS_PER_NODE): SubgraphEdge[] {
  const ends = new Set<string>();
  for (const e of edges) ends.add(e.source).add(e.target);
  if (edges.length <= (ends.size * perNode) / 2) return [...edges];
  const kept = new Map<string, number>();
  const out: SubgraphEdge[] = [];
  const strongest = [...edges].sort((a, b) => b.data.weight - a.data.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of strongest) {
    const s = kept.get(e.source) ?? 0;
    const t = kept.get(e.target) ?? 0;
    if (s >= perNode && t >= perNode) continue;
    kept.set(e.source, s + 1);
    kept.set(e.target, t + 1);
    out.push(e);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const drawn = new WeakMap<Aggregation, SubgraphEdge[]>();

/** The links an aggregation's map draws (strongestLinks), worked out once per aggregation: a whole view's is made with the version. */
export function drawnLinks(agg: Aggregation): SubgraphEdge[] {
  let edges = drawn.get(agg);
  if (!edges) drawn.set(agg, (edges = strongestLinks(agg.edges)));
  return edges;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The typical spacing of a layout: the side of the square each node would have in its bounding box. */
function spacingOf(layout: Layout): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of layout.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (layout.size < 2) return 10;
  return Math.max(1, Math.sqrt(((maxX - minX) * (maxY - minY)) / layout.size));
}

/** Checks an overview filter; returns what it asks for with the defaults. */
function checkOverview(filter: OverviewFilter): { view: GraphViewName; grouping: OverviewGrouping; budget: number } {
  const view = filter.view ?? 'NETWORK';
  const grouping = filter.groupBy ?? defaultGrouping(view);
  if (!OVERVIEW_GROUPINGS.includes(grouping)) throw new InvalidInputError(`unknown grouping "${grouping}"`);
  const budget = filter.budget ?? DEFAULT_BUDGET;
  if (!Number.isInteger(budget) || budget < MIN_BUDGET || budget > MAX_BUDGET) throw new InvalidInputError(`budget must be a whole number from ${MIN_BUDGET} to ${MAX_BUDGET}`);
  return { view, grouping, budget };
}

/** The overview a filter asks for. Waits only for a layout, when `layout` is asked for. */
export async function overview(s: GraphSnapshot, filter: OverviewFilter = {}): Promise<OverviewView> {
  const { view, grouping, budget } = checkOverview(filter);
  const focus = filter.focus ?? null;
  if (focus) requireNode(s, focus);
  const p = s.views.get(view)!;
  // The whole view (no filter, no focus) was selected and aggregated with the version.
  const whole = !focus && !filter.kinds?.length && !filter.sectorIds?.length && !filter.levelIds?.length && !filter.statuses?.length && !filter.documentIds?.length && !filter.coordinationKinds?.length;
  const made = whole ? s.aggregations.get(`${view}:${grouping}`) : undefined;
  const sel = made?.selection ?? selectView(s.base, p, { ...filter, view });
  const totalNodes = sel.ids.length;
  const totalEdges = sel.edges.length;

  if (totalNodes + totalEdges <= budget) {
    const positions = filter.layout ? await viewLayout(s, view) : undefined;
    const degree = degrees(sel.edges);
    return {
      nodes: sel.ids.map((id) => ({ id, data: nodeData(s.base, p, id, degree.get(id) ?? 0, positions?.get(id)) })),
      edges: sel.edges,
      aggregated: false,
      totalNodes,
      totalEdges,
      groups: [],
    };
  }

  const expand = new Set(filter.expand ?? []);
  const full = made && !expand.size ? made.aggregation : aggregate(s, sel, grouping, expand, focus);
  // The map draws each node's strongest links (its layout was made with the same); a notebook may ask for them all.
  const agg: Aggregation = { ...full, edges: filter.allLinks ? full.edges : drawnLinks(full) };
  const groupOf = s.groups.of.get(grouping)!;

  // Within the budget: the focus, then the groups by size, then expanded members and the rest, best connected first.
  // Nodes take at most what leaves half the budget to edges, so a map never ends up as dots with no links.
  const degree = degrees(agg.edges);
  const rank = (id: string) => (id === focus ? 0 : agg.groups.has(id) ? 1 : expand.has(groupOf.get(id) ?? '') ? 2 : 3);
  const size = (id: string) => agg.groups.get(id)?.length ?? degree.get(id) ?? 0;
  let nodeIds = [...agg.groups.keys(), ...agg.individuals];
  const nodeRoom = Math.max(Math.ceil(budget / 2), budget - agg.edges.length);
  if (nodeIds.length > nodeRoom) {
    nodeIds = nodeIds.sort((a, b) => rank(a) - rank(b) || size(b) - size(a) || (a < b ? -1 : 1)).slice(0, nodeRoom);
  }
  const kept = new Set(nodeIds);
  const edges = agg.edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort((a, b) => b.data.weight - a.data.weight || (a.id < b.id ? -1 : 1))
    .slice(0, budget - nodeIds.length)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shownDegree = degrees(edges);
  nodeIds.sort();

  const positions = filter.layout ? await overviewPositions(s, view, grouping, p, nodeIds, agg, groupOf) : undefined;
  const levelRank = (id: string | null) => (id ? (s.base.levelRank.get(id) ?? null) : null);
  const nodes = nodeIds.map((id) => {
    const at = positions?.get(id);
    const members = agg.groups.get(id);
    if (members) {
      const info = s.groups.byId.get(id)!;
      const label = groupLabel(info, members.length);
      const data: SubgraphNodeData = {
        id,
        type: 'Group',
        label,
        name: label,
        kind: info.kind,
        status: info.status ?? null,
        sectorIds: info.sectorId ? [info.sectorId] : [],
        levelIds: info.levelId ? [info.levelId] : [],
        sector: info.sectorId,
        levelRank: levelRank(info.levelId),
        parent: null,
        documentIds: [],
        degree: shownDegree.get(id) ?? 0,
        curated: null,
        memberCount: members.length,
        stem: groupStem(info),
      };
      if (at) Object.assign(data, { x: at.x, y: at.y });
      return { id, data };
    }
    const data = nodeData(s.base, p, id, shownDegree.get(id) ?? 0, at);
    const g = groupOf.get(id);
    if (g && expand.has(g)) data.groupId = g;
    return { id, data };
  });
  const groups = nodeIds
    .filter((id) => agg.groups.has(id))
    .map((id) => groupView(s.groups.byId.get(id)!, agg.groups.get(id)!.length))
    .sort((a, b) => b.memberCount - a.memberCount || (a.label < b.label ? -1 : 1));
  return { nodes, edges, aggregated: true, totalNodes, totalEdges, groups };
}

function groupView(g: GroupInfo, count: number): OverviewGroupView {
  return { id: g.id, label: groupLabel(g, count), memberCount: count, grouping: g.grouping as OverviewGrouping, levelId: g.levelId, sectorId: g.sectorId, countyId: g.countyId, kind: g.kind };
}

/**
 * Positions for an overview: groups and the nodes shown alone where the
 * overview layout of the whole view (computed once per version and
 * grouping) put them; members of expanded groups, and others that layout
 * did not place, on a small sunflower spiral around their group's place.
 */
async function overviewPositions(
  s: GraphSnapshot,
  view: GraphViewName,
  grouping: OverviewGrouping,
  p: PreparedView,
  nodeIds: readonly string[],
  agg: Aggregation,
  groupOf: ReadonlyMap<string, string>,
): Promise<Map<string, Position>> {
  const layout = await overviewLayout(s, view, grouping, p);
  const step = spacingOf(layout) * 0.35;
  const placed = new Map<string, number>();
  const out = new Map<string, Position>();
  for (const id of nodeIds) {
    const own = layout.get(id);
    if (own) {
      out.set(id, own);
      continue;
    }
    const g = agg.groups.has(id) ? id : (groupOf.get(id) ?? null);
    const centre = (g ? layout.get(g) : undefined) ?? { x: 0, y: 0 };
    const k = placed.get(g ?? '') ?? 0;
    placed.set(g ?? '', k + 1);
    const r = step * Math.sqrt(k + 1);
    out.set(id, { x: Math.round((centre.x + r * Math.cos(k * GOLDEN_ANGLE)) * 10) / 10, y: Math.round((centre.y + r * Math.sin(k * GOLDEN_ANGLE)) * 10) / 10 });
  }
  return out;
}

/** The overview layout of a view at a grouping: the one made with the version, or (another grouping) made now. */
async function overviewLayout(s: GraphSnapshot, view: GraphViewName, grouping: OverviewGrouping, p: PreparedView): Promise<Layout> {
  return sharedWork(s.overviewLayouts.get(`${view}:${grouping}`) ?? layoutOverviewOnce(s, view, grouping, p));
}

/** A group by id; NOT_FOUND when unknown. */
function requireGroup(s: GraphSnapshot, id: string): GroupInfo {
  const g = s.groups.byId.get(id);
  if (!g) throw new NotFoundError(`no group with id "${id}"`);
  return g;
}

/** The actors of a group, by name; `text` searches their names, abbreviations and aliases. NOT_FOUND for an unknown group. */
export function groupMembers(s: GraphSnapshot, id: string, text?: string | null, limit?: number | null, offset?: number | null): ActorView[] {
  paging(limit, offset);
  const g = requireGroup(s, id);
  if (g.members !== 'Actor') throw new InvalidInputError(`group "${id}" gathers measures: ask groupMeasures for them`);
  const members = nodesById(s, g.memberIds) as ActorView[];
  return page(text ? members.filter((a) => actorMatches(a, text)) : members, limit, offset);
}

/** The measures of a group of measures (OWNER_STATUS), by document and number; `text` searches number and title. */
export function groupMeasures(s: GraphSnapshot, id: string, text?: string | null, limit?: number | null, offset?: number | null): MeasureView[] {
  paging(limit, offset);
  const g = requireGroup(s, id);
  if (g.members !== 'Measure') throw new InvalidInputError(`group "${id}" gathers actors: ask groupMembers for them`);
  const members = nodesById(s, g.memberIds) as MeasureView[];
  const t = text?.toLocaleLowerCase('nb');
  return page(t ? members.filter((m) => [m.number, m.title].some((x) => x.toLocaleLowerCase('nb').includes(t))) : members, limit, offset);
}
