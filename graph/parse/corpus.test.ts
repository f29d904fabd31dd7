/**
 * The whole seed corpus, parsed the way the loader will: people redacted
 * first, then every parser on the redacted text. Tables of expectations for
 * every measure, every cell of seed 003's table and every collaboration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentId } from '../model/index.ts';
import {
  parseCollaborations,
  parseDocumentMeta,
  parseMeasureBlocks,
  parseSystemTable,
  redactPeople,
  type ActorMention,
  type ParsedInitiative,
  type ParsedMeasure,
  type ParseSource,
} from './index.ts';
import { expectQuote, readSeeds } from './test-support.ts';

const key = (a: ActorMention) => a.key ?? `?${a.name}`;

const corpus = [...readSeeds({ list: (dir) => readdirSync(dir), read: (file) => readFileSync(file, 'utf8') })].map(([fileName, original]) => {
  const { text } = redactPeople(original, { includePeople: false });
  const source: ParseSource = { documentId: documentId(fileName), fileName };
  return {
    fileName,
    prefix: fileName.slice(0, 3),
    text,
    measures: parseMeasureBlocks(text, source),
    tables: parseSystemTable(text, source),
    collaborations: parseCollaborations(text, source),
    meta: parseDocumentMeta(text, fileName),
  };
});
const doc = (prefix: string) => corpus.find((d) => d.prefix === prefix)!;

describe('the seed corpus', () => {
  it('has the five seeds', () => {
    expect(corpus.map((d) => d.prefix)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('reports only what it could not read, by file and line', () => {
    const issues = corpus.flatMap((d) => [...d.measures.issues, ...d.tables.issues, ...d.collaborations.issues]);
    expect(issues.map((i) => [i.fileName.slice(0, 3), i.line, i.severity])).toEqual([['003', 64, 'info']]);
    expect(issues[0].message).toContain('Tiltak 1.1');
  });
});

type MeasureRow = [
  doc: string,
  number: string,
  title: string,
  statusText: string | null,
  status: ParsedMeasure['status'],
  responsible: string[],
  involved: string[],
  jointWork: string[][],
];

const MEASURES: MeasureRow[] = [
  ['000', '20', 'Styrke familieperspektivet i alle sektorer', 'Pågående.', 'IN_PROGRESS', ['bfd'], ['?Regjeringen', 'bufdir'], []],
  [
    '000',
    '21',
    'Utrede bedre koordinerte tilbud til barn og unge',
    'I rute.',
    'ON_TRACK',
    ['hod'],
    ['?Regjeringen', 'ks', 'oslomet', 'nibr', 'fylkesmannen', 'korus', 'rvts', 'rkbu', 'rbup', 'statped', 'sfk'],
    [],
  ],
  [
    '000',
    '22',
    'Vurdere samarbeid mellom familievernet og kriminalomsorgen',
    'I rute.',
    'ON_TRACK',
    ['bfd', 'jd'],
    ['kriminalomsorgen', 'familievernet', 'kdi', 'bufdir'],
    [
      ['kriminalomsorgen', 'familievernet'],
      ['kdi', 'bufdir'],
    ],
  ],
  ['001', '8', 'Utvikle retningslinjer for det statlige tilbudet til utsatte sped- og småbarn', 'Påbegynt – i rute.', 'ON_TRACK', ['bld'], ['bufdir', 'spisskompetansemiljoene'], []],
  ['001', '9', 'Utvide og videreføre «Familie for første gang»', 'Pågående – i rute.', 'ON_TRACK', ['bld'], [], []],
  ['001', '10', 'Sikre foreldreveiledning i introduksjonsprogrammet', 'Pågående – i rute.', 'ON_TRACK', ['kd'], ['?Regjeringen', 'introduksjonsprogrammet', 'kompetanse-norge'], []],
  [
    '001',
    '11',
    'Gi bedre støtte til småbarnsfamilier - samarbeid barnehage barnevern',
    'Pågående – i rute.',
    'ON_TRACK',
    ['bld', 'kd'],
    ['barnevernet', 'barnehage'],
    [['barnevernet', 'barnehage']],
  ],
  ['001', '12', 'Hjemmebesøk for gravide i risikogruppen skal vurderes', null, 'UNKNOWN', ['hod'], ['hdir'], []],
  ['001', '13', 'Foreldres egne oppveksterfaringer med vold i veiledere og retningslinjer', null, 'UNKNOWN', ['hdir'], [], []],
  ['001', '14', 'Sørge for at Alternativ til vold (ATV) får et familiemandat', 'Påbegynt.', 'STARTED', ['bld'], ['atv'], []],
  ['001', '15', 'Etablere kommunale læringsnettverk', 'Påbegynt.', 'STARTED', ['bld'], ['fylkesmannen', 'barnevernet'], []],
  [
    '001',
    '16',
    'Følge opp foreldre til barn i fosterhjem og i barnevernsinstitusjoner',
    'Pågående.',
    'IN_PROGRESS',
    ['bld'],
    ['barnevernet', 'bufdir', 'familievernet', 'bufetat', 'spisskompetansemiljoene'],
    [['barnevernet', 'familievernet']],
  ],
  ['001', '17', 'Utarbeide retningslinje for spesialiserte hjelpetiltak i barnevernet', 'Påbegynt.', 'STARTED', ['bld'], ['bufdir'], []],
  ['001', '18', 'Videreutvikle foreldreveiledning til bekymrede ungdomsforeldre', 'Pågående.', 'IN_PROGRESS', ['bld'], ['bufdir', 'spisskompetansemiljoene'], []],
  ['001', '19', 'Videreutvikle «Pappa i fengsel»', 'Påbegynt.', 'STARTED', ['jd'], [], []],
];

describe('every measure of the corpus', () => {
  it('finds exactly the 15 measures, in order', () => {
    const found = corpus.flatMap((d) => d.measures.items.map((m) => `${d.prefix}:${m.number}`));
    expect(found).toEqual(MEASURES.map(([d, n]) => `${d}:${n}`));
  });

  it.each(MEASURES)('%s tiltak %s: %s', (prefix, number, title, statusText, status, responsible, involved, jointWork) => {
    const { text, measures } = doc(prefix);
    const m = measures.items.find((x) => x.number === number)!;
    expect({
      title: m.title,
      statusText: m.statusText,
      status: m.status,
      responsible: m.responsible.map(key),
      involved: m.involved.map(key),
      jointWork: m.jointWork.map((j) => j.actors.map(key)),
    }).toEqual({ title, statusText, status, responsible, involved, jointWork });
    expectQuote(text, m.titleSpan, title);
    expect(text.slice(m.heading.start, m.heading.end)).toMatch(new RegExp(`^Tiltak ?${number}:`, 'u'));
    if (statusText) expectQuote(text, m.statusSpan, statusText);
    expectQuote(text, m.responsibleSpan, m.responsibleText!);
    expect(m.responsibleText).toMatch(/^Ansvarlig/u);
    expectQuote(text, m.description, m.description!.text);
    if (m.progress) expectQuote(text, m.progress, m.progress.text);
    for (const a of [...m.responsible, ...m.involved, ...m.jointWork.flatMap((j) => j.actors)]) expectQuote(text, a, a.text);
    for (const j of m.jointWork) expect(j.span.start >= m.start && j.span.end <= m.end).toBe(true);
    expect(text.slice(m.start, m.end).startsWith(text.slice(m.heading.start, m.heading.end))).toBe(true);
    expect(text.slice(m.start, m.end).endsWith(m.responsibleText!)).toBe(true);
  });

  it('keeps the ministry as written and resolves it to its canonical name', () => {
    const m12 = doc('001').measures.items.find((m) => m.number === '12')!;
    expect(m12.responsible[0]).toMatchObject({ text: 'Helsedepartementet', key: 'hod', name: 'Helse- og omsorgsdepartementet' });
    const m13 = doc('001').measures.items.find((m) => m.number === '13')!;
    expect(m13.responsibleText).toBe('AnsvarligHelsedirektoratet');
  });
});

/** Seed 003's table: level, column → sector and the bodies in the cell. */
const CELLS: [level: string, column: number, sector: string, actors: string[], quotes?: string[]][] = [
  ['departement', 0, 'helse', ['hod']],
  ['departement', 2, 'utdanning', ['kd']],
  ['departement', 6, 'barn-familie', ['bld']],
  ['departement', 7, 'arbeid-velferd', ['asd']],
  ['departement', 8, 'justis', ['jd']],
  ['direktorat', 0, 'helse', ['hdir']],
  ['direktorat', 1, 'helse', ['hdir', 'rhf'], ['Hdir', 'De regionale helseforetakene']],
  ['direktorat', 2, 'utdanning', ['udir']],
  ['direktorat', 3, 'utdanning', ['udir']],
  ['direktorat', 4, 'utdanning', ['udir']],
  ['direktorat', 5, 'integrering', ['imdi']],
  ['direktorat', 6, 'barn-familie', ['bufdir']],
  ['direktorat', 7, 'arbeid-velferd', ['avdir']],
  ['direktorat', 8, 'justis', ['pod']],
  ['direktorat', 9, 'justis', ['sfk']],
  ['regional-stat', 0, 'helse', ['fylkesmannen']],
  ['regional-stat', 1, 'helse', ['spesialisthelsetjenesten']],
  ['regional-stat', 2, 'utdanning', ['fylkesmannen']],
  ['regional-stat', 5, 'integrering', ['fylkesmannen', 'imdi-regionskontor'], ['FM', 'IMDi regionskontor']],
  ['regional-stat', 6, 'barn-familie', ['fylkesmannen', 'bufetat', 'familievernet'], ['FM', 'Bufetat', 'Familievernet']],
  ['regional-stat', 7, 'arbeid-velferd', ['fylkesmannen']],
  ['regional-stat', 8, 'justis', ['politidistriktene'], ['Politi-distriktene']],
  ['regional-stat', 9, 'justis', ['konfliktradene'], ['Konflikt-rådene']],
  ['fylke', 1, 'helse', ['folkehelse-fylke']],
  ['fylke', 2, 'utdanning', ['videregaende-opplaering', 'karrieresentre', 'oppfolgingstjenesten'], ['VGO', 'karrieresentre', 'OT']],
  ['fylke', 3, 'utdanning', ['videregaende-opplaering']],
  ['fylke', 4, 'utdanning', ['ppt-fylke']],
  ['fylke', 7, 'arbeid-velferd', ['nav-fylke']],
  ['kommune', 0, 'helse', ['kommunale-helsetjenester']],
  ['kommune', 1, 'helse', ['helsestasjon-skolehelsetjenesten']],
  ['kommune', 2, 'utdanning', ['ot-radgivning'], ['OT-rådgivning']],
  ['kommune', 3, 'utdanning', ['barnehage', 'skole', 'sfo'], ['Barnehage', 'skole', 'SFO']],
  ['kommune', 4, 'utdanning', ['ppt']],
  ['kommune', 5, 'integrering', ['introduksjonsprogrammet']],
  ['kommune', 6, 'barn-familie', ['barnevernet', 'familievernet'], ['Barnevernet', 'Familievernet']],
  ['kommune', 7, 'arbeid-velferd', ['nav-kontor']],
  ['kommune', 8, 'justis', ['politirad', 'politikontakt'], ['Politiråd', 'Politikontakt']],
  ['kommune', 9, 'justis', ['slt']],
];

describe('the system-perspective table of seed 003', () => {
  const { text, tables } = doc('003');

  it('is the only table in the corpus', () => {
    expect(corpus.map((d) => d.tables.items.length)).toEqual([0, 0, 0, 1, 0]);
    expect(tables.items[0].columns).toHaveLength(10);
  });

  it('has exactly the listed non-empty cells', () => {
    expect(tables.items[0].cells.map((c) => `${c.levelKey}:${c.column}`)).toEqual(CELLS.map(([l, c]) => `${l}:${c}`));
  });

  it.each(CELLS)('%s × column %s (%s): %j', (level, column, sector, actors, quotes) => {
    const cell = tables.items[0].cells.find((c) => c.levelKey === level && c.column === column)!;
    expect(cell.sectorKey).toBe(sector);
    expect(cell.actors.map(key)).toEqual(actors);
    expectQuote(text, cell, cell.text);
    if (quotes) expect(cell.actors.map((a) => a.text)).toEqual(quotes);
    for (const a of cell.actors) {
      expectQuote(text, a, a.text);
      expect(a.key).not.toBeNull();
    }
  });
});

type InitiativeRow = {
  key: string | null;
  name: string;
  participants: string[];
  lead: string | null;
  period: [number, number | null] | null;
  buildsOn: string | null;
  partOf: string | null;
};

const row = (key: string, name: string, extra: Partial<InitiativeRow> = {}): InitiativeRow => ({
  key,
  name,
  participants: [],
  lead: null,
  period: null,
  buildsOn: null,
  partOf: null,
  ...extra,
});

const COLLABORATIONS: Record<string, InitiativeRow[]> = {
  '000': [
    row('0-24-samarbeidet', '0-24-samarbeidet'),
    row('bts', 'Bedre tverrfaglig samarbeid', { participants: ['ks', 'oslomet', 'nibr'] }),
    row('ks-laeringsnettverk', 'KS læringsnettverk', { lead: 'leads:ks' }),
  ],
  '001': [],
  '002': [
    row('bts', 'Bedre tverrfaglig samarbeid', {
      participants: ['hdir', 'avdir', 'imdi', 'bufdir', 'udir', 'ks'],
      lead: 'leads:udir',
      period: [2019, null],
    }),
    row('ks-laeringsnettverk', 'KS læringsnettverk', { lead: 'leads:ks' }),
    row('bti', 'Bedre tverrfaglig innsats', { lead: 'leads:hdir' }),
    row('modellkommune', 'Tidlig identifikasjon og oppfølging av utsatte barn', { lead: 'leads:bufdir' }),
  ],
  '003': [
    row('0-24-samarbeidet', '0-24-samarbeidet', { period: [2015, 2020] }),
    row('ny-giv', 'Ny GIV', { participants: ['kd', 'ad', 'bld'], period: [2011, 2013] }),
    row('kjernegruppen', 'Kjernegruppen for utsatte barn og unge', {
      participants: ['bfd', 'kd', 'hod', 'asd', 'jd', 'kud', 'kmd'],
      buildsOn: '0-24-samarbeidet',
    }),
    row('direktoratenes-struktur', 'Direktoratenes struktur for kjernegruppepiloten', {
      lead: 'coordinates:bufdir',
      period: [2022, null],
      partOf: 'Kjernegruppen for utsatte barn og unge',
    }),
    row('barn-og-unge-med-sammensatte-behov', 'Barn og unge med sammensatte behov', {
      participants: ['hdir', 'udir', 'statped', 'avdir', 'ehelse', 'flekkefjord-kommune', 'ks'],
      buildsOn: '0-24-samarbeidet',
    }),
  ],
  '004': [],
};

const summarise = (i: ParsedInitiative): InitiativeRow => ({
  key: i.key,
  name: i.name,
  participants: i.participants.map((p) => key(p.actor)),
  lead: i.lead ? `${i.lead.role}:${key(i.lead.actor)}` : null,
  period: i.period ? [i.period.startYear, i.period.endYear] : null,
  buildsOn: i.buildsOn ?? null,
  partOf: i.partOf ?? null,
});

describe('every collaboration of the corpus', () => {
  it.each(Object.keys(COLLABORATIONS))('seed %s', (prefix) => {
    const { text, collaborations } = doc(prefix);
    expect(collaborations.items.map(summarise)).toEqual(COLLABORATIONS[prefix]);
    for (const i of collaborations.items) {
      expect(i.documentId).toBe(documentId(doc(prefix).fileName));
      expect(text.slice(i.nameSpan.start, i.nameSpan.end)).not.toBe('');
      for (const p of [...i.participants, ...(i.lead ? [i.lead] : [])]) {
        expectQuote(text, p.actor, p.actor.text);
        const sentence = text.slice(p.evidence.start, p.evidence.end);
        expect(sentence).toContain(p.actor.text);
        expect(sentence).not.toMatch(/Idun|Klette|Låhne/u);
      }
      for (const span of [i.description, i.period, i.buildsOnEvidence, i.partOfEvidence]) {
        if (span) expect(span.end).toBeGreaterThan(span.start);
      }
    }
  });

  it('gives the 0-24 collaboration its period and its successors', () => {
    const [zero] = doc('003').collaborations.items;
    expectQuote(doc('003').text, zero.period, '2015 – 2020');
    const successors = corpus.flatMap((d) => d.collaborations.items).filter((i) => i.buildsOn === '0-24-samarbeidet');
    expect(successors.map((i) => i.key)).toEqual(['kjernegruppen', 'barn-og-unge-med-sammensatte-behov']);
  });
});

describe('document metadata of the corpus', () => {
  it('titles, dates and classifies every seed', () => {
    expect(corpus.map((d) => [d.prefix, d.meta.title, d.meta.year, d.meta.genre])).toEqual([
      ['000', 'Statusrapport: tiltak 20–22', 2020, 'status-report'],
      ['001', 'Statusrapport: tiltak 8–19', 2019, 'status-report'],
      ['002', 'Bedre tverrfaglig samarbeid', 2019, 'project-page'],
      ['003', 'Videre arbeid med utsatte barn og unge i kommunene', 2022, 'slide-deck'],
      ['004', 'Godt samarbeid rundt barn og unge som trenger hjelp fra flere tjenester', null, 'goals-page'],
    ]);
  });
});

describe('robustness', () => {
  it('never throws on truncated or empty documents', () => {
    const parsers = [parseMeasureBlocks, parseSystemTable, parseCollaborations];
    const source: ParseSource = { documentId: documentId('cut.txt'), fileName: 'cut.txt' };
    for (const d of corpus) {
      for (let k = 0; k <= d.text.length; k += 97) {
        for (const piece of [d.text.slice(0, k), d.text.slice(k)]) {
          for (const parse of parsers) expect(() => parse(piece, source)).not.toThrow();
          expect(() => parseDocumentMeta(piece, 'cut.txt')).not.toThrow();
          expect(() => redactPeople(piece, { includePeople: false })).not.toThrow();
        }
      }
    }
    for (const parse of parsers) expect(parse('', source)).toEqual({ items: [], issues: [] });
  }, 180_000);
});
