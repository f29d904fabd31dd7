/**
 * Privacy corpus (issue 11, item 8): sentences written for this test, each
 * with the personal data that must be redacted, and sentences whose bodies,
 * places and headings must survive the detector.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidNationalId, redactPeople } from './index.ts';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth.test-support.ts';

const REDACT: [text: string, found: string[]][] = [
  ['Ansvarlig: Kari Nordmann, Bufdir', ['Kari Nordmann']],
  ['Arbeidet følges opp ved Kari Nordmann i direktoratet.', ['Kari Nordmann']],
  ['Kontaktperson: Lise Berg Hansen', ['Lise Berg Hansen']],
  ['Spørsmål kan rettes til Trude Olsen (Bufdir).', ['Trude Olsen']],
  ['Notatet er skrevet av Per Johansen og Anne Larsen.', ['Per Johansen', 'Anne Larsen']],
  ['Deltakere: Nordmann, Kari og Hansen, Ole.', ['Nordmann, Kari', 'Hansen, Ole']],
  ['Skrevet av Nordmann, Kari og Berg, Lise', ['Nordmann, Kari', 'Berg, Lise']],
  ['Takk for svar.\n\nMed vennlig hilsen\n\nTorgunn Vassli\nfagdirektør', ['Torgunn Vassli']],
  ['KONTAKT: KARI NORDMANN, UDIR', ['KARI NORDMANN']],
  ['Prosjektet ledes av Anne-Lise Kristiansen.', ['Anne-Lise Kristiansen']],
  ['Saken følges av K. Nordmann i Helsedirektoratet.', ['K. Nordmann']],
  ['Møtet ble ledet av Kari N. fra KS.', ['Kari N.']],
  ['Kari Nordmann - referat fra møte i koordineringsgruppen', ['Kari Nordmann']],
  ['Vi ser fram til samarbeidet.\n\nMed vennlig hilsen\n\nIdun Sæle\nseniorrådgiver', ['Idun Sæle']],
  ['Seksjonssjef Gudrun Vassbotn understreker behovet.', ['Gudrun Vassbotn']],
  ['Skriv til kari.nordmann@udir.no.', ['kari.nordmann@udir.no']],
  ['E-post: kari.nordmann[at]udir.no', ['kari.nordmann[at]udir.no']],
  ['E-post: kari(at)bufdir.no', ['kari(at)bufdir.no']],
  ['E-post: kari @ udir.no', ['kari @ udir.no']],
  ['E-post: kari＠udir.no', ['kari＠udir.no']],
  ['E-post: kari&#64;udir.no', ['kari&#64;udir.no']],
  ['Lenke: mailto:kari%40udir.no', ['kari%40udir.no']],
  ['E-post: kari (at) udir (dot) no', ['kari (at) udir (dot) no']],
  ['Ring 22 24 90 90 eller +47 915 12 345.', ['22 24 90 90', '+47 915 12 345']],
  ['Mobil 91512345.', ['91512345']],
  ['Fødselsnummer 01010112345 er ikke gyldig, men 15076500565 er det.', ['15076500565']],
];

const KEEP: string[] = [
  'Kunnskapsdepartementet og Helse- og omsorgsdepartementet har ansvaret.',
  'Statens barnehus gir tilbud til barn som har vært utsatt for vold.',
  'Redd Barna og Røde Kors deltar i nettverket.',
  'Regionrådet Vest og Agenda Kaupang har laget rapporten.',
  'Rapporten er skrevet av Agenda Kaupang.',
  'Samarbeidet med Fjell, Sund, Moss, Hole og Lier kommune fortsetter.',
  'Ansvarlig: Moss kommune',
  'Hilsen\n\nHelse Vest RHF',
  'Oppvekstplan for Hole kommune 2021–2024',
  'Kommunene Fjell, Sund og Øygarden samarbeider.',
  'Tiltaket ledes av Barne-, ungdoms- og familiedirektoratet (Bufdir).',
  'Kompetanse Norge og Utdanningsdirektoratet samarbeider.',
  'Tiltak 20: Styrke familieperspektivet i alle sektorer',
  'Status: Påbegynt – i rute.',
  'Bedre Tverrfaglig Innsats (BTI) er en modell for samhandling.',
  'Ny GIV var et samarbeid mellom staten, fylkene og kommunene.',
  'NORGES OFFENTLIGE UTREDNINGER',
  'Barnevernet i Bodø kommune samarbeider med NAV Askøy.',
  'Budsjettet er på 12 500 000 kroner i 2021, organisasjonsnummer 974 760 673.',
  'Se kapittel 3.2 og Prop. 1 S (2020–2021).',
  'Meld. St. 6 (2019–2020) Tett på – tidlig innsats og inkluderende fellesskap.',
];

describe('privacy corpus: every form is redacted', () => {
  it.each(REDACT)('%j', (text, expected) => {
    expect(findPersonalData(text).map((d) => text.slice(d.start, d.end))).toEqual(expected);
    const { text: redacted } = redactPeople(text, { includePeople: false });
    for (const e of expected) expect(redacted).not.toContain(e);
  });
});

describe('privacy corpus: bodies, places and headings survive', () => {
  it.each(KEEP)('%j', (text) => {
    expect(findPersonalData(text).map((d) => text.slice(d.start, d.end))).toEqual([]);
  });
});

describe('privacy details', () => {
  it('keeps the agency in "Ansvarlig: Kari Nordmann, Bufdir" and the offsets of everything else', () => {
    const original = 'Tiltak 3: Noe\n\nAnsvarlig: Kari Nordmann, Bufdir\n\nStatus: I rute.';
    const { text, redactions } = redactPeople(original, { includePeople: false });
    expect(text).toBe('Tiltak 3: Noe\n\nAnsvarlig: [navn fjernet], Bufdir\n\nStatus: I rute.');
    expect(redactions).toEqual([{ kind: 'person', start: 26, end: 40, sourceStart: 26, sourceEnd: 39 }]);
  });

  it('uses a placeholder per kind', () => {
    expect(redactPeople('Tlf 22 24 90 90, fnr 15076500565, kari@udir.no', { includePeople: false }).text).toBe(
      'Tlf [telefon fjernet], fnr [fødselsnummer fjernet], [e-post fjernet]',
    );
  });

  it('checks both control digits of a national identity number', () => {
    expect(isValidNationalId('15076500565')).toBe(true);
    expect(isValidNationalId('15076500566')).toBe(false);
    expect(isValidNationalId('1507650056')).toBe(false);
  });

  it('is linear on long tokens without whitespace, with and without "@" (issue 11, item 3)', () => {
    expect(growthRatio((n) => 'a'.repeat(n), (t) => findPersonalData(t), 20_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    expect(growthRatio((n) => 'a.'.repeat(n / 2) + '@', (t) => findPersonalData(t), 20_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    expect(growthRatio((n) => 'Kari '.repeat(n / 5), (t) => findPersonalData(t), 5_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
