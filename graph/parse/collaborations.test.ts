import { describe, expect, it } from 'vitest';
import { parseCollaborations, redactPeople, type ParsedInitiative } from './index.ts';
import { expectQuote, fixtureSource } from './test-support.ts';

const source = fixtureSource('collab.txt');
const summary = (i: ParsedInitiative) => ({
  name: i.name,
  key: i.key,
  participants: i.participants.map((p) => p.actor.key ?? `?${p.actor.name}`),
  lead: i.lead ? `${i.lead.role}:${i.lead.actor.key ?? i.lead.actor.name}` : null,
  period: i.period ? [i.period.startYear, i.period.endYear] : null,
  buildsOn: i.buildsOn ?? null,
  partOf: i.partOf ?? null,
});

/** Asserts that every span of every initiative quotes the text. */
function expectSpans(text: string, items: ParsedInitiative[]) {
  for (const i of items) {
    expect(text.slice(i.nameSpan.start, i.nameSpan.end).length).toBeGreaterThan(0);
    expectQuote(text, i, text.slice(i.nameSpan.start, i.nameSpan.end));
    if (i.description) expectQuote(text, i.description, i.description.text);
    if (i.period) expectQuote(text, i.period, i.period.text);
    for (const p of [...i.participants, ...(i.lead ? [i.lead] : [])]) {
      expectQuote(text, p.actor, p.actor.text);
      expect(p.actor.start >= p.evidence.start && p.actor.end <= p.evidence.end, 'actor inside its evidence').toBe(true);
    }
  }
}

/** Seed 002, as written (person name and address included). */
const PROJECT_PAGE = `Bedre tverrfaglig samarbeid

Det er etablert et felles prosjekt med målsetting om bedre samordning av direktoratenes virkemidler.

Bakgrunn

Direktoratene i 0-24 samarbeidet har hver for seg en rekke ulike innsatser.

Varighet

Oppstart januar 2019

Dette jobber vi med

Utgangspunktet for arbeidet er i første omgang å se på muligheten for en bedre samordning av sentrale, eksisterende innsatser: læringsnettverk (KS), Bedre Tverrfaglig Innsats (BTI) (Helsedirektoratet) og Tidlig identifikasjon og oppfølging av utsatte barn (Modellkommune) (Bufdir).
Arbeidet startet opp med en felles workshop 18. januar 2019. Workshopen ble innledet av Barneombud Inga Bejer-Engh.

Deltakende aktører

I dette prosjektet deltar Helsedirektoratet, Arbeids- og velferdsdirektoratet, Integrerings- og mangfoldsdirektoratet, Barne,-ungdoms, og familiedirektoratet, Utdanningsdirektoratet og Kommunesektorens organisasjon (KS).

Arbeidet ledes av avd. direktør Idun Klette Låhne, Utdanningsdirektoratet. E-post idun.klette.lahne@udir.no`;

describe('parseCollaborations: a project page (seed 002)', () => {
  for (const includePeople of [true, false]) {
    const text = redactPeople(PROJECT_PAGE, { includePeople }).text;
    const { items, issues } = parseCollaborations(text, source);

    it(`reads the page's project, its six participants and its lead (people ${includePeople ? 'kept' : 'redacted'})`, () => {
      expect(issues).toEqual([]);
      expect(summary(items[0])).toEqual({
        name: 'Bedre tverrfaglig samarbeid',
        key: 'bts',
        participants: ['hdir', 'avdir', 'imdi', 'bufdir', 'udir', 'ks'],
        lead: 'leads:udir',
        period: [2019, null],
        buildsOn: null,
        partOf: null,
      });
      expectQuote(text, items[0].nameSpan, 'Bedre tverrfaglig samarbeid');
      expectQuote(text, items[0].period, 'Oppstart januar 2019');
      expect(items[0].description!.text).toMatch(/^Det er etablert et felles prosjekt/u);
      expectQuote(text, items[0].participants[3].actor, 'Barne,-ungdoms, og familiedirektoratet');
      expectQuote(text, items[0].participants[5].actor, 'Kommunesektorens organisasjon (KS)');
      expect(text.slice(items[0].participants[0].evidence.start, items[0].participants[0].evidence.end)).toMatch(/^I dette prosjektet deltar .*\(KS\)\.$/u);
      expectSpans(text, items);
    });

    it(`never makes the person a lead (people ${includePeople ? 'kept' : 'redacted'})`, () => {
      const lead = items[0].lead!;
      expectQuote(text, lead.actor, 'Utdanningsdirektoratet');
      expect(text.slice(lead.evidence.start, lead.evidence.end)).toMatch(/^Arbeidet ledes av avd\. direktør .*, Utdanningsdirektoratet\.$/u);
    });

    it(`reads the existing efforts and their owners (people ${includePeople ? 'kept' : 'redacted'})`, () => {
      expect(items.slice(1).map(summary)).toEqual([
        { name: 'KS læringsnettverk', key: 'ks-laeringsnettverk', participants: [], lead: 'leads:ks', period: null, buildsOn: null, partOf: null },
        { name: 'Bedre tverrfaglig innsats', key: 'bti', participants: [], lead: 'leads:hdir', period: null, buildsOn: null, partOf: null },
        {
          name: 'Tidlig identifikasjon og oppfølging av utsatte barn',
          key: 'modellkommune',
          participants: [],
          lead: 'leads:bufdir',
          period: null,
          buildsOn: null,
          partOf: null,
        },
      ]);
    });
  }
});

/** Seed 003, the slides on the core group and the directorates' structure. */
const CORE_GROUP = `Videreføring av 0-24 samarbeidet: nye strukturer

Ny organisering i departementene med en «**kjernegruppe**» for utsatte barn og unge som skal ivareta samordnet utvikling og gjennomføring av tverrgående politikk på området utsatte barn og unge.

Deltakere er ledere i BFD, KD, HOD, ASD, JD, KUD og KMD.

Er en pilot; prøve ut denne arbeidsformen for å håndtere et «gjenstridig problem»

- Målområde 1: Mer samordnet utvikling og gjennomføring av politikk.

Oppdrag i 2022 til direktoratene om å etablere **en struktur seg i mellom**, som støtter opp kjernegruppepiloten for utsatte barn og unge.

Bufdir koordinerer dette arbeidet.

Opplegget vårt`;

describe('parseCollaborations: the core group and the directorates\' structure (seed 003)', () => {
  const { items, issues } = parseCollaborations(CORE_GROUP, source);

  it('reads the core group, its seven ministries and its predecessor', () => {
    expect(issues).toEqual([]);
    expect(items.map(summary)).toEqual([
      {
        name: 'Kjernegruppen for utsatte barn og unge',
        key: 'kjernegruppen',
        participants: ['bfd', 'kd', 'hod', 'asd', 'jd', 'kud', 'kmd'],
        lead: null,
        period: null,
        buildsOn: '0-24-samarbeidet',
        partOf: null,
      },
      {
        name: 'Direktoratenes struktur for kjernegruppepiloten',
        key: 'direktoratenes-struktur',
        participants: [],
        lead: 'coordinates:bufdir',
        period: [2022, null],
        buildsOn: null,
        partOf: 'Kjernegruppen for utsatte barn og unge',
      },
    ]);
    expectQuote(CORE_GROUP, items[0].nameSpan, 'kjernegruppe');
    expectQuote(CORE_GROUP, items[0].buildsOnEvidence, 'Videreføring av 0-24 samarbeidet: nye strukturer');
    expectQuote(CORE_GROUP, items[0].participants[0].evidence, 'Deltakere er ledere i BFD, KD, HOD, ASD, JD, KUD og KMD.');
    expectQuote(CORE_GROUP, items[1].lead!.evidence, 'Bufdir koordinerer dette arbeidet.');
    expectSpans(CORE_GROUP, items);
  });
});

describe('parseCollaborations: patterns', () => {
  it('reads a period after a name and a project that builds on another', () => {
    const text = `0-24 samarbeidet (2015 – 2020)

Formål

Barn og unge med sammensatte behov

- Satsingen bygger videre på arbeidet som er gjort i 0-24 samarbeidet.
- Prosjektet er forankret i digitaliseringsstrategien for offentlig sektor

Et prosjekt mellom Helsedirektoratet, Utdanningsdirektoratet, Statped, NAV, Direktoratet for e-helse, Flekkefjord kommune og KS.`;
    const { items } = parseCollaborations(text, source);
    expect(items.map(summary)).toEqual([
      { name: '0-24-samarbeidet', key: '0-24-samarbeidet', participants: [], lead: null, period: [2015, 2020], buildsOn: null, partOf: null },
      {
        name: 'Barn og unge med sammensatte behov',
        key: 'barn-og-unge-med-sammensatte-behov',
        participants: ['hdir', 'udir', 'statped', 'avdir', 'ehelse', 'flekkefjord-kommune', 'ks'],
        lead: null,
        period: null,
        buildsOn: '0-24-samarbeidet',
        partOf: null,
      },
    ]);
    expectQuote(text, items[0].period, '2015 – 2020');
    expectQuote(text, items[1].buildsOnEvidence, 'Satsingen bygger videre på arbeidet som er gjort i 0-24 samarbeidet.');
    expectSpans(text, items);
  });

  it('reads a partnership with its members in brackets, leaving services out', () => {
    const text =
      '- **Ny GIV 2011 – 2013** - et partnerskap mellom flere aktører og sektorer for å styrke gjennomføringen i videregående opplæring (KD, AD og BLD)';
    const { items } = parseCollaborations(text, source);
    expect(items.map(summary)).toEqual([
      { name: 'Ny GIV', key: 'ny-giv', participants: ['kd', 'ad', 'bld'], lead: null, period: [2011, 2013], buildsOn: null, partOf: null },
    ]);
    expectSpans(text, items);
  });

  it('reads a project introduced with its abbreviation, a contractor, and a network owned by KS (seed 000)', () => {
    const text = `0-24-direktoratene følger opp et felles oppdragsbrev hvor Bedre tverrsektorielt samarbeid (BTS) dreier seg om å vurdere de pedagogiske virkemidlene. Dette er et samarbeid mellom 0-24 direktoratene og KS, for å se på gode tiltak.

BTS-prosjektet har to leveranser:

  • En rapport som vurderer de pedagogiske virkemidlene på nasjonalt nivå. Rapporten er gjennomført av OsloMet /NIBR og ble ferdigstilt i november 2020.

KS læringsnettverk "God samhandling for barn og unge" skal bidra til å understøtte kommunenes arbeid.`;
    const { items } = parseCollaborations(text, source);
    expect(items.map(summary)).toEqual([
      { name: 'Bedre tverrfaglig samarbeid', key: 'bts', participants: ['ks', 'oslomet', 'nibr'], lead: null, period: null, buildsOn: null, partOf: null },
      { name: 'KS læringsnettverk', key: 'ks-laeringsnettverk', participants: [], lead: 'leads:ks', period: null, buildsOn: null, partOf: null },
    ]);
    expectQuote(text, items[0].nameSpan, 'Bedre tverrsektorielt samarbeid (BTS)');
    expectQuote(text, items[0].participants[1].actor, 'OsloMet');
    expectQuote(text, items[0].participants[2].actor, 'NIBR');
    expectSpans(text, items);
  });

  it('names an unknown project after its heading when participants follow it', () => {
    const text = `Trygg oppvekst i Agder

Et prosjekt mellom Bufdir, Statsforvalteren og Universitetet i Agder.

Prosjektet ledes av Statsforvalteren.`;
    const { items, issues } = parseCollaborations(text, source);
    expect(issues).toEqual([]);
    expect(items.map(summary)).toEqual([
      {
        name: 'Trygg oppvekst i Agder',
        key: null,
        participants: ['bufdir', 'statsforvalteren', 'uia'],
        lead: 'leads:statsforvalteren',
        period: null,
        buildsOn: null,
        partOf: null,
      },
    ]);
    expectSpans(text, items);
  });

  it('reports participants it cannot attach to an initiative', () => {
    const text = 'I dette prosjektet deltar Bufdir og Hdir.';
    const { items, issues } = parseCollaborations(text, source);
    expect(items).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
  });

  it('does not read a hypothetical collaboration in a measure as an initiative', () => {
    const text = `Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen

Tiltak

Det skal vurderes nærmere hvordan et samarbeid mellom kriminalomsorgen og familievernkontorene kan utvikles.`;
    expect(parseCollaborations(text, source)).toEqual({ items: [], issues: [] });
  });
});
