import { describe, expect, it } from 'vitest';
import { AliasClasses, actorMatches, collaborationFit, measureMatches, pairBest, statusMatches } from './match.ts';
import type { ServedActor, ServedInitiative } from './served.ts';

const actor = (name: string, abbreviation: string | null = null, aliases: string[] = []): ServedActor => ({ id: `actor:${name}`, name, abbreviation, aliases });
const initiative = (name: string, aliases: string[] = []): ServedInitiative => ({ id: `initiative:${name}`, name, aliases, participants: [], leads: [] });

describe('actor matching', () => {
  const bufdir = actor('Barne-, ungdoms- og familiedirektoratet', 'Bufdir', ['Barne-, ungdoms- og familiedirektoratets']);

  it('matches a gold name on the name, the abbreviation or an alias, after normalising', () => {
    const none = new AliasClasses();
    expect(actorMatches(bufdir, none.forms('barne-, ungdoms- og familiedirektoratet'))).toBe(true);
    expect(actorMatches(bufdir, none.forms('BUFDIR'))).toBe(true);
    expect(actorMatches(bufdir, none.forms('Barne-, ungdoms- og familiedirektoratets'))).toBe(true);
    expect(actorMatches(bufdir, none.forms('Barne- og familiedepartementet'))).toBe(false);
  });

  it("goes through the file's aliases.json in both directions, and transitively", () => {
    const aliases = new AliasClasses({
      JD: 'Justis- og beredskapsdepartementet (domain knowledge; kept as actor under the abbreviation)',
      'Barne-, ungdoms og familiedirektoratet': 'Barne-, ungdoms- og familiedirektoratet (misspelt in the source)',
      Direktoratet: 'Barne-, ungdoms og familiedirektoratet',
    });
    // Gold names the abbreviation; the store serves the full name.
    expect(actorMatches(actor('Justis- og beredskapsdepartementet'), aliases.forms('JD'))).toBe(true);
    // Gold names the full name; the store serves the misspelt form only.
    expect(actorMatches(actor('Barne-, ungdoms og familiedirektoratet'), aliases.forms('Barne-, ungdoms- og familiedirektoratet'))).toBe(true);
    expect(actorMatches(actor('Direktoratet'), aliases.forms('Barne-, ungdoms- og familiedirektoratet'))).toBe(true);
    expect(actorMatches(actor('Justis- og beredskapsdepartementet'), aliases.forms('Direktoratet'))).toBe(false);
  });

  it('lets a municipality answer to its bare place name, either way round', () => {
    const none = new AliasClasses();
    expect(actorMatches(actor('Bodø kommune'), none.forms('Bodø'))).toBe(true);
    expect(actorMatches(actor('Levanger'), none.forms('Levanger kommune'))).toBe(true);
    expect(actorMatches(actor('Hordaland fylkeskommune'), none.forms('Hordaland'))).toBe(false);
    expect(actorMatches(actor('Narvik kommune'), none.forms('Tromsø'))).toBe(false);
  });

  it('does not make a value naming several actors equal to any of them', () => {
    const aliases = new AliasClasses({ 'Levanger og Verdal kommune': 'Levanger + Verdal kommune (split trap)' });
    const joined = actor('Levanger og Verdal kommune');
    expect(actorMatches(joined, aliases.forms('Levanger'))).toBe(false);
    expect(actorMatches(joined, aliases.forms('Verdal kommune'))).toBe(false);
  });
});

describe('measure matching', () => {
  const served = { id: 'm', number: '3', title: 'Råd for personer med funksjonsnedsettelse (KMD)', statusText: 'I rute', responsible: [] };

  it('needs the same number and a matching title', () => {
    expect(measureMatches({ number: '3', title: 'Råd for personer med funksjonsnedsettelse', status: null, responsible: [] }, served)).toBe(true);
    expect(measureMatches({ number: '4', title: 'Råd for personer med funksjonsnedsettelse', status: null, responsible: [] }, served)).toBe(false);
    expect(measureMatches({ number: '3', title: 'Råd for personer', status: null, responsible: [] }, served)).toBe(false);
  });

  it('compares status texts after normalising', () => {
    expect(statusMatches('Pågående – i rute.', 'Pågående - i rute')).toBe(true);
    expect(statusMatches('Avsluttet.', 'Pågående.')).toBe(false);
    expect(statusMatches('Avsluttet.', null)).toBe(false);
  });
});

describe('collaboration pairing', () => {
  const none = new AliasClasses();

  it('pairs a served initiative whose name contains the gold name or is contained in it', () => {
    expect(collaborationFit({ name: 'kjernegruppe', participants: [], lead: null }, initiative('Kjernegruppen for utsatte barn og unge'), none)).toBeGreaterThan(0);
    expect(collaborationFit({ name: 'Familiens hus i Nordland', participants: [], lead: null }, initiative('Familiens hus'), none)).toBeGreaterThan(0);
    expect(collaborationFit({ name: 'Ny GIV', participants: [], lead: null }, initiative('Bedre tverrfaglig samarbeid'), none)).toBe(0);
  });

  it('takes an equal name through aliases.json or the served aliases as the best fit', () => {
    const aliases = new AliasClasses({ prosjektet: 'Forskningsprosjekt (collaboration)' });
    expect(collaborationFit({ name: 'Forskningsprosjekt', participants: [], lead: null }, initiative('Prosjektet'), aliases)).toBe(2);
    expect(collaborationFit({ name: 'BTS', participants: [], lead: null }, initiative('Bedre tverrsektorielt samarbeid', ['BTS']), none)).toBe(2);
  });

  it('pairs one to one, best fit first', () => {
    const fit = (g: string, s: string) => (g === s ? 2 : s.startsWith(g) ? 1 : 0);
    expect(pairBest(['a', 'ab'], ['ab', 'abc'], fit)).toEqual([1, 0]);
    expect(pairBest(['x'], ['y'], fit)).toEqual([-1]);
  });
});
