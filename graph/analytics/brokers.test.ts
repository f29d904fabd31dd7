import { describe, expect, it } from 'vitest';
import type { CoordinationView } from '../query/index.ts';
import { brokersFor, rankBrokers } from './index.ts';
import { seedSnapshot } from './test-support.ts';

const link = (sourceId: string, targetId: string, weight = 1): CoordinationView => ({ sourceId, targetId, weight, kinds: ['JOINT_WORK'], evidenceRefs: [] });

describe('rankBrokers', () => {
  // Two health bodies and two justice bodies, joined only through "bridge" (child welfare).
  const network = [link('h1', 'h2'), link('h2', 'bridge', 2), link('bridge', 'j1'), link('j1', 'j2', 3)];
  const sectorsOf = new Map([
    ['h1', ['sector:helse']],
    ['h2', ['sector:helse']],
    ['bridge', ['sector:barn-familie']],
    ['j1', ['sector:justis']],
    ['j2', ['sector:justis']],
  ]);
  const order = new Map([
    ['sector:helse', 0],
    ['sector:barn-familie', 3],
    ['sector:justis', 5],
  ]);
  const ranked = rankBrokers(network, sectorsOf, order);

  it('puts the body on every chain between the sectors first, with its centralities', () => {
    // h2 and j1 tie on betweenness (0.5) and sectors; j1's links weigh more.
    expect(ranked.map((b) => b.actorId)).toEqual(['bridge', 'j1', 'h2', 'j2', 'h1']);
    // 4 of the 6 pairs of other bodies pass through "bridge": normalised by (n-1)(n-2)/2 = 6.
    expect(ranked[0]).toEqual({
      actorId: 'bridge',
      betweenness: 0.666667,
      degree: 0.5,
      weightedDegree: 3,
      partners: 2,
      crossSectorPartners: 2,
      sectorIds: ['sector:helse', 'sector:barn-familie', 'sector:justis'],
    });
    expect(ranked.find((b) => b.actorId === 'h1')!.betweenness).toBe(0);
  });

  it('does not depend on the order of the links', () => {
    expect(rankBrokers([...network].reverse(), sectorsOf, order)).toEqual(ranked);
  });

  it('answers an empty network with no brokers', () => {
    expect(rankBrokers([], sectorsOf)).toEqual([]);
  });
});

describe('brokers on the seeds', () => {
  it('finds the bodies that bridge sectors: KD, KS and Bufdir first', async () => {
    const brokers = await brokersFor(await seedSnapshot(), 5);
    expect(brokers).toHaveLength(5);
    // KD and KS trade places as the loader reads more coordination; the three stay on top.
    expect(brokers.slice(0, 3).map((b) => b.actorId).sort()).toEqual(['actor:bufdir', 'actor:kd', 'actor:ks']);
    // Bufdir links the directorates of five sectors to KDI in justice (seed 000, Tiltak 22).
    const bufdir = brokers.find((b) => b.actorId === 'actor:bufdir')!;
    expect(bufdir.sectorIds).toContain('sector:justis');
    expect(bufdir.crossSectorPartners).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < brokers.length; i++) expect(brokers[i - 1].betweenness).toBeGreaterThanOrEqual(brokers[i].betweenness);
  });
});
