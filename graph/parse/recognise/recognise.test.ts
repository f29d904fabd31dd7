/** The organisation recogniser, on sentences written for this test in the patterns of Norwegian administrative text. */
import { describe, expect, it } from 'vitest';
import { findBodyMentions } from '../actor-mentions.ts';
import { findMunicipalityLists } from './places.ts';
import { findOrganisationNames, spellsAbbreviation } from './organisation-names.ts';
import { findStateOrgans } from './state-organs.ts';
import { isGenericCollective } from './generic.ts';

const names = (text: string) => findOrganisationNames(text).map((m) => [m.rule, m.text]);

describe('organisation names by pattern', () => {
  it('a name followed by the abbreviation it spells', () => {
    expect(names('Studien ble gjort av Norsk senter for barneforskning (NOSEB) og andre.')).toEqual([['head-first-name', 'Norsk senter for barneforskning (NOSEB)']]);
    expect(findOrganisationNames('Studien ble gjort av Norsk senter for barneforskning (NOSEB).')[0].abbreviation).toBe('NOSEB');
    expect(names('Samarbeid med Landsrådet for ungdom (LRU) og Fjordby Fellesforbund (FFF).')).toEqual([
      ['name-with-abbreviation', 'Landsrådet for ungdom'],
      ['name-with-abbreviation', 'Fjordby Fellesforbund'],
    ]);
  });

  it('not a plan, a law or a programme with an abbreviation', () => {
    expect(names('Planen bygger på FN-konvensjonen om barnets rettigheter (BK) og Bedre tverrfaglig innsats (BTI).')).toEqual([]);
  });

  it('head-first names, with a leading abbreviation and dash', () => {
    expect(names('Senter for rusforskning har fått oppdraget. X-LAB – Senter for digital læring deltar.')).toEqual([
      ['head-first-name', 'Senter for rusforskning'],
      ['head-first-name', 'X-LAB – Senter for digital læring'],
    ]);
  });

  it('head-last names with a region, a genitive before the head, and a service with its complement', () => {
    expect(names('Regionrådet Nord leder arbeidet.')).toEqual([['head-last-name', 'Regionrådet Nord']]);
    expect(names('Dette gjøres av Fjordbyens organisasjon og Kystrådet.')).toEqual([
      ['genitive-head-name', 'Fjordbyens organisasjon'],
      ['head-last-name', 'Kystrådet'],
    ]);
    // A generic council of every municipality is no name.
    expect(names('Ungdomsrådet og Eldrerådet ble hørt.')).toEqual([]);
    expect(names('Tilbudet gis ved LHBT-helsestasjon for unge i Bergen.')).toEqual([['head-last-name', 'LHBT-helsestasjon for unge i Bergen']]);
  });

  it('a partner named after a cue, and a company by its legal form', () => {
    expect(names('Forprosjektet ble laget i samarbeid med Fjordby Analyse. Rapporten er levert av Vestkyst Consult AS.')).toEqual([
      ['cued-name', 'Fjordby Analyse'],
      ['legal-form-name', 'Vestkyst Consult AS'],
    ]);
  });

  it('spells abbreviations by initials in order', () => {
    expect(spellsAbbreviation('Norsk institutt for by- og regionforskning', 'NIBR')).toBe(true);
    expect(spellsAbbreviation('Kommunesektorens organisasjon', 'KS')).toBe(true);
    expect(spellsAbbreviation('Kommunesektorens organisasjon', 'NAV')).toBe(false);
  });
});

describe('municipalities by place name', () => {
  it('in a list after a municipality noun, and sharing one "kommune"', () => {
    const text = 'Fem casekommuner: Bergen, Tromsø og Bodø. Også Levanger og Verdal kommune deltar.';
    expect(findMunicipalityLists(text).map((m) => [m.text, m.key])).toEqual([
      ['Bergen', 'bergen-kommune'],
      ['Tromsø', 'tromso-kommune'],
      ['Bodø', 'bodo-kommune'],
      ['Levanger', 'levanger-kommune'],
      ['Verdal kommune', 'verdal-kommune'],
    ]);
  });

  it('a bare place elsewhere is no actor', () => {
    expect(findBodyMentions('Helsestasjonen i Bergen har åpent hver dag.').map((m) => m.name)).not.toContain('Bergen kommune');
    expect(findMunicipalityLists('Konferansen holdes i Bergen og Tromsø.')).toEqual([]);
  });
});

describe('state organs and generic collectives', () => {
  it('the Government acts; its plan or a preposition before it names no actor', () => {
    expect(findStateOrgans('Regjeringen vil styrke innsatsen. Regjeringens plan er ny. Dette er viktig for Regjeringa.').map((m) => m.text)).toEqual(['Regjeringen']);
    expect(findStateOrgans('Regjeringa prioriterer dette. Stortinget vedtok planen.').map((m) => [m.text, m.name])).toEqual([
      ['Regjeringa', 'Regjeringen'],
      ['Stortinget', 'Stortinget'],
    ]);
  });

  it('generic collectives are not actors', () => {
    for (const g of ['kommunene', 'direktoratene', 'frivillige organisasjoner', 'staten', 'sektordepartementa', 'alle kommunar']) expect(isGenericCollective(g)).toBe(true);
    for (const n of ['Bufdir', '0-24-direktoratene', 'Fjordby kommune']) expect(isGenericCollective(n)).toBe(false);
  });
});

describe('findBodyMentions', () => {
  it('a misspelt name found by its pattern is matched to the gazetteer by edit distance, marked fuzzy', () => {
    const [m] = findBodyMentions('Veilederen er laget av Utdaningsdirektoratet i år.');
    expect(m).toMatchObject({ key: 'udir', method: 'fuzzy', text: 'Utdaningsdirektoratet' });
    expect(m.confidence).toBeLessThan(0.7);
  });

  it('a misspelt name written as a pattern resolves to its curated body', () => {
    const [m] = findBodyMentions('Arbeidet koordineres av Barne- ungdoms- og familiedirektoratet.').filter((x) => x.key === 'bufdir');
    expect(m).toBeDefined();
    expect(m.text).toBe('Barne- ungdoms- og familiedirektoratet');
  });
});
