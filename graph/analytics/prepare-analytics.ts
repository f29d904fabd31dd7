/**
 * The graph version's analytics, made when the version is (at start-up and
 * after each upload or correction, once its layouts are made), not on the
 * first request: overlaps and
 * brokers in the analytics thread (then the brokers' map the explorer first
 * draws), unclear responsibility and the sector
 * gaps the explorer asks for on the main thread, between other work. Each is
 * kept with the version (derived.ts), so the request that asks for it finds
 * it made, or waits for it without redoing it.
 */
import type { GraphSnapshot } from '../query/index.ts';
import { allOverlaps } from './overlaps-for.ts';
import { brokersFor } from './brokers.ts';
import { brokerMapFor } from './broker-map.ts';
import { sectorGapsFor } from './sector-gaps.ts';
import { unclearResponsibilityFor } from './unclear-responsibility.ts';

/** How long each analysis took, in ms, from the start of the preparation (once the version's layouts are made) to its end. */
export interface AnalyticsTimes {
  version: string;
  ms: Record<'overlaps' | 'brokers' | 'unclearResponsibility' | 'sectorGaps', number>;
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Starts every analysis of the snapshot's version; resolves with their times when all are made (rejects if one fails). */
export async function prepareAnalytics(snapshot: GraphSnapshot): Promise<AnalyticsTimes> {
  // The layouts come first: every drawn view waits for one, and on two cores the threads would slow each other down.
  await Promise.allSettled([...snapshot.layouts.values(), ...snapshot.overviewLayouts.values()]);
  const t0 = performance.now();
  const timed = async (work: () => Promise<unknown>) => {
    await work();
    return performance.now() - t0;
  };
  // The thread's jobs run one after the other: overlaps, then brokers.
  const overlaps = timed(() => allOverlaps(snapshot));
  const brokers = timed(async () => {
    await brokersFor(snapshot);
    await brokerMapFor(snapshot);
  });
  await breathe();
  const unclear = await timed(() => unclearResponsibilityFor(snapshot));
  await breathe();
  // The matrix of gaps as the explorer first shows it, and below the ministries (its other choice).
  const below = snapshot.nodes.Level.filter((l) => l.rank > 0).map((l) => l.id);
  const gaps = await timed(async () => {
    await sectorGapsFor(snapshot);
    await breathe();
    await sectorGapsFor(snapshot, { levelIds: below });
  });
  return { version: snapshot.version, ms: { overlaps: await overlaps, brokers: await brokers, unclearResponsibility: unclear, sectorGaps: gaps } };
}
