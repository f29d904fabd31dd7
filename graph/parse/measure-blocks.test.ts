import { describe, expect, it } from 'vitest';
import { parseMeasureBlocks, type ParsedMeasure } from './index.ts';
import { expectQuote, fixtureSource } from './test-support.ts';

const source = fixtureSource('measures.txt');
const parse = (text: string) => parseMeasureBlocks(text, source);
const keys = (m: ParsedMeasure, field: 'responsible' | 'involved') => m[field].map((a) => a.key ?? `?${a.name}`);

/** Seed 000, measure 22, as written. */
const MEASURE_22 = `Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen

Tiltak

Foreldre som blir fengslet, og deres familier, kan ha behov for ekstra støtte. Det skal vurderes nærmere hvordan et samarbeid mellom kriminalomsorgen og familievernkontorene kan utvikles.

Status

I rute.

Kriminalomsorgsdirektoratet og Barne-, ungdoms- og familiedirektoratet skal sammen vurdere om hvordan det kan gis foreldrestøtte til innsatte. Direktoratene har hatt to arbeidsmøter.

Ansvarlig: Barne- og familiedepartementet og Justisdepartementet`;

describe('parseMeasureBlocks', () => {
  it('reads every part of a measure with exact spans', () => {
    const { items, issues } = parse(MEASURE_22);
    expect(issues).toEqual([]);
    const [m] = items;
    expect(m).toMatchObject({ number: '22', title: 'Vurdere samarbeid mellom familievernet og kriminalomsorgen', statusText: 'I rute.', status: 'ON_TRACK' });
    expect(m.documentId).toBe(source.documentId);
    expectQuote(MEASURE_22, m, MEASURE_22);
    expectQuote(MEASURE_22, m.heading, 'Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen');
    expectQuote(MEASURE_22, m.titleSpan, m.title);
    expectQuote(MEASURE_22, m.description, m.description!.text);
    expect(m.description!.text).toMatch(/^Foreldre som blir fengslet.*kan utvikles\.$/su);
    expectQuote(MEASURE_22, m.statusSpan, 'I rute.');
    expect(m.progress!.text).toMatch(/^Kriminalomsorgsdirektoratet og .*to arbeidsmøter\.$/su);
    expectQuote(MEASURE_22, m.progress, m.progress!.text);
    expectQuote(MEASURE_22, m.responsibleSpan, 'Ansvarlig: Barne- og familiedepartementet og Justisdepartementet');
    expect(m.responsibleText).toBe('Ansvarlig: Barne- og familiedepartementet og Justisdepartementet');
  });

  it('splits two ministries joined by "og" without breaking "Barne- og …"', () => {
    const [m] = parse(MEASURE_22).items;
    expect(m.responsible.map((a) => [a.text, a.key, a.name])).toEqual([
      ['Barne- og familiedepartementet', 'bfd', 'Barne- og familiedepartementet'],
      ['Justisdepartementet', 'jd', 'Justis- og beredskapsdepartementet'],
    ]);
    for (const a of m.responsible) expectQuote(MEASURE_22, a, a.text);
  });

  it('finds the bodies said to work together, sentence by sentence', () => {
    const [m] = parse(MEASURE_22).items;
    expect(m.jointWork.map((j) => j.actors.map((a) => a.key))).toEqual([
      ['kriminalomsorgen', 'familievernet'],
      ['kdi', 'bufdir'],
    ]);
    expectQuote(MEASURE_22, m.jointWork[0].span, 'Det skal vurderes nærmere hvordan et samarbeid mellom kriminalomsorgen og familievernkontorene kan utvikles.');
    expectQuote(
      MEASURE_22,
      m.jointWork[1].span,
      'Kriminalomsorgsdirektoratet og Barne-, ungdoms- og familiedirektoratet skal sammen vurdere om hvordan det kan gis foreldrestøtte til innsatte.',
    );
    for (const j of m.jointWork) for (const a of j.actors) expectQuote(MEASURE_22, a, a.text);
  });

  it('lists other bodies in description and progress as involved, once each', () => {
    const [m] = parse(MEASURE_22).items;
    expect(keys(m, 'involved')).toEqual(['kriminalomsorgen', 'familievernet', 'kdi', 'bufdir']);
  });

  it.each([
    ['Tiltak15: Etablere kommunale læringsnettverk', '15', 'Etablere kommunale læringsnettverk'],
    ['Tiltak 20: Styrke familieperspektivet i alle sektorer', '20', 'Styrke familieperspektivet i alle sektorer'],
    ['Tiltak 3 - Betre oppfølging', '3', 'Betre oppfølging'],
    ['Tiltak 4.2. Noe annet', '4.2', 'Noe annet'],
  ])('reads the heading %j', (heading, number, title) => {
    const text = `${heading}\n\nTiltak\n\nTekst.\n\nStatus\n\nI rute.\n\nAnsvarlig: Kunnskapsdepartementet`;
    const [m] = parse(text).items;
    expect(m).toMatchObject({ number, title });
    expectQuote(text, m.titleSpan, title);
  });

  it('takes a "Tiltak " header with a no-break space, and an Ansvarlig line without colon or space', () => {
    const text = 'Tiltak 13: Foreldres egne oppveksterfaringer\n\nTiltak\u00a0 \n\nHelsedirektoratet skal vurdere.\n\nStatus\n\nAnsvarligHelsedirektoratet';
    const { items, issues } = parse(text);
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({ statusText: null, statusSpan: null, status: 'UNKNOWN', progress: null });
    expect(items[0].description!.text).toBe('Helsedirektoratet skal vurdere.');
    expect(items[0].responsible.map((a) => [a.text, a.key])).toEqual([['Helsedirektoratet', 'hdir']]);
    expectQuote(text, items[0].responsibleSpan, 'AnsvarligHelsedirektoratet');
  });

  it('reads an empty Status section as unknown, not on track', () => {
    const text = 'Tiltak 12: Hjemmebesøk\n\nTiltak\n\nTekst.\n\nStatus\n\n\nAnsvarlig: Helsedepartementet';
    const [m] = parse(text).items;
    expect(m).toMatchObject({ statusText: null, status: 'UNKNOWN' });
    expect(keys(m, 'responsible')).toEqual(['hod']);
  });

  it('reads a status written on the Status line itself', () => {
    const text = 'Tiltak 1: Noe\n\nTiltak\n\nTekst.\n\nStatus: Forsinket\n\nAnsvarlig: KD';
    const [m] = parse(text).items;
    expect(m).toMatchObject({ statusText: 'Forsinket', status: 'DELAYED' });
    expectQuote(text, m.statusSpan, 'Forsinket');
    expect(keys(m, 'responsible')).toEqual(['kd']);
  });

  it('reports an unknown status word and keeps it as written', () => {
    const text = 'Tiltak 1: Noe\n\nTiltak\n\nTekst.\n\nStatus\n\nSe over.\n\nAnsvarlig: KD';
    const { items, issues } = parse(text);
    expect(items[0]).toMatchObject({ statusText: 'Se over.', status: 'UNKNOWN' });
    expect(issues).toMatchObject([{ fileName: 'measures.txt', line: 9, severity: 'warning' }]);
  });

  it('reads a long first line under Status as progress, not as a status', () => {
    const progress = 'Bufdir har ikke arbeidet aktivt med tiltaket i 2020, men forsøker til enhver tid å ta med oss perspektivet inn i alt vi gjør.';
    const text = `Tiltak 1: Noe\n\nTiltak\n\nTekst.\n\nStatus\n\n${progress}\n\nAnsvarlig: BFD`;
    const { items, issues } = parse(text);
    expect(items[0]).toMatchObject({ statusText: null, status: 'UNKNOWN' });
    expect(items[0].progress!.text).toBe(progress);
    expect(issues.map((i) => i.severity)).toEqual(['info']);
  });

  it('warns, naming the line, when a measure has no Ansvarlig line', () => {
    const text = 'Innledning\n\nTiltak 7: Uten ansvarlig\n\nTiltak\n\nTekst.\n\nStatus\n\nPåbegynt.';
    const { items, issues } = parse(text);
    expect(items).toHaveLength(1);
    expect(items[0].responsible).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ fileName: 'measures.txt', line: 3, column: 1, severity: 'warning', message: expect.stringContaining('no Ansvarlig') }),
    ]);
  });

  it('does not read a quoted "Tiltak 1.1:" without sections as a measure (seed 003)', () => {
    const text =
      '- **Parr-utvalgets rapport 2021 «Skolen etter koronapandemien»**\n\nTiltak 1.1: Laget rundt eleven må styrkes. *«Utfordringene barn og unge opplever følger ikke sektorgrensene.»*\n\n\n\nGode hver for oss.';
    const { items, issues } = parse(text);
    expect(items).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 3, severity: 'info' })]);
  });

  it.each([
    ['Ansvarlig:\u00a0Barne- og likestillingsdepartementet og\u00a0Kunnskapsdepartementet', ['bld', 'kd']],
    ['Ansvarlig: Barne- og likestillingsdepartementet og Kunnskapsdepartementet', ['bld', 'kd']],
    ['Ansvarlig: Helsedepartementet', ['hod']],
    ['Ansvarlig: Helsedirektoratet', ['hdir']],
    ['Ansvarlig: BFD, JD og KD', ['bfd', 'jd', 'kd']],
    ['Ansvarlig: JD/BFD', ['jd', 'bfd']],
    ['Ansvarleg: Kunnskapsdepartementet og Helse- og omsorgsdepartementet', ['kd', 'hod']],
    ['Ansvarlig: Kunnskapsdepartementet og Stiftelsen Trygge Barnesteder (STB)', ['kd', '?Stiftelsen Trygge Barnesteder']],
    ['Ansvarlig: Regjeringen', ['?Regjeringen']],
    ['Ansvarlig: Foo- og barverket og KD', ['?Foo- og barverket', 'kd']],
  ])('splits %j', (line, expected) => {
    const text = `Tiltak 1: Noe\n\nTiltak\n\nTekst.\n\nStatus\n\nI rute.\n\n${line}`;
    const [m] = parse(text).items;
    expect(keys(m, 'responsible')).toEqual(expected);
    for (const a of m.responsible) expectQuote(text, a, a.text);
  });

  it('keeps an uncurated abbreviation apart from the name', () => {
    const text = 'Tiltak 1: Noe\n\nTiltak\n\nTekst.\n\nStatus\n\nI rute.\n\nAnsvarlig: Stiftelsen Trygge Barnesteder (STB)';
    const [m] = parse(text).items;
    expect(m.responsible).toEqual([
      expect.objectContaining({ key: null, name: 'Stiftelsen Trygge Barnesteder', abbreviation: 'STB', text: 'Stiftelsen Trygge Barnesteder (STB)' }),
    ]);
  });

  it('keeps uncurated organisations in the description as involved (as in seed 001, measure 14)', () => {
    const text =
      'Tiltak 14: Sørge for at Trygge Barnesteder får et familiemandat\n\nTiltak\n\nStiftelsen Trygge Barnesteder (STB) har lang erfaring og høy kompetanse i å behandle voldsutøvere.\n\nStatus\n\nPåbegynt.\n\nAnsvarlig: Barne- og likestillingsdepartementet';
    const [m] = parse(text).items;
    expect(m.involved).toEqual([expect.objectContaining({ key: null, name: 'Stiftelsen Trygge Barnesteder', abbreviation: 'STB' })]);
    expectQuote(text, m.involved[0], 'Stiftelsen Trygge Barnesteder (STB)');
  });

  it('leaves out bodies named inside quoted titles', () => {
    const text =
      'Tiltak 21: Utrede\n\nTiltak\n\nTekst.\n\nStatus\n\nI rute.\n\nArbeidet er integrert i Melding St. 6 "Tett på – tidlig innsats og inkluderende fellesskap i barnehage, skole og SFO". Rapporten er gjennomført av OsloMet /NIBR og KS.\n\nAnsvarlig: Helsedepartementet';
    const [m] = parse(text).items;
    expect(keys(m, 'involved')).toEqual(['oslomet', 'nibr', 'ks']);
    expectQuote(text, m.involved[0], 'OsloMet');
  });
});

/** An unseen document of the same genre, in Nynorsk, written for this test. */
const NYNORSK = `Tiltak 3: Styrkje samarbeidet mellom barnehage og helsestasjon

Tiltak

Kunnskapsdepartementet og Helse- og omsorgsdepartementet skal saman greie ut korleis barnehagane og helsestasjonane kan samarbeide betre. Utdanningsdirektoratet og Helsedirektoratet skal sammen lage ein rettleiar.

Status

Byrja – i rute.

Helsedirektoratet har starta arbeidet i samarbeid med Utdanningsdirektoratet.

Ansvarleg: Kunnskapsdepartementet og Helse- og omsorgsdepartementet

Tiltak4 - Betre oppfølging av ungdom utan skuleplass

Tiltak

Oppfølgingstenesta i fylkeskommunane skal styrkjast. Arbeids- og velferdsdirektoratet skal bidra.

Status

Forseinka.

Arbeidet er forseinka på grunn av omorganisering hos Statsforvaltaren.

Ansvarleg: Arbeids- og sosialdepartementet, Kunnskapsdepartementet

Tiltak 5: Kartleggje tilbodet til barn av innsette

Tiltak

Kriminalomsorgsdirektoratet skal kartleggje tilbodet i samarbeid med Barne-, ungdoms- og familiedirektoratet og Stiftinga Fri Ungdom.

Status

Ikkje starta.

Ansvarleg: Justis- og beredskapsdepartementet / Barne- og familiedepartementet
`;

describe('an unseen Nynorsk status report', () => {
  const { items, issues } = parseMeasureBlocks(NYNORSK, fixtureSource('nynorsk.txt'));

  it('reads all three measures without issues', () => {
    expect(issues).toEqual([]);
    expect(
      items.map((m) => ({ number: m.number, title: m.title, statusText: m.statusText, status: m.status, responsible: keys(m, 'responsible') })),
    ).toEqual([
      { number: '3', title: 'Styrkje samarbeidet mellom barnehage og helsestasjon', statusText: 'Byrja – i rute.', status: 'ON_TRACK', responsible: ['kd', 'hod'] },
      { number: '4', title: 'Betre oppfølging av ungdom utan skuleplass', statusText: 'Forseinka.', status: 'DELAYED', responsible: ['asd', 'kd'] },
      { number: '5', title: 'Kartleggje tilbodet til barn av innsette', statusText: 'Ikkje starta.', status: 'NOT_STARTED', responsible: ['jd', 'bfd'] },
    ]);
  });

  it('quotes every span exactly', () => {
    for (const m of items) {
      for (const span of [m, m.heading, m.titleSpan, m.description, m.statusSpan, m.responsibleSpan]) {
        expect(span).toBeTruthy();
        expect(NYNORSK.slice(span!.start, span!.end).length).toBeGreaterThan(0);
      }
      expectQuote(NYNORSK, m.titleSpan, m.title);
      expectQuote(NYNORSK, m.statusSpan, m.statusText!);
      expectQuote(NYNORSK, m.responsibleSpan, m.responsibleText!);
      for (const a of [...m.responsible, ...m.involved]) expectQuote(NYNORSK, a, a.text);
    }
  });

  it('finds involved bodies and joint work in Nynorsk sentences', () => {
    expect(items.map((m) => keys(m, 'involved'))).toEqual([
      ['barnehage', 'helsestasjon-skolehelsetjenesten', 'udir', 'hdir'],
      ['oppfolgingstjenesten', 'avdir', 'statsforvalteren'],
      ['kdi', 'bufdir', '?Stiftinga Fri Ungdom'],
    ]);
    expect(items.map((m) => m.jointWork.map((j) => j.actors.map((a) => a.key ?? a.name)))).toEqual([
      [
        ['kd', 'hod'],
        ['barnehage', 'helsestasjon-skolehelsetjenesten'],
        ['udir', 'hdir'],
        ['hdir', 'udir'],
      ],
      [],
      [['kdi', 'bufdir', 'Stiftinga Fri Ungdom']],
    ]);
  });
});
