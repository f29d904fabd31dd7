import { describe, expect, it } from 'vitest';
import type { ActorRef, Coordination, MeasureEffort, Overlap } from '../api/index.ts';
import { NETWORK, SECTORS } from '../test/fixtures.ts';
import { missingLinkId, overlapElements, ownerLinks, sectorColors, wrappedLines } from './index.ts';

const actor = (id: string, abbreviation: string, kind: ActorRef['kind'] = 'MINISTRY'): ActorRef => ({ id, name: abbreviation, abbreviation, kind });
const BLD = actor('actor:bld', 'BLD');
const JD = actor('actor:jd', 'JD');
const KD = actor('actor:kd', 'KD');
const DOC = { id: 'doc:001-5ce2774f9b8cd589', title: 'Status 8–19', fileName: '001_5ce2774f9b8cd589.txt' };
const measure = (n: string, title: string, responsible: ActorRef[]) => ({
  __typename: 'Measure' as const, id: `measure:001-5ce2774f9b8cd589:${n}`, number: n, title, text: '', progress: null, status: 'UNKNOWN' as const, responsible, document: DOC,
});
// Tiltak 18 (BLD) and 19 (JD): the ICDP pair, whose owners the sources do not link.
const PAIR: Overlap & { a: MeasureEffort; b: MeasureEffort } = {
  a: measure('18', 'Videreutvikle foreldreveiledning til bekymrede ungdomsforeldre', [BLD]),
  b: measure('19', 'Videreutvikle «Pappa i fengsel»', [JD]),
  score: 0.26,
  sharedTerms: ['foreldreveiledning og foreldrestøtte', 'icdp'],
  explanation: 'Tiltak 18 … og Tiltak 19 …',
};
const opts = {
  colors: sectorColors(SECTORS.map((s) => s.id)),
  network: NETWORK,
  labels: { overlap: (n: number) => `overlapp ${n} %`, link: (n: number) => `samarbeider (${n})`, noLink: 'ingen kobling funnet' },
};
const link = (a: ActorRef, b: ActorRef): Coordination => ({ source: a, target: b, weight: 2, kinds: ['SHARED_RESPONSIBILITY'], evidence: [] });

describe('overlapElements', () => {
  it('draws both efforts, their owners, the overlap, and a red "no coordination" edge between owners the sources do not link', () => {
    const els = overlapElements(PAIR, [], opts);
    const ids = els.map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining([PAIR.a.id, PAIR.b.id, 'actor:bld', 'actor:jd', 'overlap:pair', missingLinkId('actor:bld', 'actor:jd')]));
    const missing = els.find((e) => e.data.id === missingLinkId('actor:jd', 'actor:bld'))!;
    expect(missing).toMatchObject({ classes: expect.stringContaining('edge-missing'), data: { label: 'ingen kobling funnet', inert: true } });
    expect(els.find((e) => e.data.id === 'overlap:pair')!.data.label).toBe('overlapp 26 %');
    expect(els.filter((e) => e.classes === 'edge-responsible').map((e) => [e.data.source, e.data.target])).toEqual([
      ['actor:bld', PAIR.a.id],
      ['actor:jd', PAIR.b.id],
    ]);
  });

  it('draws the coordination link instead when there is one, selectable as the network edge', () => {
    const els = overlapElements(PAIR, [link(BLD, JD)], opts);
    expect(els.some((e) => e.data.type === 'NO_COORDINATION')).toBe(false);
    const edge = els.find((e) => e.data.type === 'COORDINATES_WITH')!;
    expect(edge.data).toMatchObject({ source: 'actor:bld', target: 'actor:jd', label: 'samarbeider (2)' });
    expect(edge.data.inert).toBeUndefined();
  });

  it('draws owners from their own sectors and levels, with no network loaded, as the network would (the overlap view loads none)', () => {
    const withSectors = (a: ActorRef, sectors: string[], level: string, rank: number): ActorRef => ({ ...a, sectors: sectors.map((id) => ({ id })), levels: [{ id: level, rank }] });
    const bld = withSectors(BLD, ['sector:barn-og-familie'], 'level:departement', 0);
    const kd = withSectors(KD, ['sector:utdanning', 'sector:integrering'], 'level:departement', 0);
    const pair = { ...PAIR, a: { ...PAIR.a, responsible: [bld] }, b: { ...PAIR.b, responsible: [kd] } };
    const bare = overlapElements(pair, [link(BLD, KD)], { ...opts, network: null });
    const full = overlapElements({ ...PAIR, a: { ...PAIR.a, responsible: [BLD] }, b: { ...PAIR.b, responsible: [KD] } }, [link(BLD, KD)], opts);
    const node = (els: typeof bare, id: string) => els.find((e) => e.data.id === id)!.data;
    const a = node(bare, 'actor:bld');
    const b = node(full, 'actor:bld');
    expect([a.color, a.sector, a.sectorIds, a.levelIds, a.levelRank]).toEqual([b.color, b.sector, b.sectorIds, b.levelIds, b.levelRank]);
    // Without sectors in the answer and no network, an owner has no sector colour: the answer's sectors are what colours it.
    expect(node(overlapElements(PAIR, [], { ...opts, network: null }), 'actor:bld').color).not.toBe(a.color);
    // An owner in two sectors takes the first by id, as the server colours a node.
    expect(node(bare, 'actor:kd')).toMatchObject({ sector: 'sector:integrering', sectorIds: ['sector:utdanning', 'sector:integrering'], levelRank: 0 });
    // The link between the owners has the network edge's id, so a click on it opens that edge.
    expect(bare.find((e) => e.data.type === 'COORDINATES_WITH')!.data.id).toBe(full.find((e) => e.data.type === 'COORDINATES_WITH')!.data.id);
  });

  it('places every node, efforts below their owners, an owner of both between them', () => {
    const both: Overlap = { ...PAIR, a: { ...PAIR.a, responsible: [BLD, KD] }, b: { ...PAIR.b, responsible: [KD, JD] } };
    const els = overlapElements(both, [], opts);
    const at = (id: string) => els.find((e) => e.data.id === id)!.position!;
    expect(els.filter((e) => e.group === 'nodes').every((e) => e.position)).toBe(true);
    expect(at('actor:bld').y).toBeLessThan(at(PAIR.a.id).y);
    expect(at('actor:bld').x).toBeLessThan(0);
    expect(at('actor:jd').x).toBeGreaterThan(0);
    expect(at('actor:kd').x).toBe(0);
    expect(ownerLinks(both, []).missing.map(([x, y]) => `${x.abbreviation}-${y.abbreviation}`)).toEqual(['BLD-KD', 'BLD-JD', 'KD-JD']);
  });

  it('effort boxes grow with a larger font', () => {
    const h = (scale: number) => overlapElements(PAIR, [], { ...opts, textScale: scale }).find((e) => e.data.id === PAIR.a.id)!.data.h as number;
    expect(h(1.45)).toBeGreaterThan(h(1));
    expect(wrappedLines('Tiltak 18\nVidereutvikle foreldreveiledning', 120, 15)).toBeGreaterThanOrEqual(3);
  });
});
