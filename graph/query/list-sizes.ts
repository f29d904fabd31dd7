/**
 * Expected list sizes for query cost: how many rows each list field of the
 * schema gives, on average, in the current graph, worked out from the store's
 * counts (one cheap call per graph version). A query's cost multiplies down
 * its lists by these sizes, so thirty aliases of the whole coordination
 * network cost thirty networks, and the same query costs more on a national
 * graph than on the seeds.
 */
import type { GraphCounts } from '../model/index.ts';
import { MAX_LIMIT } from './limits.ts';
import { DEFAULT_HOPS } from './path.ts';
import { DEFAULT_BUDGET, GROUP_SAMPLE, MAX_BUDGET } from './snapshot/index.ts';

/** Evidence spans per node or relation: not in the counts; measured on the national synthetic corpus (1.1–2.9) and rounded up. */
export const EVIDENCE_PER_ITEM = 3;

/** The most nodes `graph` returns (GraphFilter.limit's default and maximum). */
export const GRAPH_NODE_LIMIT = 5000;

/** Expected rows per list field, by `Type.field`; `limit` arguments cap the root lists. */
export interface ListSizes {
  /** Rows of `Type.field` when nothing narrows it. */
  readonly sizes: ReadonlyMap<string, number>;
  /** Rows of a list field not in the table. */
  readonly fallback: number;
}

/** The table for a graph with these counts. */
export function listSizes(counts: GraphCounts): ListSizes {
  const n = (l: keyof GraphCounts['nodes']) => counts.nodes[l] ?? 0;
  const e = (t: keyof GraphCounts['edges']) => counts.edges[t] ?? 0;
  // An average per parent, never below 1: resolving an empty list still costs a call.
  const per = (edges: number, parents: number) => Math.max(1, parents ? edges / parents : 0);
  const actors = n('Actor');
  const measures = n('Measure');
  const initiatives = n('Initiative');
  const sectors = n('Sector');
  const levels = n('Level');
  const documents = n('Document');
  const allNodes = Object.values(counts.nodes).reduce((s, c) => s + (c ?? 0), 0);
  const allEdges = Object.values(counts.edges).reduce((s, c) => s + (c ?? 0), 0);
  // Pairs are merged per kind, so there are at most as many as COORDINATES_WITH edges.
  const pairs = e('COORDINATES_WITH');
  const graphNodes = Math.min(GRAPH_NODE_LIMIT, allNodes);
  const sizes: Record<string, number> = {
    // Paged lists give at most MAX_LIMIT rows without a `limit`.
    'Query.actors': Math.min(actors, MAX_LIMIT),
    'Query.measures': Math.min(measures, MAX_LIMIT),
    'Query.initiatives': initiatives,
    'Query.sectors': sectors,
    'Query.levels': levels,
    'Query.documents': documents,
    'Query.coordination': pairs,
    'Query.search': 20,
    'Query.overlaps': 50,
    'Query.brokers': 20,
    'Query.unclearResponsibility': measures,
    'Actor.aliases': 1,
    'Actor.levels': per(e('AT_LEVEL'), actors),
    'Actor.sectors': per(e('IN_SECTOR'), actors),
    'Actor.children': per(e('PART_OF'), actors),
    'Actor.predecessors': per(e('SUCCEEDED_BY'), actors),
    'Actor.successors': per(e('SUCCEEDED_BY'), actors),
    'Actor.nameHistory': 1 + per(e('SUCCEEDED_BY'), actors),
    'Actor.responsibleFor': per(e('RESPONSIBLE_FOR'), actors),
    'Actor.involvedIn': per(e('INVOLVED_IN'), actors),
    'Actor.initiatives': per(e('PARTICIPATES_IN') + e('LEADS'), actors),
    'Actor.coordinatesWith': per(2 * pairs, actors),
    'Measure.responsible': per(e('RESPONSIBLE_FOR'), measures),
    'Measure.involved': per(e('INVOLVED_IN'), measures),
    'Initiative.participants': per(e('PARTICIPATES_IN'), initiatives),
    'Initiative.commissioners': per(e('COMMISSIONS'), initiatives),
    'Initiative.buildsOn': per(e('SUCCEEDED_BY'), initiatives),
    'Document.measures': per(measures, documents),
    'SystemMatrix.levels': levels,
    'SystemMatrix.sectors': sectors,
    'SystemMatrix.cells': Math.max(1, levels * sectors),
    'MatrixCell.actors': per(e('IN_SECTOR'), levels * sectors),
    'Coordination.kinds': 1,
    'Path.nodes': DEFAULT_HOPS + 1,
    'Path.edges': DEFAULT_HOPS,
    'Overlap.sharedTerms': 5,
    'Subgraph.nodes': graphNodes,
    'Subgraph.edges': Math.min(allEdges, graphNodes * 4),
    'GraphNodeData.sectorIds': 1,
    'GraphNodeData.levelIds': 1,
    'GraphNodeData.documentIds': 1,
    'GraphEdgeData.kinds': 1,
    'GraphEdgeData.documentIds': 1,
    'EdgeDetail.kinds': 1,
    'Broker.sectorsBridged': sectors,
    'SectorGapMatrix.sectors': sectors,
    'SectorGapMatrix.cells': (sectors * (sectors + 1)) / 2,
    'SectorGapMatrix.gaps': (sectors * (sectors + 1)) / 2,
    'SectorCell.examples': 3,
    'ResponsibilityFlag.owners': per(e('RESPONSIBLE_FOR'), measures),
    // Level of detail: an overview never holds more than its budget of nodes plus edges (capped by overviewRows).
    'Overview.nodes': allNodes,
    'Overview.edges': allEdges,
    'Overview.groups': actors + measures,
    'Query.groupMembers': Math.min(actors, MAX_LIMIT),
    'Query.groupMeasures': Math.min(measures, MAX_LIMIT),
    'MatrixCell.groups': Math.min(per(e('IN_SECTOR'), levels * sectors), 20),
    'MatrixCell.ungrouped': per(e('IN_SECTOR'), levels * sectors),
    'MatrixGroup.sample': GROUP_SAMPLE,
  };
  for (const t of ['Actor', 'Measure', 'Initiative', 'MatrixCell', 'Coordination', 'PathEdge', 'EdgeDetail', 'ResponsibilityFlag']) sizes[`${t}.evidence`] = EVIDENCE_PER_ITEM;
  return { sizes: new Map(Object.entries(sizes)), fallback: 100 };
}

/** Rows of an overview's list: at most its `budget` (DEFAULT_BUDGET when not given, never more than MAX_BUDGET). */
export function overviewRows(size: number, budget: unknown): number {
  const b = typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 ? Math.min(budget, MAX_BUDGET) : DEFAULT_BUDGET;
  return Math.min(size, b);
}

/** Rows of a root list asked with `limit` (MAX_LIMIT caps every paged list). */
export function cappedByLimit(size: number, limit: unknown): number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? Math.min(size, limit, MAX_LIMIT) : size;
}
