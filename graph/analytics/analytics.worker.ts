/**
 * The analytics worker: scores overlaps and ranks brokers off the main
 * thread, one job at a time, so a server computing a national graph's
 * analytics keeps answering. Started by analytics-thread.ts as a JobThread.
 */
import { serveJobs } from '../workers/index.ts';
import type { AnalyticsJob } from './analytics-thread.ts';
import { rankBrokers } from './brokers.ts';
import { paragraphsOf, scoreOverlaps } from './overlaps.ts';

serveJobs((job: AnalyticsJob) => {
  if (job.kind === 'overlaps') {
    const background = job.documents.flatMap((text) => paragraphsOf(text));
    return scoreOverlaps(job.items, { background, names: job.names, top: job.top });
  }
  return rankBrokers(job.network, job.sectorsOf, job.sectorOrder);
});
