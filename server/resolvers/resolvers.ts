/**
 * Thin resolvers: each calls a pure query of graph/query on the request's
 * snapshot and contains no Cypher, no parsing and no graph logic of its own.
 * Root fields await the request's snapshot (`reader.snapshot()`); the fields
 * below them read the snapshot the root already holds (`reader.now`), so a
 * nested list of thousands of rows resolves without a promise per row.
 */
import {
  byMeasureNumber,
  coordination,
  coordinationOf,
  edge,
  edgesOf,
  evidence,
  groupMeasures,
  groupMembers,
  measures,
  nodeOf,
  nodesById,
  overview,
  path,
  related,
  requireNode,
  stats,
  actors,
  node,
  type ActorView,
  type CoordinationView,
  type DocumentView,
  type EdgeView,
  type GraphReader,
  type InitiativeView,
  type LevelView,
  type MatrixCellView,
  type MatrixGroupInfo,
  type MeasureView,
  type NodeView,
  type OverviewFilter,
  type PathView,
  type SectorView,
  type WorkSlices,
} from '../../graph/query/index.ts';
import { groupLabel } from '../../graph/query/index.ts';
import { locateEvidence } from '../../graph/read/index.ts';
import { overlapsFor } from '../../graph/analytics/index.ts';
import { analyticsQuery, analyticsTypes } from './analytics.ts';
import { foldOverview, nameChangeType, nameLineQuery, nameLineTypes } from './name-lines.ts';
import { exportQuery, exportTypes } from './export.ts';
import { languageTypes } from './language.ts';
import { actorEvidenceField } from './actor-evidence.ts';
import type {
  QueryActorArgs,
  QueryActorsArgs,
  QueryCoordinationArgs,
  QueryDocumentArgs,
  QueryEdgeArgs,
  QueryGroupMeasuresArgs,
  QueryGroupMembersArgs,
  QueryMeasureArgs,
  QueryMeasuresArgs,
  QueryNodeArgs,
  QueryOverlapsArgs,
  QueryOverviewArgs,
  QueryPathArgs,
} from '../generated/schema-types.ts';

/** What every resolver gets: the request's reader, and the work slices that let it yield and be cancelled. */
export interface Context {
  reader: GraphReader;
  slices?: WorkSlices;
  controller?: AbortController;
}

/** Evidence as served: its span and its document (whose source map locates it). */
type LocatedEvidence = { start: number; end: number; document: DocumentView };

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

const ev = (p: { evidenceRefs: NodeView['evidenceRefs'] }, _: unknown, { reader }: Context) => evidence(reader.now, p.evidenceRefs);

/** `corrected` and `corrections` on every fact a person can correct: read from the view, which carries them (graph/corrections). */
const correctionFields = {
  corrected: (x: { corrections?: readonly unknown[] }) => (x.corrections?.length ?? 0) > 0,
  corrections: (x: { corrections?: readonly unknown[] }) => x.corrections ?? [],
};

export const resolvers = {
  Query: {
    actors: (async (_, a, { reader }) => actors(await reader.snapshot(), a.filter ?? {}, a.limit, a.offset)) as R<unknown, QueryActorsArgs>,
    actor: (async (_, a, { reader }) => nodeOf(await reader.snapshot(), a.id, 'Actor')) as R<unknown, QueryActorArgs>,
    measures: (async (_, a, { reader }) => measures(await reader.snapshot(), a.filter ?? {}, a.limit, a.offset)) as R<unknown, QueryMeasuresArgs>,
    measure: (async (_, a, { reader }) => nodeOf(await reader.snapshot(), a.id, 'Measure')) as R<unknown, QueryMeasureArgs>,
    initiatives: (async (_, __, { reader }) => (await reader.snapshot()).nodes.Initiative) as R<unknown>,
    sectors: (async (_, __, { reader }) => (await reader.snapshot()).nodes.Sector) as R<unknown>,
    levels: (async (_, __, { reader }) => (await reader.snapshot()).nodes.Level) as R<unknown>,
    coordination: (async (_, a, { reader }) => coordination(await reader.snapshot(), a.actorIds, a.minWeight)) as R<unknown, QueryCoordinationArgs>,
    path: (async (_, a, { reader }) => path(await reader.snapshot(), a.from, a.to, a.maxHops)) as R<unknown, QueryPathArgs>,
    documents: (async (_, __, { reader }) => (await reader.snapshot()).nodes.Document) as R<unknown>,
    document: (async (_, a, { reader }) => nodeOf(await reader.snapshot(), a.id, 'Document')) as R<unknown, QueryDocumentArgs>,
    overlaps: (async (_, a, { reader }) => overlapsFor(await reader.snapshot(), a.minScore, a.limit)) as R<unknown, QueryOverlapsArgs>,
    node: (async (_, a, { reader }) => node(await reader.snapshot(), a.id)) as R<unknown, QueryNodeArgs>,
    stats: (async (_, __, { reader }) => stats(await reader.snapshot())) as R<unknown>,
    ...analyticsQuery,
    ...nameLineQuery,
    ...exportQuery,
    edge: (async (_, a, { reader }) => edge(await reader.snapshot(), a.id)) as R<unknown, QueryEdgeArgs>,
    overview: (async (_, a, { reader }) => {
      const { foldRenames, asOfYear, language, ...filter } = a.filter ?? {};
      const s = await reader.snapshot();
      return foldOverview(s, await overview(s, filter as OverviewFilter), { foldRenames, asOfYear, language });
    }) as R<unknown, QueryOverviewArgs>,
    groupMembers: (async (_, a, { reader }) => groupMembers(await reader.snapshot(), a.id, a.text, a.limit, a.offset)) as R<unknown, QueryGroupMembersArgs>,
    groupMeasures: (async (_, a, { reader }) => groupMeasures(await reader.snapshot(), a.id, a.text, a.limit, a.offset)) as R<unknown, QueryGroupMeasuresArgs>,
  },
  ...analyticsTypes,
  ...exportTypes,
  ...languageTypes,
  Node: {
    __resolveType: (n: NodeView) => n.__typename,
  },
  Actor: {
    ...correctionFields,
    levels: ((a, _, { reader }) => related<LevelView>(reader.now, a.id, 'out', ['AT_LEVEL']).sort((x, y) => x.rank - y.rank)) as R<ActorView>,
    sectors: ((a, _, { reader }) => related<SectorView>(reader.now, a.id, 'out', ['IN_SECTOR']).sort((x, y) => x.order - y.order)) as R<ActorView>,
    parent: ((a, _, { reader }) => related(reader.now, a.id, 'out', ['PART_OF'])[0] ?? null) as R<ActorView>,
    children: ((a, _, { reader }) => related(reader.now, a.id, 'in', ['PART_OF'])) as R<ActorView>,
    predecessors: ((a, _, { reader }) => related(reader.now, a.id, 'in', ['SUCCEEDED_BY'])) as R<ActorView>,
    successors: ((a, _, { reader }) => related(reader.now, a.id, 'out', ['SUCCEEDED_BY'])) as R<ActorView>,
    responsibleFor: ((a, _, { reader }) => related<MeasureView>(reader.now, a.id, 'out', ['RESPONSIBLE_FOR']).sort(byMeasureNumber)) as R<ActorView>,
    involvedIn: ((a, _, { reader }) => related<MeasureView>(reader.now, a.id, 'out', ['INVOLVED_IN']).sort(byMeasureNumber)) as R<ActorView>,
    initiatives: ((a, _, { reader }) => related(reader.now, a.id, 'out', ['PARTICIPATES_IN', 'LEADS'])) as R<ActorView>,
    coordinatesWith: ((a, _, { reader }) => coordinationOf(reader.now, a.id)) as R<ActorView>,
    evidence: actorEvidenceField,
    ...nameLineTypes,
  },
  NameChange: nameChangeType,
  Measure: {
    ...correctionFields,
    responsible: ((m, _, { reader }) => related(reader.now, m.id, 'in', ['RESPONSIBLE_FOR'])) as R<MeasureView>,
    involved: ((m, _, { reader }) => related(reader.now, m.id, 'in', ['INVOLVED_IN'])) as R<MeasureView>,
    document: ((m, _, { reader }) => requireNode(reader.now, m.documentId, 'document')) as R<MeasureView>,
    evidence: ev,
  },
  Initiative: {
    ...correctionFields,
    lead: ((i, _, { reader }) => related(reader.now, i.id, 'in', ['LEADS'])[0] ?? null) as R<InitiativeView>,
    leadRole: ((i, _, { reader }) => {
      const [lead] = edgesOf(reader.now, i.id, 'in', ['LEADS']);
      return lead ? String(lead.props.role ?? 'leads') : null;
    }) as R<InitiativeView>,
    participants: ((i, _, { reader }) => related(reader.now, i.id, 'in', ['PARTICIPATES_IN'])) as R<InitiativeView>,
    commissioners: ((i, _, { reader }) => related(reader.now, i.id, 'in', ['COMMISSIONS'])) as R<InitiativeView>,
    buildsOn: ((i, _, { reader }) => related(reader.now, i.id, 'in', ['SUCCEEDED_BY'])) as R<InitiativeView>,
    evidence: ev,
  },
  Sector: {
    ministry: ((s, _, { reader }) => (s.ministryId ? nodeOf(reader.now, s.ministryId, 'Actor') : null)) as R<SectorView>,
  },
  Document: {
    measures: ((d, _, { reader }) => measures(reader.now, { documentIds: [d.id] })) as R<DocumentView>,
  },
  // Where a quote is in its original: page, page label and boxes for a PDF, a cell or heading path otherwise (graph/read).
  Evidence: {
    page: ((e) => locateEvidence(e).page) as R<LocatedEvidence>,
    pageLabel: ((e) => locateEvidence(e).pageLabel) as R<LocatedEvidence>,
    location: ((e) => locateEvidence(e).location) as R<LocatedEvidence>,
    boxes: ((e) => locateEvidence(e).boxes) as R<LocatedEvidence>,
  },
  MatrixCell: {
    level: ((c, _, { reader }) => requireNode(reader.now, c.levelId, 'level')) as R<MatrixCellView>,
    sector: ((c, _, { reader }) => requireNode(reader.now, c.sectorId, 'sector')) as R<MatrixCellView>,
    evidence: ev,
  },
  MatrixGroup: {
    label: ((g) => groupLabel(g)) as R<MatrixGroupInfo>,
    memberCount: ((g) => g.memberIds.length) as R<MatrixGroupInfo>,
    sample: ((g, _, { reader }) => nodesById(reader.now, g.memberIds.slice(0, 3))) as R<MatrixGroupInfo>,
  },
  Coordination: {
    ...correctionFields,
    source: ((c, _, { reader }) => requireNode(reader.now, c.sourceId, 'actor')) as R<CoordinationView>,
    target: ((c, _, { reader }) => requireNode(reader.now, c.targetId, 'actor')) as R<CoordinationView>,
    evidence: ev,
  },
  Path: {
    nodes: ((p) => p.nodes) as R<PathView>,
    edges: ((p) =>
      p.steps.map((s) => ({ source: s.from, target: s.to, type: s.edge.type, reversed: s.reversed, evidenceRefs: s.edge.evidence }))) as R<PathView>,
  },
  EdgeDetail: {
    ...correctionFields,
    source: ((e, _, { reader }) => requireNode(reader.now, e.sourceId)) as R<EdgeView>,
    target: ((e, _, { reader }) => requireNode(reader.now, e.targetId)) as R<EdgeView>,
    evidence: ev,
  },
  PathEdge: {
    evidence: ev,
  },
};
