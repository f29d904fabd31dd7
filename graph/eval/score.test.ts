import { describe, expect, it } from 'vitest';
import type { GoldEntry } from './read-gold.ts';
import { overallOf, precision, recall, scoreFile } from './score.ts';
import type { ServedActor, ServedDocument } from './served.ts';

const actors = new Map<string, ServedActor>(
  [
    ['actor:bld', 'Barne- og likestillingsdepartementet', 'BLD'],
    ['actor:jd', 'Justis- og beredskapsdepartementet', 'JD'],
    ['actor:ks', 'Kommunesektorens organisasjon', 'KS'],
    ['actor:nibr', 'Norsk institutt for by- og regionforskning', 'NIBR'],
    ['actor:politiet', 'Politiet', null],
    ['actor:kommunene', 'Kommunene', null],
    ['actor:staten', 'Staten', null],
  ].map(([id, name, abbreviation]) => [id!, { id: id!, name: name!, abbreviation: abbreviation ?? null, aliases: [] }]),
);

const entry: GoldEntry = {
  key: '01',
  goldFile: 'gold_01.json',
  textFile: '01_plan.txt',
  aliases: { Justisdepartementet: 'Justis- og beredskapsdepartementet', JD: 'Justis- og beredskapsdepartementet (domain knowledge)' },
  gold: {
    measures: [
      { number: '1', title: 'Forskningsstrategi', status: 'Tiltaket regnes som fullført.', responsible: ['Justisdepartementet'] },
      { number: '2', title: 'Forskning om lokalt forebyggingsarbeid', status: null, responsible: ['JD'] },
      { number: '3', title: 'Dialogkonferanser for ungdom', status: 'I rute', responsible: ['BLD'] },
    ],
    actors: ['Justis- og beredskapsdepartementet', 'BLD', 'Kommunesektorens organisasjon', 'Norsk institutt for by- og regionforskning', 'politiet'],
    collaborations: [
      { name: 'Forskningsprosjekt', participants: ['JD', 'Kommunesektorens organisasjon', 'Norsk institutt for by- og regionforskning'], lead: null },
      { name: 'kriminalitetsforebyggende tiltak', participants: ['kommunene', 'politiet', 'frivillige'], lead: 'Kommunesektorens organisasjon' },
    ],
  },
};

const served: ServedDocument = {
  documentId: 'doc:01-plan',
  measures: [
    { id: 'm1', number: '1', title: 'Forskningsstrategi', statusText: 'Tiltaket regnes som fullført', responsible: ['actor:jd', 'actor:bld'] },
    { id: 'm2', number: '2', title: 'Forskning om lokalt forebyggingsarbeid i fem kommuner og tre fylker', statusText: 'Pågående', responsible: ['actor:jd'] },
    { id: 'm3', number: '3', title: 'Dialogkonferanser for ungdom', statusText: null, responsible: [] },
    { id: 'm9', number: '9', title: 'Noe annet', statusText: null, responsible: [] },
  ],
  actors: ['actor:jd', 'actor:bld', 'actor:ks', 'actor:kommunene', 'actor:staten'],
  initiatives: [
    { id: 'i1', name: 'Forskningsprosjektet', participants: ['actor:ks', 'actor:kommunene'], leads: ['actor:jd'] },
    { id: 'i2', name: 'Kriminalitetsforebyggende tiltak i regionen', participants: ['actor:kommunene', 'actor:politiet'], leads: [] },
    { id: 'i3', name: 'Nettverk', participants: [], leads: ['actor:ks'] },
  ],
};

describe('scoreFile', () => {
  const s = scoreFile(entry, served, actors);
  const t = s.tallies;

  it('finds measures by number and title; a served measure in no gold measure is a false positive', () => {
    expect(t.measures).toEqual({ found: 2, total: 3, correct: 2, served: 4 });
    expect(s.misses).toContainEqual({ category: 'measures', text: '2 "Forskning om lokalt forebyggingsarbeid" (served 2 "Forskning om lokalt forebyggingsarbeid i fem kommuner og tre fylker")' });
    expect(s.falsePositives).toContainEqual({ category: 'measures', text: '9 "Noe annet"' });
  });

  it('scores status only on found measures; a served status where gold has one that differs, or none, is a false positive', () => {
    expect(t.status).toEqual({ found: 1, total: 2, correct: 1, served: 1 });
    expect(s.misses).toContainEqual({ category: 'status', text: '3: "I rute" (served none)' });
  });

  it('finds responsible bodies through aliases; an extra served body is a false positive', () => {
    expect(t.responsible).toEqual({ found: 1, total: 3, correct: 1, served: 2 });
    expect(s.falsePositives).toContainEqual({ category: 'responsible', text: '1 → Barne- og likestillingsdepartementet (BLD)' });
    expect(s.misses).toContainEqual({ category: 'responsible', text: '2 → JD (measure not found)' });
  });

  it('finds actors by name or abbreviation; served actors that are no gold actor are false positives', () => {
    expect(t.actors).toEqual({ found: 3, total: 5, correct: 3, served: 5 });
    expect(s.misses.filter((m) => m.category === 'actors').map((m) => m.text)).toEqual(['Norsk institutt for by- og regionforskning', 'politiet']);
    expect(s.falsePositives.filter((m) => m.category === 'actors').map((m) => m.text)).toEqual(['Kommunene', 'Staten']);
  });

  it('lists a gold actor served as several actors', () => {
    const twice = scoreFile(entry, { ...served, actors: [...served.actors, 'actor:jd2'] }, new Map([...actors, ['actor:jd2', { id: 'actor:jd2', name: 'Justisdepartementet', abbreviation: null, aliases: [] }]]));
    expect(twice.tallies.actors).toEqual({ found: 3, total: 5, correct: 4, served: 6 });
    expect(twice.duplicates).toEqual([{ category: 'actors', text: 'Justis- og beredskapsdepartementet is served as 2 actors: Justis- og beredskapsdepartementet (JD); Justisdepartementet' }]);
  });

  it('pairs collaborations by name and counts only participants that are gold actors', () => {
    expect(t.collaborations).toEqual({ found: 2, total: 2, correct: 2, served: 3 });
    // JD as served lead counts for the participant JD; NIBR is missing; "kommunene" and "frivillige" are no gold actors.
    expect(t.participants.found).toBe(3);
    expect(t.participants.total).toBe(4);
    expect(s.misses).toContainEqual({ category: 'participants', text: 'Norsk institutt for by- og regionforskning in "Forskningsprosjekt" = served "Forskningsprosjektet"' });
    // Served participants: KS (right), kommunene (not in the first collaboration), kommunene and politiet (both gold participants of the second).
    expect(t.participants.correct).toBe(3);
    expect(t.participants.served).toBe(4);
  });

  it('counts a served lead where gold has none against lead precision', () => {
    expect(t.leads).toEqual({ found: 0, total: 1, correct: 0, served: 1 });
    expect(s.falsePositives).toContainEqual({ category: 'leads', text: 'Justis- og beredskapsdepartementet (JD) leads "Forskningsprosjektet" (gold: no lead)' });
  });

  it('scores a document the store does not serve as all misses', () => {
    const empty = scoreFile(entry, undefined, actors);
    expect(empty.tallies.measures).toEqual({ found: 0, total: 3, correct: 0, served: 0 });
    expect(empty.tallies.participants).toEqual({ found: 0, total: 4, correct: 0, served: 0 });
  });

  it('sums files and gives rates, null with nothing to count', () => {
    const all = overallOf([s, s]);
    expect(all.measures).toEqual({ found: 4, total: 6, correct: 4, served: 8 });
    expect(recall(all.measures)).toBeCloseTo(4 / 6);
    expect(precision(all.measures)).toBe(0.5);
    expect(recall({ found: 0, total: 0, correct: 0, served: 0 })).toBeNull();
  });
});
