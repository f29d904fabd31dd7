import { describe, expect, it } from 'vitest';
import { charGrams, compoundSplitter, isStopword, stem, terms } from './index.ts';

describe('Norwegian terms', () => {
  it('drops Bokmål and Nynorsk stopwords, numbers and short words, and stems the rest', () => {
    // Seed 001, Tiltak 10, and a Nynorsk sentence of the same kind.
    const words = terms('Regjeringen har vedtatt at foreldreveiledning skal innføres som en obligatorisk del av introduksjonsprogrammet i 2019.').map((t) => t.word);
    expect(words).toEqual(['regjeringen', 'vedtatt', 'foreldreveiledning', 'innføres', 'obligatorisk', 'del', 'introduksjonsprogrammet']);
    const nn = terms('Korleis kan kommunen gje foreldra noko rettleiing når dei ikkje har fått tilbodet?').map((t) => t.word);
    for (const w of ['korleis', 'noko', 'dei', 'ikkje']) expect(nn).not.toContain(w);
    expect(isStopword('ikkje')).toBe(true);
    expect(isStopword('barnevern')).toBe(false);
  });

  it('keeps the word as written, and gives a hyphenated word with its parts', () => {
    const ts = terms('Bedre Tverrfaglig Innsats (BTI) ved ATV-kontorer');
    expect(ts.find((t) => t.word === 'bti')?.surface).toBe('BTI');
    expect(ts.map((t) => t.word)).toEqual(expect.arrayContaining(['atv-kontorer', 'atv', 'kontorer']));
  });

  it('stems inflections of one word alike', () => {
    expect(stem('barnehager')).toBe(stem('barnehage'));
    expect(stem('læringsnettverkene')).toBe(stem('læringsnettverk'));
  });
});

describe('compound splitting against a corpus vocabulary', () => {
  // Words of seed 001 (Tiltak 11, 16 and 18): the parts occur there on their own.
  const text =
    'sørge for at foreldre får god veiledning og oppfølging. Foreldre som trenger støtte. Bufdir har prøvd ut foreldreveiledningsprogrammet ICDP. ' +
    'Ungdom og ungdomsforeldre. Barnevernet samarbeider med andre tjenester; barnevernstjenestene skal følge opp. Programmet følgeevalueres.';
  const split = compoundSplitter(terms(text).map((t) => t.stem));

  it('splits compounds into parts seen on their own', () => {
    expect(split(stem('foreldreveiledning'))).toEqual([stem('foreldre'), stem('veiledning')]);
    expect(split(stem('foreldrestøtte'))).toEqual([stem('foreldre'), stem('støtte')]);
    expect(split(stem('ungdomsforeldre'))).toEqual([stem('ungdom'), stem('foreldre')]);
    expect(split(stem('barnevernstjenestene'))).toEqual([stem('barnevernet'), stem('tjenester')]);
    expect(split(stem('foreldreveiledningsprogrammet'))).toEqual(expect.arrayContaining([stem('foreldre'), stem('veiledning'), stem('programmet')]));
  });

  it('leaves words alone that do not split into known parts', () => {
    expect(split(stem('samarbeider'))).toEqual([]);
    expect(split(stem('oppfølging'))).toEqual([]);
    expect(split(stem('ICDP'))).toEqual([]);
  });
});

describe('character n-grams', () => {
  it('marks word edges, so "fengsel" and "fengslet" share their start', () => {
    expect(charGrams('fengsel')).toEqual(['<fen', 'feng', 'engs', 'ngse', 'gsel', 'sel>']);
    expect(charGrams('fengslet').filter((g) => charGrams('fengsel').includes(g))).toEqual(['<fen', 'feng', 'engs']);
    expect(charGrams('sfo')).toEqual(['<sfo', 'sfo>']);
    expect(charGrams('ab')).toEqual(['<ab>']);
  });
});
