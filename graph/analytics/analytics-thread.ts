/**
 * The thread the graph version's heavy analytics run in (overlaps: every
 * pair of efforts; brokers: betweenness over the coordination network): one
 * worker for the process, jobs one at a time, apart from the layout thread so
 * the two share the machine's cores. What goes in is plain data; the worker
 * is analytics.worker.ts.
 */
import { JobThread } from '../workers/index.ts';
import type { BrokerLink, BrokerScore } from './brokers.ts';
import type { OverlapItem, OverlapPair } from './overlaps.ts';

/** A job for the analytics thread. */
export type AnalyticsJob =
  | {
      kind: 'overlaps';
      items: OverlapItem[];
      /** The documents' texts, in id order: their paragraphs are the background for document frequency. */
      documents: string[];
      names: string[];
      top: number;
    }
  | { kind: 'brokers'; network: BrokerLink[]; sectorsOf: Map<string, readonly string[]>; sectorOrder: Map<string, number> };

const thread = new JobThread<AnalyticsJob, unknown>(new URL('./analytics.worker.ts', import.meta.url), 'analytics');

/** Scores overlaps in the analytics thread (see scoreOverlaps). */
export function scoreOverlapsInThread(job: Omit<Extract<AnalyticsJob, { kind: 'overlaps' }>, 'kind'>): Promise<OverlapPair[]> {
  return thread.run({ kind: 'overlaps', ...job }) as Promise<OverlapPair[]>;
}

/** Ranks brokers in the analytics thread (see rankBrokers). */
export function rankBrokersInThread(job: Omit<Extract<AnalyticsJob, { kind: 'brokers' }>, 'kind'>): Promise<BrokerScore[]> {
  return thread.run({ kind: 'brokers', ...job }) as Promise<BrokerScore[]>;
}
