import { describe, expect, it } from 'vitest';
import { containsFromWordStart, normaliseName, normaliseNumber, splitAliasValue, stripNote, titlesMatch } from './normalise.ts';

describe('normaliseName', () => {
  it('is lenient on form: case, NFC, spacing, dashes, quotes, a trailing full stop', () => {
    expect(normaliseName('  Barne-  og  Familiedepartementet. ')).toBe('barne- og familiedepartementet');
    expect(normaliseName('Pågående – i rute.')).toBe(normaliseName('Pågående - i rute'));
    expect(normaliseName('Pa\u030Agående')).toBe(normaliseName('Pågående'));
    expect(normaliseName('«Familie for første gang»')).toBe('familie for første gang');
    expect(normaliseName('”Et lag rundt læreren”')).toBe('et lag rundt læreren');
    expect(normaliseName('Arbeids-\u00A0 og inkluderingsdepartementet')).toBe('arbeids- og inkluderingsdepartementet');
  });

  it('reads a hyphen between two letters as a line-break hyphen', () => {
    expect(normaliseName('Politi-distriktene')).toBe(normaliseName('Politidistriktene'));
    expect(normaliseName('Helse- og omsorgsdepartementet')).toBe('helse- og omsorgsdepartementet');
  });

  it('is strict on substance: letters and digits still count', () => {
    expect(normaliseName('Barne- og likestillingsdepartementet')).not.toBe(normaliseName('Barne- og familiedepartementet'));
    expect(normaliseName('Tiltak 2')).not.toBe(normaliseName('Tiltak 20'));
  });
});

describe('normaliseNumber', () => {
  it('compares measure numbers as written, with letters for sub-measures', () => {
    expect(normaliseNumber('1a')).toBe('1a');
    expect(normaliseNumber('1 a)')).toBe('1a');
    expect(normaliseNumber('14.')).toBe('14');
    expect(normaliseNumber('Tiltak 20b')).toBe('20b');
    expect(normaliseNumber('1.1')).toBe('1.1');
    expect(normaliseNumber('29C')).toBe('29c');
  });
});

describe('aliases.json values', () => {
  it('loses its parenthesised note', () => {
    expect(stripNote('Kulturdepartementet (domain knowledge; full name not in text)')).toBe('Kulturdepartementet');
    expect(stripNote('Direktoratet (misspelt in the source: no hyphen after "ungdoms")')).toBe('Direktoratet');
    expect(stripNote('Snåsa + Steinkjer kommune (two municipalities joined by "og" (a trap))')).toBe('Snåsa + Steinkjer kommune');
    expect(stripNote('Kommunesektorens organisasjon')).toBe('Kommunesektorens organisasjon');
  });

  it('names several actors with " + "', () => {
    expect(splitAliasValue('RKBU-ene + RBUP (two actors joined by a slash)')).toEqual(['RKBU-ene', 'RBUP']);
    expect(splitAliasValue('Barne- og familiedepartementet')).toEqual(['Barne- og familiedepartementet']);
  });
});

describe('titlesMatch', () => {
  it('accepts equal titles and a contained one of at least 80% of the length', () => {
    expect(titlesMatch('Hjelpemidler', 'hjelpemidler.')).toBe(true);
    expect(titlesMatch('Styrket tilsyn med vergemål', 'Styrket tilsyn med vergemål (JD)')).toBe(true);
    expect(titlesMatch('Nordisk samarbeid', 'Nordisk samarbeid om hjelpemidler og tilgjengelighet')).toBe(false);
    expect(titlesMatch('FN', 'Europeisk samarbeid')).toBe(false);
    expect(titlesMatch('', 'Noe')).toBe(false);
  });
});

describe('containsFromWordStart', () => {
  it('finds a name from a word start; the end may be an inflection', () => {
    expect(containsFromWordStart('kjernegruppen for utsatte barn', 'kjernegruppe')).toBe(true);
    expect(containsFromWordStart('samarbeidsprosjekt i regi av regionrådet', 'regionrådet')).toBe(true);
    expect(containsFromWordStart('samarbeid', 'arbeid')).toBe(false);
    expect(containsFromWordStart('noe', '')).toBe(false);
  });
});
