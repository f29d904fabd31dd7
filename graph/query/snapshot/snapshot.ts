/**
 * The read model: one immutable snapshot of the graph per graph version.
 * Everything a read needs (every node by id and by label in its list order,
 * the navigable relations by node and type, the coordination network, the
 * views' edges, the path and search indexes, the system matrix, the
 * level-of-detail groups) is read from the store and indexed once, when the
 * version is made; the layouts follow in a worker thread. Queries are pure
 * functions of a snapshot (the other files of this folder), so nothing is
 * cached per request and nothing is changed after the build.
 */
import {
  LEVELS,
  REL_TYPES,
  type ActorKind,
  type GraphCounts,
  type GraphEdge,
  type NodeLabel,
  type RelType,
} from '../../model/index.ts';
import type { GraphStore, StoreKind } from '../../store/index.ts';
import { mergeCoordination } from '../coordination.ts';
import { pathIndex } from '../path.ts';
import { SearchIndex } from '../search.ts';
import { prepareView, type GraphBase, type GraphViewName, type PreparedView } from '../subgraph.ts';
import type { Position } from '../layout.ts';
import {
  byMeasureNumber,
  byName,
  toView,
  type ActorView,
  type CoordinationView,
  type DocumentView,
  type InitiativeView,
  type LevelView,
  type MeasureView,
  type NodeView,
  type SectorView,
} from '../views.ts';
import { actorFacts, type ActorFacts } from './facts.ts';
import { buildGroups, type GroupIndex } from './groups.ts';
import { buildMatrix, type SystemMatrixView } from './matrix.ts';
import { aggregateViews, type MadeAggregation } from './overview.ts';

/** Relations resolvers navigate; STATED_IN (node → document) is read through evidence instead. */
export const NAVIGABLE: readonly RelType[] = REL_TYPES.filter((t) => t !== 'STATED_IN');

/** Every view of the API. */
export const VIEWS: readonly GraphViewName[] = ['NETWORK', 'SYSTEM', 'MEASURES', 'ALL'];

/** The views the explorer draws: aggregated and laid out as soon as a version is made. */
export const DRAWN_VIEWS: readonly GraphViewName[] = ['NETWORK', 'SYSTEM', 'MEASURES'];

/** A node's relations of each type, in edge id order. */
export type RelationsByType = ReadonlyMap<RelType, readonly GraphEdge[]>;

/** The nodes of each label, in the order lists of that label are served. */
export interface NodesByLabel {
  /** By name. */
  readonly Actor: readonly ActorView[];
  /** By document, then number. */
  readonly Measure: readonly MeasureView[];
  /** By name. */
  readonly Initiative: readonly InitiativeView[];
  /** In table order. */
  readonly Sector: readonly SectorView[];
  /** By rank. */
  readonly Level: readonly LevelView[];
  /** By file name. */
  readonly Document: readonly DocumentView[];
}

/** Positions of every node of a view, or of a view's overview at one grouping. */
export type Layout = ReadonlyMap<string, Position>;

/** One graph version, indexed for reading. Never changed once built. */
export interface GraphSnapshot {
  readonly version: string;
  readonly store: StoreKind;
  readonly counts: GraphCounts;
  readonly byId: ReadonlyMap<string, NodeView>;
  readonly nodes: NodesByLabel;
  /** Each node's place in its label's name order, so short lists sort without collation. */
  readonly nameRank: ReadonlyMap<string, number>;
  /** Actors of each kind, by name. */
  readonly actorsByKind: ReadonlyMap<ActorKind, readonly ActorView[]>;
  /** Relations by source node, then type. */
  readonly out: ReadonlyMap<string, RelationsByType>;
  /** Relations by target node, then type. */
  readonly into: ReadonlyMap<string, RelationsByType>;
  /** Actors, measures, initiatives and every navigable relation: what views and analytics are built from. */
  readonly base: GraphBase;
  /** Coordination pairs, heaviest first. */
  readonly coordination: readonly CoordinationView[];
  /** Each actor's coordination pairs, heaviest first. */
  readonly coordinationOf: ReadonlyMap<string, readonly CoordinationView[]>;
  /** Each view's edges and their index. */
  readonly views: ReadonlyMap<GraphViewName, PreparedView>;
  readonly pathIndex: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly search: SearchIndex;
  readonly matrix: SystemMatrixView;
  /** Level-of-detail groups of every grouping, and the matrix's. */
  readonly groups: GroupIndex;
  /** The whole of each drawn view aggregated at its default grouping, keyed "VIEW:GROUPING". */
  readonly aggregations: ReadonlyMap<string, MadeAggregation>;
  /** Each actor's level, sector, service type and county, for grouping. */
  readonly facts: ReadonlyMap<string, ActorFacts>;
  /** The layouts of the explorer's views, queued in a worker after the build (requests that want one wait for it); ALL's is made on first use (see `viewLayout`). */
  readonly layouts: ReadonlyMap<GraphViewName, Promise<Layout>>;
  /** Each view's overview layout at its default grouping, keyed "VIEW:GROUPING"; started after the view layouts. */
  readonly overviewLayouts: ReadonlyMap<string, Promise<Layout>>;
}

/** Lets the event loop run between the phases of a build, so a build on a large graph never holds it for long. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Groups a list into a map of lists. */
function index<T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Relations by one end, then type; the edges come in id order, so every list is in id order. */
function relationsBy(edges: readonly GraphEdge[], end: 'source' | 'target'): Map<string, RelationsByType> {
  const out = new Map<string, Map<RelType, GraphEdge[]>>();
  for (const e of edges) {
    let byType = out.get(e[end]);
    if (!byType) out.set(e[end], (byType = new Map()));
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  return out;
}

/** What the build reads from the store: the version it was asked at, and everything at it. */
export interface SnapshotData {
  version: string;
  store: StoreKind;
  counts: GraphCounts;
  nodes: Record<NodeLabel, NodeView[]>;
  /** Every navigable relation, in id order. */
  edges: GraphEdge[];
}

/** Reads everything a snapshot holds from the store: one call per label, one for the relations and one for the counts. */
export async function readSnapshotData(store: GraphStore, version: string): Promise<SnapshotData> {
  const labels: NodeLabel[] = ['Actor', 'Measure', 'Initiative', 'Sector', 'Level', 'Document'];
  const [lists, edges, counts] = await Promise.all([
    Promise.all(labels.map(async (label) => (await store.findNodes({ label })).map(toView))),
    store.findEdges({ types: NAVIGABLE }),
    store.counts(),
  ]);
  const nodes = Object.fromEntries(labels.map((l, i) => [l, lists[i]])) as Record<NodeLabel, NodeView[]>;
  const sorted = [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version, store: store.kind, counts, nodes, edges: sorted };
}

/** Indexes the data into a snapshot. Layouts are not started here (see `startLayouts`). */
export async function indexSnapshot(
  data: SnapshotData,
  layouts: (s: Omit<GraphSnapshot, 'layouts' | 'overviewLayouts'>) => Pick<GraphSnapshot, 'layouts' | 'overviewLayouts'>,
): Promise<GraphSnapshot> {
  const actors = (data.nodes.Actor as ActorView[]).slice().sort(byName);
  const initiatives = (data.nodes.Initiative as InitiativeView[]).slice().sort(byName);
  const nodes: NodesByLabel = {
    Actor: actors,
    Measure: (data.nodes.Measure as MeasureView[]).slice().sort(byMeasureNumber),
    Initiative: initiatives,
    Sector: (data.nodes.Sector as SectorView[]).slice().sort((a, b) => a.order - b.order || byName(a, b)),
    Level: (data.nodes.Level as LevelView[]).slice().sort((a, b) => a.rank - b.rank),
    Document: (data.nodes.Document as DocumentView[]).slice().sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0)),
  };
  const byId = new Map<string, NodeView>();
  const nameRank = new Map<string, number>();
  for (const label of Object.keys(nodes) as NodeLabel[]) {
    const list = nodes[label] as readonly NodeView[];
    for (const n of list) byId.set(n.id, n);
    const named = label === 'Actor' || label === 'Initiative' ? list : [...list].sort(byName);
    named.forEach((n, i) => nameRank.set(n.id, i));
  }
  await breathe();

  const edges = data.edges;
  const sectorsOf = new Map<string, string[]>();
  const levelsOf = new Map<string, string[]>();
  for (const e of edges) {
    if (e.type === 'IN_SECTOR') (sectorsOf.get(e.source) ?? sectorsOf.set(e.source, []).get(e.source)!).push(e.target);
    if (e.type === 'AT_LEVEL') (levelsOf.get(e.source) ?? levelsOf.set(e.source, []).get(e.source)!).push(e.target);
  }
  const base: GraphBase = {
    nodes: [...data.nodes.Actor, ...data.nodes.Measure, ...data.nodes.Initiative],
    edges,
    sectorsOf,
    levelsOf,
    levelRank: new Map(LEVELS.map((l) => [l.id as string, l.rank])),
  };
  const coordination = mergeCoordination(edges.filter((e) => e.type === 'COORDINATES_WITH'));
  const coordinationOf = new Map<string, CoordinationView[]>();
  for (const c of coordination) {
    (coordinationOf.get(c.sourceId) ?? coordinationOf.set(c.sourceId, []).get(c.sourceId)!).push(c);
    if (c.targetId !== c.sourceId) (coordinationOf.get(c.targetId) ?? coordinationOf.set(c.targetId, []).get(c.targetId)!).push(c);
  }
  await breathe();

  const views = new Map<GraphViewName, PreparedView>();
  for (const v of VIEWS) {
    views.set(v, prepareView(base, coordination, v));
    await breathe();
  }
  const search = await SearchIndex.build([...nodes.Actor, ...nodes.Measure, ...nodes.Initiative, ...nodes.Document, ...nodes.Sector]);
  const paths = pathIndex(edges);
  await breathe();
  const facts = actorFacts(nodes.Actor, base, byId, nodes.Level, nodes.Sector);
  await breathe();
  const matrix = buildMatrix(nodes, base, facts);
  await breathe();
  const groups = await buildGroups({ nodes, base, byId, facts, matrixGroups: matrix.cells.flatMap((c) => c.groups) }, breathe);
  await breathe();

  const aggregations = aggregateViews({ base, views, groups }, DRAWN_VIEWS);
  await breathe();

  const indexed = {
    version: data.version,
    store: data.store,
    counts: data.counts,
    byId,
    nodes,
    nameRank,
    actorsByKind: index(actors, (a) => a.kind),
    out: relationsBy(edges, 'source'),
    into: relationsBy(edges, 'target'),
    base,
    coordination,
    coordinationOf,
    views,
    pathIndex: paths,
    search,
    matrix,
    groups,
    facts,
    aggregations,
  };
  return Object.freeze({ ...indexed, ...layouts(indexed) });
}
