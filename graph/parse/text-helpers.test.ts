import { describe, expect, it } from 'vitest';
import { columnOf, findBodyMentions, lineOf, parseActorList, splitParagraphs, splitSentences } from './index.ts';

describe('lineOf / columnOf', () => {
  const text = 'ab\ncd\n\nef';
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [6, 3, 1],
    [8, 4, 2],
  ])('offset %s is line %s, column %s', (offset, line, column) => {
    expect(lineOf(text, offset)).toBe(line);
    expect(columnOf(text, offset)).toBe(column);
  });
});

describe('splitSentences', () => {
  it.each([
    [
      'Arbeidet ledes av avd. direktør [navn fjernet], Utdanningsdirektoratet. E-post [e-post fjernet]',
      ['Arbeidet ledes av avd. direktør [navn fjernet], Utdanningsdirektoratet.', 'E-post [e-post fjernet]'],
    ],
    ['Arbeidet er integrert i Melding St. 6 om barnehage. Neste setning.', ['Arbeidet er integrert i Melding St. 6 om barnehage.', 'Neste setning.']],
    ['BTS-prosjektet har to leveranser:\n\n  • En rapport.\n  • En utredning.', ['BTS-prosjektet har to leveranser:', 'En rapport.', 'En utredning.']],
    ['0-24 er et samarbeidsprosjekt.\nVi jobber for at tilbudet til barn og deres\nfamilier blir bedre.', ['0-24 er et samarbeidsprosjekt.', 'Vi jobber for at tilbudet til barn og deres\nfamilier blir bedre.']],
    ['Pågår fram til 2021.\u00a0Følgeevalueringen skal ferdigstilles.', ['Pågår fram til 2021.', 'Følgeevalueringen skal ferdigstilles.']],
    ['- Satsingen bygger videre.\n- Prosjektet er forankret', ['Satsingen bygger videre.', 'Prosjektet er forankret']],
  ])('%j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('works on a slice with offsets into the whole', () => {
    const text = 'Før.\n\nEn. To.\n\nEtter.';
    expect(splitSentences(text, 6, 13).map((s) => [s.start, s.text])).toEqual([
      [6, 'En.'],
      [10, 'To.'],
    ]);
  });
});

describe('splitParagraphs', () => {
  it('treats lines of spaces as blank', () => {
    const text = 'a\nb\n \t\nc';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['a\nb', 'c']);
  });
});

describe('parseActorList', () => {
  it.each([
    ['Barne- og familiedepartementet og Justisdepartementet', ['bfd', 'jd']],
    ['Barne- og likestillingsdepartementet og Kunnskapsdepartementet', ['bld', 'kd']],
    ['Helsedirektoratet, Utdanningsdirektoratet, Statped, NAV, Direktoratet for e-helse, Flekkefjord kommune og KS.', ['hdir', 'udir', 'statped', 'avdir', 'ehelse', 'flekkefjord-kommune', 'ks']],
    ['Barnevernet / Familievernet', ['barnevernet', 'familievernet']],
    ['FM Bufetat Familievernet', ['fylkesmannen', 'bufetat', 'familievernet']],
    ['Bufdir, Norsk Foo og Bar (NFB)', ['bufdir', '?Norsk Foo', '?Bar']],
    ['Bufdir og Senter for barn- og ungdomsarbeid', ['bufdir', '?Senter for barn- og ungdomsarbeid']],
  ])('%j', (text, expected) => {
    const actors = parseActorList(text, 0, text.length);
    expect(actors.map((a) => a.key ?? `?${a.name}`)).toEqual(expected);
    for (const a of actors) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('keeps only name-like leftovers inside running sentences', () => {
    const text = 'ledere i BFD, KD og flere aktører, for å se på tiltak.';
    expect(parseActorList(text, 0, text.length, { strict: true }).map((a) => a.key)).toEqual(['bfd', 'kd']);
  });

  it('splits a bracketed abbreviation off an uncurated name', () => {
    const text = 'Stiftelsen Trygge Barnesteder (STB)';
    expect(parseActorList(text, 0, text.length)).toEqual([
      { start: 0, end: text.length, text, key: null, name: 'Stiftelsen Trygge Barnesteder', abbreviation: 'STB' },
    ]);
  });
});

describe('findBodyMentions', () => {
  it('finds uncurated organisations by their wording, but not people', () => {
    const text = 'Rapporten er utarbeidet av Kari Nordmann. Den er gjennomført av Fjordby Analyse AS og Høgskolen i Fjordby, med Stiftelsen Trygge Barnesteder.';
    expect(findBodyMentions(text).map((m) => m.name)).toEqual(['Fjordby Analyse AS', 'Høgskolen i Fjordby', 'Stiftelsen Trygge Barnesteder']);
  });
});
