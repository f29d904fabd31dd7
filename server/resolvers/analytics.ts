/**
 * Thin resolvers for the facilitators' analytics (issue 6): each calls a
 * graph/analytics function with the request's snapshot and maps ids to nodes.
 */
import {
  brokerMapFor,
  brokersFor,
  sectorGapsFor,
  unclearResponsibilityFor,
  type BrokerScore,
  type ResponsibilityFlag,
  type SectorCell,
  type SectorGapMatrix,
} from '../../graph/analytics/index.ts';
import { evidence, nodesById, requireNode } from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';
import { explanationIn } from './language.ts';
import { foldOverview } from './name-lines.ts';
import type { QueryBrokerMapArgs, QueryBrokersArgs, QuerySectorGapsArgs, QueryUnclearResponsibilityArgs } from '../generated/schema-types.ts';

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

/** Query fields of the analytics section. */
export const analyticsQuery = {
  brokers: (async (_, a, { reader }) => brokersFor(await reader.snapshot(), a.limit)) as R<unknown, QueryBrokersArgs>,
  brokerMap: (async (_, { top, ...naming }, { reader }) => {
    const s = await reader.snapshot();
    const map = await brokerMapFor(s, top);
    return { ...map, graph: { ...map.graph, ...foldOverview(s, map.graph, naming) } };
  }) as R<unknown, QueryBrokerMapArgs>,
  sectorGaps: (async (_, a, { reader }) => sectorGapsFor(await reader.snapshot(), { levelIds: a.levelIds, kinds: a.kinds })) as R<unknown, QuerySectorGapsArgs>,
  unclearResponsibility: (async (_, a, { reader }) => unclearResponsibilityFor(await reader.snapshot(), a.reasons)) as R<unknown, QueryUnclearResponsibilityArgs>,
};

/** Type resolvers of the analytics section. */
export const analyticsTypes = {
  Broker: {
    actor: ((b, _, { reader }) => requireNode(reader.now, b.actorId, 'actor')) as R<BrokerScore>,
    sectorsBridged: ((b, _, { reader }) => nodesById(reader.now, b.sectorIds)) as R<BrokerScore>,
  },
  SectorGapMatrix: {
    sectors: ((m, _, { reader }) => nodesById(reader.now, m.sectors)) as R<SectorGapMatrix>,
  },
  SectorCell: {
    a: ((c, _, { reader }) => requireNode(reader.now, c.a, 'sector')) as R<SectorCell>,
    b: ((c, _, { reader }) => requireNode(reader.now, c.b, 'sector')) as R<SectorCell>,
  },
  SectorPair: {
    a: ((c, _, { reader }) => requireNode(reader.now, c.a, 'sector')) as R<{ a: string; b: string }>,
    b: ((c, _, { reader }) => requireNode(reader.now, c.b, 'sector')) as R<{ a: string; b: string }>,
  },
  ResponsibilityFlag: {
    measure: ((f, _, { reader }) => requireNode(reader.now, f.measureId, 'measure')) as R<ResponsibilityFlag>,
    owners: ((f, _, { reader }) => nodesById(reader.now, f.ownerIds)) as R<ResponsibilityFlag>,
    evidence: ((f, _, { reader }) => evidence(reader.now, f.evidenceRefs)) as R<ResponsibilityFlag>,
    explanation: explanationIn,
  },
};
