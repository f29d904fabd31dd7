/**
 * GraphReader: the read side of the graph for one request. Resolvers call it
 * and nothing else. Whole-graph data (the nodes of each label, the navigable
 * relations, search index, coordination network, views, layouts) is read or
 * computed once per graph version and shared, and lookups by id and by
 * relation are served from it, so a request costs the store a version check
 * and, after a change, a few whole-label reads, never one call per row.
 */
import DataLoader from 'dataloader';
import {
  REL_TYPES,
  LEVELS,
  countSummary,
  InvalidInputError,
  evidenceKey,
  labelOfId,
  NotFoundError,
  type ActorKind,
  type CoordinationKind,
  type Evidence,
  type EvidenceRef,
  type GraphEdge,
  type GraphNode,
  type MeasureStatus,
  type NodeLabel,
  type RelType,
} from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { mergeCoordination } from './coordination.ts';
import { page, paging } from './limits.ts';
import { DEFAULT_HOPS, pathIndex, shortestPathIn, type PathStep } from './path.ts';
import { SearchIndex, type SearchResult } from './search.ts';
import { layoutGraph } from './layout.ts';
import {
  buildSubgraph,
  prepareView,
  viewHolds,
  type GraphBase,
  type GraphViewName,
  type Position,
  type Subgraph,
  type SubgraphFilter,
} from './subgraph.ts';
import { VersionCache } from './version-cache.ts';
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
} from './views.ts';

export interface ActorFilter {
  kinds?: ActorKind[] | null;
  sectorIds?: string[] | null;
  levelIds?: string[] | null;
  text?: string | null;
}
export interface MeasureFilter {
  statuses?: MeasureStatus[] | null;
  responsibleIds?: string[] | null;
  documentIds?: string[] | null;
  text?: string | null;
}
export interface MatrixCellView {
  levelId: string;
  sectorId: string;
  actors: ActorView[];
  evidenceRefs: EvidenceRef[];
}
export interface EdgeView {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  kinds: CoordinationKind[];
  weight: number;
  evidenceRefs: EvidenceRef[];
}
export interface PathView {
  nodes: NodeView[];
  steps: PathStep[];
}

type Direction = 'out' | 'in' | 'both';

/** A value, or a promise of it: readers answer at once what a request already holds. */
export type MaybePromise<T> = T | Promise<T>;

/** Applies `f` to a value or to a promised value, staying synchronous when it can. */
function then<T, U>(v: MaybePromise<T>, f: (x: T) => MaybePromise<U>): MaybePromise<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** The navigable relations by source and by target node, then by type; each list in id order. */
interface Relations {
  out: Map<string, Map<RelType, GraphEdge[]>>;
  into: Map<string, Map<RelType, GraphEdge[]>>;
  /** `related()` answers already worked out at this version. */
  related: Map<string, NodeView[]>;
}

/** One node's edges of some types in one direction, in id order, from the index (shared lists: do not change them). */
function pickEdges(index: Relations, id: string, direction: Direction, types: readonly RelType[]): readonly GraphEdge[] {
  const of = (byType: Map<RelType, GraphEdge[]> | undefined): GraphEdge[] => {
    if (!byType) return [];
    if (types.length === 1) return byType.get(types[0]) ?? [];
    return [...new Set(types)].flatMap((t) => byType.get(t) ?? []).sort(byEdgeId);
  };
  if (direction === 'out') return of(index.out.get(id));
  if (direction === 'in') return of(index.into.get(id));
  // Both: in id order, a self-loop once.
  return [...of(index.out.get(id)), ...of(index.into.get(id)).filter((e) => e.source !== id)].sort(byEdgeId);
}

const byEdgeId = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Relations resolvers navigate; STATED_IN (node → document) is read through evidence instead. */
const NAVIGABLE: readonly RelType[] = REL_TYPES.filter((t) => t !== 'STATED_IN');

const shared = new WeakMap<GraphStore, VersionCache>();

/** One request's reader. Make a new one per request; the version cache is shared per store. */
export class GraphReader {
  private readonly cache: VersionCache;
  private versionPromise: Promise<string> | null = null;
  private readonly nodeLoader: DataLoader<string, GraphNode | null>;
  /** This request's maps of views by id, per label (a request sees one graph version). */
  private readonly byLabel = new Map<NodeLabel, Map<string, NodeView>>();
  /** This request's index of relations by node, once it has asked for one. */
  private relationsHeld: Relations | null = null;
  /** This request's name-order ranks, per label. */
  private readonly ranksHeld = new Map<NodeLabel, Map<string, number>>();

  /** `version`: the graph version, when the caller already asked the store for it this request. */
  constructor(
    private readonly store: GraphStore,
    options: { version?: string } = {},
  ) {
    let cache = shared.get(store);
    if (!cache) shared.set(store, (cache = new VersionCache()));
    this.cache = cache;
    if (options.version !== undefined) this.versionPromise = Promise.resolve(options.version);
    this.nodeLoader = new DataLoader((ids) => store.getNodes(ids), { maxBatchSize: 5000 });
  }

  /** The graph version, asked once per request. */
  version(): Promise<string> {
    return (this.versionPromise ??= this.store.version());
  }

  /**
   * Any node by id, or null. Nodes are looked up in the views of their label
   * (read once per graph version), so lookups by id cost no store call; ids
   * whose prefix names no label go to the store, batched. Once the request
   * holds the label's views the answer comes back as a plain value, not a
   * promise, so a list of thousands of rows resolves without one per row.
   */
  node(id: string): MaybePromise<NodeView | null> {
    const label = labelOfId(id);
    if (!label) return this.nodeLoader.load(id).then((n) => (n ? toView(n) : null));
    const known = this.byLabel.get(label);
    if (known) return known.get(id) ?? null;
    return this.hold(label).then((map) => map.get(id) ?? null);
  }

  /** Makes this request hold a label's views by id (read once per graph version). */
  private async hold(label: NodeLabel): Promise<Map<string, NodeView>> {
    const map = await this.cached(`byId:${label}`, async () => new Map((await this.all(label)).map((v) => [v.id, v])));
    this.byLabel.set(label, map);
    return map;
  }

  /** A node of a given label, or null when unknown or of another label. */
  nodeOf<T extends NodeView>(id: string, label: NodeLabel): MaybePromise<T | null> {
    return then(this.node(id), (v) => (v && v.__typename === label ? (v as T) : null));
  }

  /** A node that must exist; NotFoundError otherwise. */
  requireNode(id: string, what = 'node'): MaybePromise<NodeView> {
    return then(this.node(id), (v) => {
      if (!v) throw new NotFoundError(`no ${what} with id "${id}"`);
      return v;
    });
  }

  /** Nodes by id, unknown ones left out, in the order asked. */
  nodes(ids: readonly string[]): MaybePromise<NodeView[]> {
    const found = ids.map((id) => this.node(id));
    const present = (list: (NodeView | null)[]) => list.filter((n): n is NodeView => n !== null);
    return found.some((n) => n instanceof Promise) ? Promise.all(found).then(present) : present(found as (NodeView | null)[]);
  }

  /**
   * Edges of one node in one direction and of some types, in id order. Every
   * relation a resolver navigates is in the base (read once per graph
   * version), so these come from an index of it by node: no store call per
   * request, however many rows a nested query walks.
   */
  edges(id: string, direction: Direction, types: readonly RelType[]): MaybePromise<GraphEdge[]> {
    return then(this.edgesHeld(id, direction, types), (list) => list.slice());
  }

  /** `edges`, without the copy: callers must not change the list. */
  private edgesHeld(id: string, direction: Direction, types: readonly RelType[]): MaybePromise<readonly GraphEdge[]> {
    return this.relationsHeld ? pickEdges(this.relationsHeld, id, direction, types) : this.relations().then((r) => pickEdges(r, id, direction, types));
  }

  /** The navigable relations indexed by node and type, once per graph version; this request holds them from then on. */
  private async relations(): Promise<Relations> {
    const index = await this.cached('relations', async () => {
      const out = new Map<string, Map<RelType, GraphEdge[]>>();
      const into = new Map<string, Map<RelType, GraphEdge[]>>();
      const add = (map: Map<string, Map<RelType, GraphEdge[]>>, key: string, e: GraphEdge) => {
        let byType = map.get(key);
        if (!byType) map.set(key, (byType = new Map()));
        const list = byType.get(e.type);
        if (list) list.push(e);
        else byType.set(e.type, [e]);
      };
      // The base's edges come in id order, so every list is in id order.
      for (const e of (await this.base()).edges) {
        add(out, e.source, e);
        add(into, e.target, e);
      }
      return { out, into, related: new Map<string, NodeView[]>() };
    });
    this.relationsHeld = index;
    return index;
  }

  /**
   * The nodes at the other end of a node's edges, ordered by name. Each list
   * is worked out once per graph version and kept; callers get a copy.
   */
  related<T extends NodeView>(id: string, direction: 'out' | 'in', types: readonly RelType[]): MaybePromise<T[]> {
    const find = (rel: Relations): MaybePromise<T[]> => {
      const key = `${direction}\u0000${id}\u0000${[...types].sort().join(',')}`;
      const known = rel.related.get(key);
      if (known) return known.slice() as T[];
      const ends = pickEdges(rel, id, direction, types).map((e) => (direction === 'out' ? e.target : e.source));
      const ids = ends.length > 1 ? [...new Set(ends)] : ends;
      return then(this.nodes(ids), (nodes) =>
        then(nodes.length > 1 ? this.sortByName(nodes) : nodes, (sorted) => {
          rel.related.set(key, sorted);
          return sorted.slice() as T[];
        }),
      );
    };
    return this.relationsHeld ? find(this.relationsHeld) : this.relations().then(find);
  }

  /**
   * Sorts views in `byName` order. Views of one label are sorted by their
   * place in that label's name order, worked out once per graph version, so
   * the thousands of short lists of a nested query need no collation.
   */
  private sortByName<T extends NodeView>(views: T[]): MaybePromise<T[]> {
    if (views.length < 2) return views;
    const label = views[0].__typename;
    if (views.some((v) => v.__typename !== label)) return views.sort(byName);
    const sortBy = (rank: Map<string, number>) => views.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    const held = this.ranksHeld.get(label);
    if (held) return sortBy(held);
    return this.cached(`rank:${label}`, async () => {
      const sorted = label === 'Actor' || label === 'Initiative' ? await this.sorted(label, byName) : [...(await this.all(label))].sort(byName);
      return new Map(sorted.map((v, i) => [v.id, i]));
    }).then((rank) => {
      this.ranksHeld.set(label, rank);
      return sortBy(rank);
    });
  }

  /** Evidence with its document and quote, ordered by document and position. */
  async evidence(refs: readonly EvidenceRef[]): Promise<(Evidence & { document: DocumentView })[]> {
    const docs = await this.nodes([...new Set(refs.map((r) => r.documentId))]);
    const byId = new Map(docs.map((d) => [d.id, d as DocumentView]));
    return refs
      .filter((r) => byId.has(r.documentId))
      .map((r) => {
        const document = byId.get(r.documentId)!;
        return { ...r, document, quote: document.text.slice(r.start, r.end) };
      });
  }

  /** All nodes of a label, cached per version. */
  private all<T extends NodeView>(label: NodeLabel): Promise<T[]> {
    return this.cached(`all:${label}`, async () => (await this.store.findNodes({ label })).map(toView) as T[]);
  }

  /** All nodes of a label in an order, sorted once per version. Callers must not change the array. */
  private sorted<T extends NodeView>(label: NodeLabel, order: (a: T, b: T) => number): Promise<T[]> {
    return this.cached(`sorted:${label}`, async () => [...(await this.all<T>(label))].sort(order));
  }

  private async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(await this.version(), key, compute);
  }

  /** Actors, filtered, by name. */
  async actors(filter: ActorFilter = {}, limit?: number | null, offset?: number | null): Promise<ActorView[]> {
    paging(limit, offset);
    let actors = await this.sorted<ActorView>('Actor', byName);
    if (filter.kinds?.length) {
      // By kind from an index kept per version (in name order), not a pass over every actor.
      const byKind = await this.cached('actors-by-kind', async () => {
        const index = new Map<ActorKind, ActorView[]>();
        for (const a of actors) {
          const list = index.get(a.kind);
          if (list) list.push(a);
          else index.set(a.kind, [a]);
        }
        return index;
      });
      const kinds = [...new Set(filter.kinds)];
      actors = kinds.length === 1 ? (byKind.get(kinds[0]) ?? []) : await this.sortByName(kinds.flatMap((k) => byKind.get(k) ?? []));
    }
    if (filter.text) {
      const t = filter.text.toLocaleLowerCase('nb');
      actors = actors.filter((a) => [a.name, a.abbreviation ?? '', ...a.aliases].some((s) => s.toLocaleLowerCase('nb').includes(t)));
    }
    if (filter.sectorIds?.length || filter.levelIds?.length) {
      const base = await this.base();
      if (filter.sectorIds?.length) actors = actors.filter((a) => base.sectorsOf.get(a.id)?.some((s) => filter.sectorIds!.includes(s)));
      if (filter.levelIds?.length) actors = actors.filter((a) => base.levelsOf.get(a.id)?.some((l) => filter.levelIds!.includes(l)));
    }
    return page(actors, limit, offset);
  }

  /** Measures, filtered, by document and number. */
  async measures(filter: MeasureFilter = {}, limit?: number | null, offset?: number | null): Promise<MeasureView[]> {
    paging(limit, offset);
    let measures = await this.sorted<MeasureView>('Measure', byMeasureNumber);
    if (filter.statuses?.length) measures = measures.filter((m) => filter.statuses!.includes(m.status));
    if (filter.documentIds?.length) measures = measures.filter((m) => filter.documentIds!.includes(m.documentId));
    if (filter.text) {
      const t = filter.text.toLocaleLowerCase('nb');
      measures = measures.filter((m) => [m.number, m.title, m.text].some((s) => s.toLocaleLowerCase('nb').includes(t)));
    }
    if (filter.responsibleIds?.length) {
      const base = await this.base();
      const ok = new Set(base.edges.filter((e) => e.type === 'RESPONSIBLE_FOR' && filter.responsibleIds!.includes(e.source)).map((e) => e.target));
      measures = measures.filter((m) => ok.has(m.id));
    }
    return page(measures, limit, offset);
  }

  async initiatives(): Promise<InitiativeView[]> {
    return [...(await this.sorted<InitiativeView>('Initiative', byName))];
  }

  async sectors(): Promise<SectorView[]> {
    return [...(await this.all<SectorView>('Sector'))].sort((a, b) => a.order - b.order || byName(a, b));
  }

  async levels(): Promise<LevelView[]> {
    const levels = await this.all<LevelView>('Level');
    return [...levels].sort((a, b) => a.rank - b.rank);
  }

  async documents(): Promise<DocumentView[]> {
    return [...(await this.all<DocumentView>('Document'))].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  }

  /** Every coordination pair, heaviest first. */
  coordinationNetwork(): Promise<CoordinationView[]> {
    return this.cached('coordination', async () => mergeCoordination(await this.store.findEdges({ types: ['COORDINATES_WITH'] })));
  }

  /** Coordination pairs touching any of `actorIds` (all pairs without), at least `minWeight`. */
  async coordination(actorIds?: readonly string[] | null, minWeight?: number | null): Promise<CoordinationView[]> {
    // Every row names two actors: hold them, so the rows resolve without a promise each.
    const [network] = await Promise.all([this.coordinationNetwork(), this.hold('Actor')]);
    let pairs = network;
    if (actorIds) {
      const ids = new Set(actorIds);
      pairs = pairs.filter((p) => ids.has(p.sourceId) || ids.has(p.targetId));
    }
    if (minWeight != null) pairs = pairs.filter((p) => p.weight >= minWeight);
    return pairs;
  }

  /** One actor's coordination pairs, batched through the edge loader. */
  async coordinationOf(actorId: string): Promise<CoordinationView[]> {
    return mergeCoordination(await this.edges(actorId, 'both', ['COORDINATES_WITH']));
  }

  /** The system-perspective table: levels × sectors with the actors placed there; built once per graph version. */
  async systemMatrix(): Promise<{ levels: LevelView[]; sectors: SectorView[]; cells: MatrixCellView[] }> {
    // Every cell names its level and sector: hold them, so the cells resolve without a promise each.
    await Promise.all([this.hold('Level'), this.hold('Sector')]);
    return this.cached('matrix', async () => {
      const [levels, sectors, base] = await Promise.all([this.levels(), this.sectors(), this.base()]);
      const actors = new Map(base.nodes.filter((n) => n.__typename === 'Actor').map((a) => [a.id, a as ActorView]));
      const cellMap = new Map<string, MatrixCellView & { actorIds: Set<string>; evKeys: Set<string> }>();
      const sectorEdges = new Map<string, GraphEdge[]>();
      for (const e of base.edges) {
        if (e.type !== 'IN_SECTOR') continue;
        const list = sectorEdges.get(e.source);
        if (list) list.push(e);
        else sectorEdges.set(e.source, [e]);
      }
      for (const l of base.edges) {
        if (l.type !== 'AT_LEVEL') continue;
        const actor = actors.get(l.source);
        if (!actor) continue;
        for (const s of sectorEdges.get(l.source) ?? []) {
          const key = `${l.target}\u0000${s.target}`;
          let cell = cellMap.get(key);
          if (!cell) cellMap.set(key, (cell = { levelId: l.target, sectorId: s.target, actors: [], evidenceRefs: [], actorIds: new Set(), evKeys: new Set() }));
          if (!cell.actorIds.has(actor.id)) {
            cell.actorIds.add(actor.id);
            cell.actors.push(actor);
          }
          // A table cell states both the level and the sector: the spans the two edges share.
          const sectorKeys = new Set(s.evidence.map(evidenceKey));
          for (const ev of l.evidence) {
            const k = evidenceKey(ev);
            if (sectorKeys.has(k) && !cell.evKeys.has(k)) {
              cell.evKeys.add(k);
              cell.evidenceRefs.push(ev);
            }
          }
        }
      }
      const levelRank = new Map(levels.map((l) => [l.id, l.rank]));
      const sectorOrder = new Map(sectors.map((s, i) => [s.id, i]));
      return {
        levels,
        sectors,
        cells: [...cellMap.values()]
          .filter((c) => levelRank.has(c.levelId) && sectorOrder.has(c.sectorId))
          .map(({ levelId, sectorId, actors: list, evidenceRefs }) => ({ levelId, sectorId, actors: [...list].sort(byName), evidenceRefs }))
          .sort((a, b) => levelRank.get(a.levelId)! - levelRank.get(b.levelId)! || sectorOrder.get(a.sectorId)! - sectorOrder.get(b.sectorId)!),
      };
    });
  }

  /** A shortest evidenced chain between two nodes, or null. Unknown ends are NOT_FOUND. */
  async path(from: string, to: string, maxHops?: number | null): Promise<PathView | null> {
    await Promise.all([this.requireNode(from), this.requireNode(to)]);
    // The relations a path may walk are all in the base: index them by node once per version, and walk in memory.
    const index = await this.cached('path-index', async () => pathIndex((await this.base()).edges));
    const found = await shortestPathIn(from, to, maxHops ?? DEFAULT_HOPS, index);
    if (!found) return null;
    return { nodes: await this.nodes(found.nodeIds), steps: found.steps };
  }

  /** Search over names, abbreviations, aliases, titles and text. */
  async search(text: string, limit?: number | null): Promise<(SearchResult & { node: NodeView })[]> {
    const { limit: n } = paging(limit ?? 20, 0);
    if (text.length > 200) throw new InvalidInputError('search text is longer than 200 characters');
    const index = await this.cached('search', async () => {
      const labels: NodeLabel[] = ['Actor', 'Measure', 'Initiative', 'Document', 'Sector'];
      const all = (await Promise.all(labels.map((l) => this.all(l)))).flat();
      return { index: new SearchIndex(all), byId: new Map(all.map((v) => [v.id, v])) };
    });
    return index.index.search(text, n).map((r) => ({ ...r, node: index.byId.get(r.id)! }));
  }

  /** The data every view is built from: actors, measures, initiatives and their relations. */
  base(): Promise<GraphBase> {
    return this.cached('base', async () => {
      const [actors, measures, initiatives, edges] = await Promise.all([
        this.all<ActorView>('Actor'),
        this.all<MeasureView>('Measure'),
        this.all<InitiativeView>('Initiative'),
        // Every navigable relation: `edges()` serves resolvers from this.
        this.store.findEdges({ types: NAVIGABLE }),
      ]);
      const sectorsOf = new Map<string, string[]>();
      const levelsOf = new Map<string, string[]>();
      for (const e of edges) {
        if (e.type === 'IN_SECTOR') sectorsOf.set(e.source, [...(sectorsOf.get(e.source) ?? []), e.target]);
        if (e.type === 'AT_LEVEL') levelsOf.set(e.source, [...(levelsOf.get(e.source) ?? []), e.target]);
      }
      return { nodes: [...actors, ...measures, ...initiatives], edges, sectorsOf, levelsOf, levelRank: new Map(LEVELS.map((l) => [l.id as string, l.rank])) };
    });
  }

  /** A subgraph for the explorer and notebooks. */
  async subgraph(filter: SubgraphFilter = {}): Promise<Subgraph> {
    if (filter.focus) await this.requireNode(filter.focus);
    const view = filter.view ?? 'NETWORK';
    const [base, coordination] = await Promise.all([this.base(), this.coordinationNetwork()]);
    const prepared = await this.cached(`view:${view}`, async () => prepareView(base, coordination, view));
    const positions = filter.layout ? await this.layout(view) : undefined;
    return buildSubgraph(base, coordination, filter, prepared, positions);
  }

  /** Positions of every node of a view, from a seeded, deterministic layout computed once per graph version. */
  layout(view: GraphViewName): Promise<ReadonlyMap<string, Position>> {
    return this.cached(`layout:${view}`, async () => {
      const [base, coordination] = await Promise.all([this.base(), this.coordinationNetwork()]);
      const prepared = await this.cached(`view:${view}`, async () => prepareView(base, coordination, view));
      // The whole view, not only a capped subgraph, so every focus finds its nodes placed. Actors appear in the
      // measures view only through their measures, so unlinked ones are left out there.
      const ids = base.nodes
        .filter((n) => viewHolds(view, n) && (view !== 'MEASURES' || n.__typename === 'Measure' || prepared.adjacency.has(n.id)))
        .map((n) => n.id);
      return layoutGraph(ids, prepared.edges);
    });
  }

  /** One relation by its subgraph id: a stored edge id, or `coord:a|b` for a coordination pair. */
  async edge(id: string): Promise<EdgeView | null> {
    const coord = /^coord:([^|]+)\|(.+)$/.exec(id);
    if (coord) {
      const pair = (await this.coordinationOf(coord[1])).find((c) => c.sourceId === coord[1] && c.targetId === coord[2]);
      return pair ? { id, type: 'COORDINATES_WITH', sourceId: pair.sourceId, targetId: pair.targetId, kinds: pair.kinds, weight: pair.weight, evidenceRefs: pair.evidenceRefs } : null;
    }
    const parsed = /^(.+)-\[([A-Z_]+)(?::[A-Z_]+)?\]->(.+)$/.exec(id);
    if (!parsed || !(NAVIGABLE as readonly string[]).includes(parsed[2])) return null;
    const found = (await this.edges(parsed[1], 'out', [parsed[2] as RelType])).find((e) => e.id === id);
    if (!found) return null;
    return { id, type: found.type, sourceId: found.source, targetId: found.target, kinds: [], weight: Math.max(1, found.evidence.length), evidenceRefs: found.evidence };
  }

  /** Counts for the stats field and /health. */
  async stats(): Promise<{ store: string; version: string; documents: number; actors: number; measures: number; initiatives: number; links: number; coordinationPairs: number }> {
    const [version, counts, pairs] = await Promise.all([this.version(), this.cached('counts', () => this.store.counts()), this.coordinationNetwork()]);
    return {
      store: this.store.kind,
      version,
      ...countSummary(counts),
      coordinationPairs: pairs.length,
    };
  }
}

export type { CoordinationKind };
