/**
 * Thin resolvers for the facilitators' analytics (issue 6): each calls a
 * graph/analytics function with the request's reader and maps ids to nodes.
 */
import {
  brokersFor,
  sectorGapsFor,
  unclearResponsibilityFor,
  type BrokerScore,
  type ResponsibilityFlag,
  type SectorCell,
  type SectorGapMatrix,
} from '../../graph/analytics/index.ts';
import type { Context } from './resolvers.ts';
import type { QueryBrokersArgs, QuerySectorGapsArgs, QueryUnclearResponsibilityArgs } from '../generated/schema-types.ts';

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

/** Query fields of the analytics section. */
export const analyticsQuery = {
  brokers: ((_, a, { reader }) => brokersFor(reader, a.limit)) as R<unknown, QueryBrokersArgs>,
  sectorGaps: ((_, a, { reader }) => sectorGapsFor(reader, { levelIds: a.levelIds, kinds: a.kinds })) as R<unknown, QuerySectorGapsArgs>,
  unclearResponsibility: ((_, a, { reader }) => unclearResponsibilityFor(reader, a.reasons)) as R<unknown, QueryUnclearResponsibilityArgs>,
};

/** Type resolvers of the analytics section. */
export const analyticsTypes = {
  Broker: {
    actor: ((b, _, { reader }) => reader.requireNode(b.actorId, 'actor')) as R<BrokerScore>,
    sectorsBridged: ((b, _, { reader }) => reader.nodes(b.sectorIds)) as R<BrokerScore>,
  },
  SectorGapMatrix: {
    sectors: ((m, _, { reader }) => reader.nodes(m.sectors)) as R<SectorGapMatrix>,
  },
  SectorCell: {
    a: ((c, _, { reader }) => reader.requireNode(c.a, 'sector')) as R<SectorCell>,
    b: ((c, _, { reader }) => reader.requireNode(c.b, 'sector')) as R<SectorCell>,
  },
  SectorPair: {
    a: ((c, _, { reader }) => reader.requireNode(c.a, 'sector')) as R<{ a: string; b: string }>,
    b: ((c, _, { reader }) => reader.requireNode(c.b, 'sector')) as R<{ a: string; b: string }>,
  },
  ResponsibilityFlag: {
    measure: ((f, _, { reader }) => reader.requireNode(f.measureId, 'measure')) as R<ResponsibilityFlag>,
    owners: ((f, _, { reader }) => reader.nodes(f.ownerIds)) as R<ResponsibilityFlag>,
    evidence: ((f, _, { reader }) => reader.evidence(f.evidenceRefs)) as R<ResponsibilityFlag>,
  },
};
