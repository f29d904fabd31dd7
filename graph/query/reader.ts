/**
 * GraphReader: the read side of the graph for one request. Resolvers call it
 * and nothing else. Lookups by id and relations are batched with DataLoader
 * (one store call per kind of lookup per tick, never one per row); whole-graph
 * data (search index, coordination network, views) is computed once per graph
 * version and shared.
 */
import DataLoader from 'dataloader';
import {
  LEVELS,
  InvalidInputError,
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
import { DEFAULT_HOPS, PATH_TYPES, shortestPath, type PathStep } from './path.ts';
import { SearchIndex, type SearchResult } from './search.ts';
import { buildSubgraph, type GraphBase, type Subgraph, type SubgraphFilter } from './subgraph.ts';
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

/** Relations resolvers navigate; STATED_IN (node → document) is read through evidence instead. */
const NAVIGABLE: readonly RelType[] = ['RESPONSIBLE_FOR', 'INVOLVED_IN', 'PARTICIPATES_IN', 'LEADS', 'PART_OF', 'IN_SECTOR', 'AT_LEVEL', 'SUCCEEDED_BY', 'COORDINATES_WITH'];

const shared = new WeakMap<GraphStore, VersionCache>();

/** One request's reader. Make a new one per request; the version cache is shared per store. */
export class GraphReader {
  private readonly cache: VersionCache;
  private versionPromise: Promise<string> | null = null;
  private readonly nodeLoader: DataLoader<string, GraphNode | null>;
  private readonly edgeLoaders = new Map<string, DataLoader<string, GraphEdge[]>>();

  constructor(private readonly store: GraphStore) {
    let cache = shared.get(store);
    if (!cache) shared.set(store, (cache = new VersionCache()));
    this.cache = cache;
    this.nodeLoader = new DataLoader((ids) => store.getNodes(ids), { maxBatchSize: 5000 });
  }

  /** The graph version, asked once per request. */
  version(): Promise<string> {
    return (this.versionPromise ??= this.store.version());
  }

  /** Any node by id, or null. */
  async node(id: string): Promise<NodeView | null> {
    const n = await this.nodeLoader.load(id);
    return n ? toView(n) : null;
  }

  /** A node of a given label, or null when unknown or of another label. */
  async nodeOf<T extends NodeView>(id: string, label: NodeLabel): Promise<T | null> {
    const v = await this.node(id);
    return v && v.__typename === label ? (v as T) : null;
  }

  /** A node that must exist; NotFoundError otherwise. */
  async requireNode(id: string, what = 'node'): Promise<NodeView> {
    const v = await this.node(id);
    if (!v) throw new NotFoundError(`no ${what} with id "${id}"`);
    return v;
  }

  /** Nodes by id, unknown ones left out, in the order asked. */
  async nodes(ids: readonly string[]): Promise<NodeView[]> {
    const found = await this.nodeLoader.loadMany(ids);
    return found.filter((n): n is GraphNode => !!n && !(n instanceof Error)).map(toView);
  }

  /**
   * Edges of one node in one direction and of some types. Batched across a
   * request: one store call per direction per tick, whatever the types, so a
   * nested query costs a few calls, not one per row or per field.
   */
  async edges(id: string, direction: Direction, types: readonly RelType[]): Promise<GraphEdge[]> {
    let loader = this.edgeLoaders.get(direction);
    if (!loader) {
      loader = new DataLoader(
        async (ids) => {
          const q = direction === 'out' ? { sourceIds: ids } : direction === 'in' ? { targetIds: ids } : { nodeIds: ids };
          const edges = await this.store.findEdges({ ...q, types: NAVIGABLE });
          const byId = new Map<string, GraphEdge[]>(ids.map((i) => [i, []]));
          for (const e of edges) {
            if (direction !== 'in') byId.get(e.source)?.push(e);
            if (direction !== 'out' && e.target !== e.source) byId.get(e.target)?.push(e);
          }
          return ids.map((i) => byId.get(i)!);
        },
        { maxBatchSize: 5000 },
      );
      this.edgeLoaders.set(direction, loader);
    }
    const wanted = new Set(types);
    return (await loader.load(id)).filter((e) => wanted.has(e.type));
  }

  /** The nodes at the other end of a node's edges, ordered by name. */
  async related<T extends NodeView>(id: string, direction: 'out' | 'in', types: readonly RelType[]): Promise<T[]> {
    const edges = await this.edges(id, direction, types);
    const ids = [...new Set(edges.map((e) => (direction === 'out' ? e.target : e.source)))];
    return ((await this.nodes(ids)) as T[]).sort(byName);
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

  private async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(await this.version(), key, compute);
  }

  /** Actors, filtered, by name. */
  async actors(filter: ActorFilter = {}, limit?: number | null, offset?: number | null): Promise<ActorView[]> {
    paging(limit, offset);
    let actors = [...(await this.all<ActorView>('Actor'))].sort(byName);
    if (filter.kinds?.length) actors = actors.filter((a) => filter.kinds!.includes(a.kind));
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
    let measures = [...(await this.all<MeasureView>('Measure'))].sort(byMeasureNumber);
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
    return [...(await this.all<InitiativeView>('Initiative'))].sort(byName);
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
    let pairs = await this.coordinationNetwork();
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

  /** The system-perspective table: levels × sectors with the actors placed there. */
  async systemMatrix(): Promise<{ levels: LevelView[]; sectors: SectorView[]; cells: MatrixCellView[] }> {
    const [levels, sectors] = await Promise.all([this.levels(), this.sectors()]);
    const cells = await this.cached('matrix', async () => {
      const base = await this.base();
      const actors = new Map(base.nodes.filter((n) => n.__typename === 'Actor').map((a) => [a.id, a as ActorView]));
      const cellMap = new Map<string, MatrixCellView>();
      const atLevel = base.edges.filter((e) => e.type === 'AT_LEVEL');
      const inSector = base.edges.filter((e) => e.type === 'IN_SECTOR');
      const sectorEdges = new Map<string, GraphEdge[]>();
      for (const e of inSector) sectorEdges.set(e.source, [...(sectorEdges.get(e.source) ?? []), e]);
      for (const l of atLevel) {
        const actor = actors.get(l.source);
        if (!actor) continue;
        for (const s of sectorEdges.get(l.source) ?? []) {
          const key = `${l.target}\u0000${s.target}`;
          const cell = cellMap.get(key) ?? { levelId: l.target, sectorId: s.target, actors: [], evidenceRefs: [] };
          if (!cell.actors.includes(actor)) cell.actors.push(actor);
          // A table cell states both the level and the sector: the spans the two edges share.
          const sectorKeys = new Set(s.evidence.map((e) => `${e.documentId}|${e.start}|${e.end}`));
          for (const ev of l.evidence) {
            const k = `${ev.documentId}|${ev.start}|${ev.end}`;
            if (sectorKeys.has(k) && !cell.evidenceRefs.some((x) => `${x.documentId}|${x.start}|${x.end}` === k)) cell.evidenceRefs.push(ev);
          }
          cellMap.set(key, cell);
        }
      }
      return [...cellMap.values()];
    });
    const levelRank = new Map(levels.map((l) => [l.id, l.rank]));
    const sectorOrder = new Map(sectors.map((s, i) => [s.id, i]));
    return {
      levels,
      sectors,
      cells: cells
        .filter((c) => levelRank.has(c.levelId) && sectorOrder.has(c.sectorId))
        .map((c) => ({ ...c, actors: [...c.actors].sort(byName) }))
        .sort((a, b) => levelRank.get(a.levelId)! - levelRank.get(b.levelId)! || sectorOrder.get(a.sectorId)! - sectorOrder.get(b.sectorId)!),
    };
  }

  /** A shortest evidenced chain between two nodes, or null. Unknown ends are NOT_FOUND. */
  async path(from: string, to: string, maxHops?: number | null): Promise<PathView | null> {
    await Promise.all([this.requireNode(from), this.requireNode(to)]);
    const found = await shortestPath(from, to, maxHops ?? DEFAULT_HOPS, (ids) => this.store.findEdges({ nodeIds: ids, types: PATH_TYPES }));
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
        this.store.findEdges({
          types: ['RESPONSIBLE_FOR', 'INVOLVED_IN', 'PARTICIPATES_IN', 'LEADS', 'PART_OF', 'SUCCEEDED_BY', 'COORDINATES_WITH', 'IN_SECTOR', 'AT_LEVEL'],
        }),
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
    const base = await this.base();
    const coordination = await this.coordinationNetwork();
    return buildSubgraph(base, coordination, filter);
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
      documents: counts.nodes.Document ?? 0,
      actors: counts.nodes.Actor ?? 0,
      measures: counts.nodes.Measure ?? 0,
      initiatives: counts.nodes.Initiative ?? 0,
      links: Object.values(counts.edges).reduce((s, n) => s + (n ?? 0), 0),
      coordinationPairs: pairs.length,
    };
  }
}

export type { CoordinationKind };
