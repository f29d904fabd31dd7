import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../model/index.ts';
import { duplicateSuggestions } from './duplicates.ts';

const actor = (id: string, name: string, props: Record<string, unknown> = {}): GraphNode => ({ id, label: 'Actor', props: { name, kind: 'ORGANISATION', curated: false, aliases: [], ...props } as GraphNode['props'], evidence: [] });

describe('duplicate suggestions', () => {
  it('finds the same name up to inflection, a misspelling and an abbreviation', () => {
    const actors = [
      actor('actor:fjordby-analyse', 'Fjordby Analyse'),
      actor('actor:fjordby-analysen', 'Fjordby Analysen'),
      actor('actor:kystbyen-kompetansesenter', 'Kystbyen kompetansesenter'),
      actor('actor:kystbyen-kompetanssenter', 'Kystbyen kompetanssenter'),
      actor('actor:nsk', 'NSK'),
      actor('actor:norsk-senter-for-kystdata', 'Norsk senter for kystdata'),
      actor('actor:helt-annet', 'Helt annet selskap'),
    ];
    const found = duplicateSuggestions(actors).map((s) => [s.a, s.b, s.reason]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['actor:fjordby-analyse', 'actor:fjordby-analysen', 'inflection'],
        ['actor:kystbyen-kompetansesenter', 'actor:kystbyen-kompetanssenter', 'spelling'],
        ['actor:norsk-senter-for-kystdata', 'actor:nsk', 'abbreviation'],
      ]),
    );
    expect(found.flat()).not.toContain('actor:helt-annet');
  });

  it('finds children of one parent with mostly the same words, and leaves out merged actors and pairs of curated bodies', () => {
    const parent = actor('actor:fjordby-kommune', 'Fjordby kommune');
    const a = actor('actor:barnevernet-fjordby', 'Barnevernet i Fjordby');
    const b = actor('actor:fjordby-barnevern', 'Fjordby barnevern');
    const part = (c: GraphNode): GraphEdge => ({ id: `${c.id}-[PART_OF]->${parent.id}`, type: 'PART_OF', source: c.id, target: parent.id, props: {}, evidence: [] });
    expect(duplicateSuggestions([parent, a, b], [part(a), part(b)]).map((s) => s.reason)).toEqual(['same-parent']);
    expect(duplicateSuggestions([parent, a, { ...b, props: { ...b.props, rejected: true } }], [part(a), part(b)])).toEqual([]);
    const curated = (n: GraphNode) => ({ ...n, props: { ...n.props, curated: true } });
    expect(duplicateSuggestions([curated(actor('actor:x1', 'Fjordby Analyse')), curated(actor('actor:x2', 'Fjordby Analysen'))])).toEqual([]);
  });

  it('never takes names that differ in a short word or a number for misspellings', () => {
    const actors = [
      actor('actor:bv-bo', 'Barnevernet i Bø kommune'),
      actor('actor:bv-as', 'Barnevernet i Ås kommune'),
      actor('actor:o12', 'Organisasjon 12 Analyse'),
      actor('actor:o13', 'Organisasjon 13 Analyse'),
    ];
    expect(duplicateSuggestions(actors)).toEqual([]);
  });
});
