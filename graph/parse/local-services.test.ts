import { describe, expect, it } from 'vitest';
import { findBodyMentions, findLocalServices, parseActorList, parseSystemTable, readParticipants } from './index.ts';
import { expectQuote, fixtureSource } from './test-support.ts';

const brief = (m: { key: string | null; name: string; kind?: string; serviceKey?: string }) =>
  m.key ?? `${m.name} [${m.kind ?? 'ORGANISATION'}${m.serviceKey ? ` of ${m.serviceKey}` : ''}]`;

describe('findLocalServices', () => {
  it.each([
    ['Barnevernet i Bodø kommune', 'Barnevernstjenesten i Bodø kommune', 'MUNICIPAL_SERVICE', 'barnevernet', 'Bodø'],
    ['Barneverntjenesten i Bodø kommune', 'Barnevernstjenesten i Bodø kommune', 'MUNICIPAL_SERVICE', 'barnevernet', 'Bodø'],
    ['NAV-kontoret i Nore og Uvdal kommune', 'NAV-kontoret i Nore og Uvdal kommune', 'MUNICIPAL_SERVICE', 'nav-kontor', 'Nore og Uvdal'],
    ['PP-tenesta i Sør-Varanger kommune', 'Pedagogisk-psykologisk tjeneste i Sør-Varanger kommune', 'MUNICIPAL_SERVICE', 'ppt', 'Sør-Varanger'],
    ['Skolen i Indre Østfold kommune', 'Skole i Indre Østfold kommune', 'MUNICIPAL_SERVICE', 'skole', 'Indre Østfold'],
    ['Oppfølgingstjenesten i Møre og Romsdal fylkeskommune', 'Oppfølgingstjenesten i Møre og Romsdal fylkeskommune', 'COUNTY', 'oppfolgingstjenesten', 'Møre og Romsdal'],
    ['Folkehelsearbeidet i Nordland fylkeskommune', 'Folkehelsearbeid i Nordland fylkeskommune', 'COUNTY', 'folkehelse-fylke', 'Nordland'],
  ])('reads "%s" as %s', (written, name, kind, serviceKey, place) => {
    const text = `Her deltar ${written}, som før.`;
    const [m, ...rest] = findLocalServices(text);
    expect(rest).toEqual([]);
    expectQuote(text, m, written);
    expect(m).toMatchObject({ key: null, name, kind, serviceKey, place, text: written });
  });

  it.each([
    ['Barnevernet i kommunen', 'no place'],
    ['Barnevernet i Bodø', 'no kommune'],
    ['Videregående opplæring i Bodø kommune', 'a county service with a municipality'],
    ['Barnevernet i Nordland fylkeskommune', 'a municipal service with a county'],
    ['Barnevernet i Bodø kommunes planer', 'a longer word'],
    ['Helsedirektoratet i Bodø kommune', 'not a local service'],
  ])('leaves "%s" alone (%s)', (written) => {
    expect(findLocalServices(written)).toEqual([]);
  });
});

describe('local services in lists and running text', () => {
  it('a table cell lists local services and generic ones', () => {
    const text = 'Barnevernet i Bodø kommune, NAV-kontoret i Nore og Uvdal kommune og Barnehage';
    const found = parseActorList(text, 0, text.length, { mendHyphens: true });
    expect(found.map(brief)).toEqual([
      'Barnevernstjenesten i Bodø kommune [MUNICIPAL_SERVICE of barnevernet]',
      'NAV-kontoret i Nore og Uvdal kommune [MUNICIPAL_SERVICE of nav-kontor]',
      'barnehage',
    ]);
    expectQuote(text, found[1], 'NAV-kontoret i Nore og Uvdal kommune');
  });

  it('a local service wins over a curated municipality inside it', () => {
    const text = 'Barnevernet i Flekkefjord kommune og Helsedirektoratet skal sammen vurdere tilbudet.';
    expect(findBodyMentions(text).map(brief)).toEqual(['Barnevernstjenesten i Flekkefjord kommune [MUNICIPAL_SERVICE of barnevernet]', 'hdir']);
  });

  it('participant lists keep local services, though generic services are not participants', () => {
    const text = 'I dette prosjektet deltar Helsedirektoratet, Skolen i Bodø kommune, barnehagen og Bodø kommune.';
    const [list] = readParticipants(text, { start: 0, end: text.length, text });
    expect(list.actors.map(brief)).toEqual(['hdir', 'Skole i Bodø kommune [MUNICIPAL_SERVICE of skole]', 'bodo-kommune']);
  });

  it('a county table names its local services without issues', () => {
    const text = [
      ['Departement', 'Barne- og familiedepartementet', 'Kunnskapsdepartementet'].join('\t'),
      ['Direktorat', 'Bufdir', 'Udir'].join('\t'),
      ['Fylke/ fylkeskommune', '', 'Oppfølgingstjenesten i Nordland fylkeskommune'].join('\t'),
      ['Kommune', 'Barnevernet i Bodø kommune, Barnevernet i Narvik kommune', 'PPT i Bodø kommune'].join('\t'),
    ].join('\n');
    const { items, issues } = parseSystemTable(text, fixtureSource('county.txt'));
    expect(issues).toEqual([]);
    const kommune = items[0].cells.filter((c) => c.levelKey === 'kommune');
    expect(kommune.map((c) => [c.sectorKey, c.actors.map((a) => a.name)])).toEqual([
      ['barn-familie', ['Barnevernstjenesten i Bodø kommune', 'Barnevernstjenesten i Narvik kommune']],
      ['utdanning', ['Pedagogisk-psykologisk tjeneste i Bodø kommune']],
    ]);
  });
});
