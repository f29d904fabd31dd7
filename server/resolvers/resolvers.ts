/**
 * Thin resolvers: each calls the request's GraphReader (graph/query) and
 * contains no Cypher, no parsing and no graph logic of its own.
 */
import type { GraphReader, WorkSlices } from '../../graph/query/index.ts';
import {
  byMeasureNumber,
  type ActorView,
  type CoordinationView,
  type EdgeView,
  type InitiativeView,
  type LevelView,
  type MatrixCellView,
  type MeasureView,
  type NodeView,
  type PathView,
  type SectorView,
} from '../../graph/query/index.ts';
import type { DocumentView } from '../../graph/query/index.ts';
import { overlapsFor } from '../../graph/analytics/index.ts';
import { analyticsQuery, analyticsTypes } from './analytics.ts';
import type { QueryActorArgs, QueryActorsArgs, QueryCoordinationArgs, QueryDocumentArgs, QueryEdgeArgs, QueryGraphArgs, QueryMeasureArgs, QueryMeasuresArgs, QueryNodeArgs, QueryOverlapsArgs, QueryPathArgs, QuerySearchArgs } from '../generated/schema-types.ts';

/** What every resolver gets: the request's reader, and the work slices that let it yield and be cancelled. */
export interface Context {
  reader: GraphReader;
  slices?: WorkSlices;
  controller?: AbortController;
}

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

const ev = (p: { evidenceRefs: NodeView['evidenceRefs'] }, _: unknown, { reader }: Context) => reader.evidence(p.evidenceRefs);

export const resolvers = {
  Query: {
    actors: ((_, a, { reader }) => reader.actors(a.filter ?? {}, a.limit, a.offset)) as R<unknown, QueryActorsArgs>,
    actor: ((_, a, { reader }) => reader.nodeOf(a.id, 'Actor')) as R<unknown, QueryActorArgs>,
    measures: ((_, a, { reader }) => reader.measures(a.filter ?? {}, a.limit, a.offset)) as R<unknown, QueryMeasuresArgs>,
    measure: ((_, a, { reader }) => reader.nodeOf(a.id, 'Measure')) as R<unknown, QueryMeasureArgs>,
    initiatives: ((_, __, { reader }) => reader.initiatives()) as R<unknown>,
    sectors: ((_, __, { reader }) => reader.sectors()) as R<unknown>,
    levels: ((_, __, { reader }) => reader.levels()) as R<unknown>,
    systemMatrix: ((_, __, { reader }) => reader.systemMatrix()) as R<unknown>,
    coordination: ((_, a, { reader }) => reader.coordination(a.actorIds, a.minWeight)) as R<unknown, QueryCoordinationArgs>,
    path: ((_, a, { reader }) => reader.path(a.from, a.to, a.maxHops)) as R<unknown, QueryPathArgs>,
    documents: ((_, __, { reader }) => reader.documents()) as R<unknown>,
    document: ((_, a, { reader }) => reader.nodeOf(a.id, 'Document')) as R<unknown, QueryDocumentArgs>,
    search: ((_, a, { reader }) => reader.search(a.text, a.limit)) as R<unknown, QuerySearchArgs>,
    overlaps: ((_, a, { reader }) => overlapsFor(reader, a.minScore, a.limit)) as R<unknown, QueryOverlapsArgs>,
    node: ((_, a, { reader }) => reader.node(a.id)) as R<unknown, QueryNodeArgs>,
    graph: ((_, a, { reader }) => reader.subgraph(a.filter ?? {})) as R<unknown, QueryGraphArgs>,
    stats: ((_, __, { reader }) => reader.stats()) as R<unknown>,
    ...analyticsQuery,
    edge: ((_, a, { reader }) => reader.edge(a.id)) as R<unknown, QueryEdgeArgs>,
  },
  ...analyticsTypes,
  Node: {
    __resolveType: (n: NodeView) => n.__typename,
  },
  Actor: {
    levels: (async (a, _, { reader }) => (await reader.related<LevelView>(a.id, 'out', ['AT_LEVEL'])).sort((x, y) => x.rank - y.rank)) as R<ActorView>,
    sectors: (async (a, _, { reader }) => (await reader.related<SectorView>(a.id, 'out', ['IN_SECTOR'])).sort((x, y) => x.order - y.order)) as R<ActorView>,
    parent: (async (a, _, { reader }) => (await reader.related(a.id, 'out', ['PART_OF']))[0] ?? null) as R<ActorView>,
    children: ((a, _, { reader }) => reader.related(a.id, 'in', ['PART_OF'])) as R<ActorView>,
    predecessors: ((a, _, { reader }) => reader.related(a.id, 'in', ['SUCCEEDED_BY'])) as R<ActorView>,
    successors: ((a, _, { reader }) => reader.related(a.id, 'out', ['SUCCEEDED_BY'])) as R<ActorView>,
    responsibleFor: (async (a, _, { reader }) => (await reader.related<MeasureView>(a.id, 'out', ['RESPONSIBLE_FOR'])).sort(byMeasureNumber)) as R<ActorView>,
    involvedIn: (async (a, _, { reader }) => (await reader.related<MeasureView>(a.id, 'out', ['INVOLVED_IN'])).sort(byMeasureNumber)) as R<ActorView>,
    initiatives: ((a, _, { reader }) => reader.related(a.id, 'out', ['PARTICIPATES_IN', 'LEADS'])) as R<ActorView>,
    coordinatesWith: ((a, _, { reader }) => reader.coordinationOf(a.id)) as R<ActorView>,
    evidence: ev,
  },
  Measure: {
    responsible: ((m, _, { reader }) => reader.related(m.id, 'in', ['RESPONSIBLE_FOR'])) as R<MeasureView>,
    involved: ((m, _, { reader }) => reader.related(m.id, 'in', ['INVOLVED_IN'])) as R<MeasureView>,
    document: ((m, _, { reader }) => reader.requireNode(m.documentId, 'document')) as R<MeasureView>,
    evidence: ev,
  },
  Initiative: {
    lead: (async (i, _, { reader }) => (await reader.related(i.id, 'in', ['LEADS']))[0] ?? null) as R<InitiativeView>,
    leadRole: (async (i, _, { reader }) => {
      const [lead] = await reader.edges(i.id, 'in', ['LEADS']);
      return lead ? String(lead.props.role ?? 'leads') : null;
    }) as R<InitiativeView>,
    participants: ((i, _, { reader }) => reader.related(i.id, 'in', ['PARTICIPATES_IN'])) as R<InitiativeView>,
    commissioners: ((i, _, { reader }) => reader.related(i.id, 'in', ['COMMISSIONS'])) as R<InitiativeView>,
    buildsOn: ((i, _, { reader }) => reader.related(i.id, 'in', ['SUCCEEDED_BY'])) as R<InitiativeView>,
    evidence: ev,
  },
  Sector: {
    ministry: ((s, _, { reader }) => (s.ministryId ? reader.nodeOf(s.ministryId, 'Actor') : null)) as R<SectorView>,
  },
  Document: {
    measures: ((d, _, { reader }) => reader.measures({ documentIds: [d.id] })) as R<DocumentView>,
  },
  MatrixCell: {
    level: ((c, _, { reader }) => reader.requireNode(c.levelId, 'level')) as R<MatrixCellView>,
    sector: ((c, _, { reader }) => reader.requireNode(c.sectorId, 'sector')) as R<MatrixCellView>,
    evidence: ev,
  },
  Coordination: {
    source: ((c, _, { reader }) => reader.requireNode(c.sourceId, 'actor')) as R<CoordinationView>,
    target: ((c, _, { reader }) => reader.requireNode(c.targetId, 'actor')) as R<CoordinationView>,
    evidence: ev,
  },
  Path: {
    nodes: ((p) => p.nodes) as R<PathView>,
    edges: ((p) =>
      p.steps.map((s) => ({ source: s.from, target: s.to, type: s.edge.type, reversed: s.reversed, evidenceRefs: s.edge.evidence }))) as R<PathView>,
  },
  EdgeDetail: {
    source: ((e, _, { reader }) => reader.requireNode(e.sourceId)) as R<EdgeView>,
    target: ((e, _, { reader }) => reader.requireNode(e.targetId)) as R<EdgeView>,
    evidence: ev,
  },
  PathEdge: {
    evidence: ev,
  },
};
