import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMAIL_PLACEHOLDER, findPersonalData, PERSON_PLACEHOLDER, redactPeople } from './index.ts';
import { readSeeds } from './test-support.ts';

const seeds = readSeeds({ list: (dir) => readdirSync(dir), read: (file) => readFileSync(file, 'utf8') });
const prefixOf = (fileName: string) => fileName.slice(0, 3);

/** Every person name and e-mail address in the seeds, as written, per seed. */
const EXPECTED: Record<string, [kind: 'person' | 'email', quote: string][]> = {
  '000': [],
  '001': [],
  '002': [
    ['person', 'Inga Bejer-Engh'],
    ['person', 'Idun Klette Låhne'],
    ['email', 'idun.klette.lahne@udir.no'],
  ],
  '003': [
    ['person', 'Bjørn Lescher-Nuland'],
    ['person', 'Birgit Leirvik'],
    ['email', 'ble@udir.no'],
    ['person', 'Kari Killén Heap'],
  ],
  '004': [],
};

/** Capitalised word sequences in the seeds that are not people and must stay. */
const NOT_PEOPLE = [
  'Melding St',
  'Kompetanse Norge',
  'Stiftelsen Alternativ til Vold',
  'Bedre Tverrfaglig Innsats',
  'Barneombud',
  'Ny GIV',
  'NORGES OFFENTLIGE UTREDNINGER',
  'FM Bufetat Familievernet',
  'FM IMDi regionskontor',
  'DET KONGELIGE',
  'Familie for første gang',
  'Pappa i fengsel',
  'Gode hver for oss',
  'Flekkefjord kommune',
  'Utdanningsdirektoratet',
  'Midtlyngutvalget',
];

describe('findPersonalData on the seeds', () => {
  it.each([...seeds.keys()])('%s: finds exactly the people and addresses listed', (fileName) => {
    const text = seeds.get(fileName)!;
    const found = findPersonalData(text).map((d) => [d.kind, text.slice(d.start, d.end)]);
    expect(found).toEqual(EXPECTED[prefixOf(fileName)]);
  });
});

describe('redactPeople', () => {
  it.each([...seeds.keys()])('%s: leaves no name or address and nothing else changed', (fileName) => {
    const original = seeds.get(fileName)!;
    const { text, redactions } = redactPeople(original, { includePeople: false });
    for (const [, quote] of EXPECTED[prefixOf(fileName)]) expect(text).not.toContain(quote);
    for (const token of ['Bjørn', 'Lescher', 'Birgit', 'Leirvik', 'Idun', 'Klette', 'Låhne', 'Bejer', 'Killén', 'Heap', '@']) {
      expect(text).not.toContain(token);
    }
    for (const kept of NOT_PEOPLE) if (original.includes(kept)) expect(text).toContain(kept);
    // Putting the originals back gives the original text: nothing else was touched.
    let restored = '';
    let cursor = 0;
    for (const r of redactions) {
      expect(text.slice(r.start, r.end)).toBe(r.kind === 'email' ? EMAIL_PLACEHOLDER : PERSON_PLACEHOLDER);
      restored += text.slice(cursor, r.start) + original.slice(r.sourceStart, r.sourceEnd);
      cursor = r.end;
    }
    expect(restored + text.slice(cursor)).toBe(original);
    expect(redactions.map((r) => r.kind)).toEqual(EXPECTED[prefixOf(fileName)].map(([kind]) => kind));
  });

  it('writes the placeholders in context', () => {
    const { text } = redactPeople(seeds.get([...seeds.keys()].find((f) => f.startsWith('002'))!)!, { includePeople: false });
    expect(text).toContain('Workshopen ble innledet av Barneombud [navn fjernet].');
    expect(text).toContain('Arbeidet ledes av avd. direktør [navn fjernet], Utdanningsdirektoratet. E-post [e-post fjernet]');
  });

  it('keeps everything when people are opted in', () => {
    const original = 'Arbeidet ledes av avd. direktør Idun Klette Låhne, Utdanningsdirektoratet. E-post idun@udir.no';
    expect(redactPeople(original, { includePeople: true })).toEqual({ text: original, redactions: [] });
  });

  it.each([
    ['Statsråd Kjersti Toppe sier at barn skal ha hjelp.', ['Kjersti Toppe']],
    ['Ifølge seksjonssjef Ola Nordmann, Bufdir, er dette viktig.', ['Ola Nordmann']],
    ['Kari Nordmann, prosjektleder i KS, leder arbeidet.', ['Kari Nordmann']],
    ['Per Olav Hansen mener at samarbeidet virker.', ['Per Olav Hansen']],
    ['Kontakt: post@bufdir.no eller ola.nordmann@hdir.no.', ['post@bufdir.no', 'ola.nordmann@hdir.no']],
    ['Bufdir leder Kompetanse Norge sitt arbeid.', []],
    ['Arbeidet ledes av Flekkefjord Kommune og Barneombudet.', []],
    ['Bedre Tverrfaglig Innsats (BTI) er en modell.', []],
    ['Leder Kari er her.', []],
  ])('%j', (text, expected) => {
    expect(findPersonalData(text).map((d) => text.slice(d.start, d.end))).toEqual(expected);
  });
});
