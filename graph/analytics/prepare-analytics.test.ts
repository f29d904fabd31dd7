import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../store/index.ts';
import { snapshotsOf } from '../query/index.ts';
import { loadDocuments, DEFAULT_SEEDS_DIR } from '../load/index.ts';
import { allOverlaps, brokersFor, derivedKeys, prepareAnalytics, scoreOverlaps, overlapItems, unclearResponsibilityFor } from './index.ts';
import { seedSnapshot } from './test-support.ts';

describe('prepareAnalytics', () => {
  it('makes every analysis of a version before any request asks, and a request then gets the same values', async () => {
    const store = new EmbeddedStore();
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    const source = snapshotsOf(store);
    const prepared: Promise<unknown>[] = [];
    source.withEachVersion((s) => prepared.push(prepareAnalytics(s)));
    const snapshot = await source.at();
    expect(prepared).toHaveLength(1);
    const times = (await prepared[0]) as Awaited<ReturnType<typeof prepareAnalytics>>;
    expect(Object.keys(times.ms).sort()).toEqual(['brokers', 'overlaps', 'sectorGaps', 'unclearResponsibility']);
    expect(derivedKeys(snapshot)).toEqual(expect.arrayContaining(['brokers', 'overlaps', 'unclear-responsibility', 'sector-gaps:*:*']));
    // The same promise as the one made with the version: nothing is computed again.
    expect(allOverlaps(snapshot)).toBe(allOverlaps(snapshot));
    expect((await brokersFor(snapshot, 1000)).length).toBeGreaterThan(0);
    expect((await unclearResponsibilityFor(snapshot)).length).toBeGreaterThan(0);
  });
});

describe('scoreOverlaps with top', () => {
  it('keeps exactly the best pairs of the whole ranking, ties in item order', async () => {
    const items = await overlapItems(await seedSnapshot());
    const all = scoreOverlaps(items);
    expect(all.length).toBeGreaterThan(20);
    for (const top of [1, 7, 20]) expect(scoreOverlaps(items, { top })).toEqual(all.slice(0, top));
    expect(scoreOverlaps(items, { top: all.length + 10 })).toEqual(all);
  });
});
