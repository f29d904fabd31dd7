import { describe, expect, it } from 'vitest';
import type { Broker, SectorGapMatrix } from '../api/index.ts';
import { NETWORK, SECTORS } from '../test/fixtures.ts';
import { brokerSize, layoutPositions, sectorColors, sectorGapElements, subgraphElements, topBrokers, withBrokers, withPositions } from './index.ts';

const colors = sectorColors(SECTORS.map((s) => s.id));
const broker = (id: string, betweenness: number): Broker => ({
  actor: { id, name: id, abbreviation: null, kind: 'DIRECTORATE' }, betweenness, degree: 0.3, weightedDegree: 3, partners: 3, crossSectorPartners: 2, sectorsBridged: [],
});

describe('brokers on the network', () => {
  const base = subgraphElements(NETWORK, { colors }, 'network');
  const placed = withPositions(base, layoutPositions(base, 'grid', SECTORS.map((s) => s.id)));
  const brokers = [broker('actor:bufdir', 0.04), broker('actor:ks', 0.01), broker('actor:hdir', 0)];

  it('sizes by betweenness only on demand, and never moves a node', () => {
    const size = (els: typeof placed, id: string) => els.find((e) => e.data.id === id)!.data.w;
    const byDegree = withBrokers(placed, brokers, 'degree');
    const byBetweenness = withBrokers(placed, brokers, 'betweenness');
    expect(size(byDegree, 'actor:bufdir')).toBe(size(placed, 'actor:bufdir'));
    expect(size(byBetweenness, 'actor:bufdir')).toBe(92);
    expect(size(byBetweenness, 'actor:ks')).toBe(brokerSize(0.01, 0.04));
    expect(size(byBetweenness, 'actor:hdir')).toBe(28);
    expect(byBetweenness.map((e) => e.position)).toEqual(placed.map((e) => e.position));
  });

  it('rings the leading brokers: those with any betweenness', () => {
    expect(topBrokers(brokers).map((b) => b.actor.id)).toEqual(['actor:bufdir', 'actor:ks']);
    const ringed = withBrokers(placed, brokers, 'degree').filter((e) => String(e.classes).includes('broker')).map((e) => e.data.id);
    expect(ringed.sort()).toEqual(['actor:bufdir', 'actor:ks']);
  });
});

describe('sectorGapElements', () => {
  const matrix: SectorGapMatrix = {
    sectors: SECTORS.slice(0, 3),
    cells: [
      { a: { id: SECTORS[0].id }, b: { id: SECTORS[1].id }, links: 4, weight: 9, examples: [] },
      { a: { id: SECTORS[0].id }, b: { id: SECTORS[0].id }, links: 1, weight: 1, examples: [] },
      { a: { id: SECTORS[1].id }, b: { id: SECTORS[2].id }, links: 1, weight: 1, examples: [] },
      { a: { id: SECTORS[0].id }, b: { id: SECTORS[2].id }, links: 0, weight: 0, examples: [] },
    ],
    gaps: [{ a: { id: SECTORS[0].id }, b: { id: SECTORS[2].id } }],
  };

  it('puts the sectors on a circle, links labelled with their count, a dashed edge for each gap', () => {
    const els = sectorGapElements(matrix, { colors, lang: 'en' });
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(['Health', 'Education', 'Integration']);
    const r = nodes.map((n) => Math.round(Math.hypot(n.position!.x, n.position!.y)));
    expect(new Set(r).size).toBe(1);
    expect(els.filter((e) => e.classes === 'sector-link').map((e) => e.data.label)).toEqual(['4', '1']);
    const gaps = els.filter((e) => String(e.classes).includes('sector-gap'));
    expect(gaps.map((e) => [e.data.source, e.data.target])).toEqual([[SECTORS[0].id, SECTORS[2].id]]);
  });
});
