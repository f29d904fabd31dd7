import { describe, expect, it } from 'vitest';
import { mendSplitWords, parseSystemTable } from './index.ts';
import { expectQuote, fixtureSource } from './test-support.ts';

const source = fixtureSource('table.txt');
const row = (...cells: string[]) => cells.join('\t');

/** The first three rows of seed 003's table, and its trailing empty row. */
const EXCERPT = [
  'Systemperspektiv; utfordringen går på tvers av sektorer og forvaltningsnivåer',
  '',
  row('Departement', 'Helse- og omsorgsdepartementet', '', 'Kunnskapsdepartementet', '', '', '', 'Barne- og likestillingsdepartementet', 'Arbeids- og sosialdepartementet', 'Justis- og beredskapsdepartementet', ''),
  row('Direktorat', 'Hdir', 'Hdir og De regionale helseforetakene', 'Udir', 'Udir', 'Udir', 'IMDi', 'Bufdir', 'AVdir', 'POD', 'Sfk'),
  row('Regional stat', 'FM', 'Spesialhelsetjenesten', 'FM', '', '', 'FM IMDi regionskontor', 'FM Bufetat Familievernet', 'FM', 'Politi-distriktene', 'Konflikt-rådene'),
  row('', '', '', '', '', '', '', '', '', '', ''),
  '',
  'En av syv livshendelser',
].join('\n');

describe('parseSystemTable', () => {
  const { items, issues } = parseSystemTable(EXCERPT, source);
  const [table] = items;
  const cell = (level: string, column: number) => table.cells.find((c) => c.levelKey === level && c.column === column);

  it('finds one table spanning its non-empty rows', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(1);
    expect(EXCERPT.slice(table.start, table.end)).toMatch(/^Departement\t.*\tKonflikt-rådene$/su);
  });

  it('merges empty header cells into the ministry on their left', () => {
    expect(table.columns.map((c) => c.ministry?.key ?? null)).toEqual(['hod', 'hod', 'kd', 'kd', 'kd', 'kd', 'bld', 'asd', 'jd', 'jd']);
    expect(table.columns[1].ministry).toBe(table.columns[0].ministry);
    const header = table.cells.filter((c) => c.levelKey === 'departement');
    expect(header.map((c) => [c.column, c.columnSpan, c.actors[0].key])).toEqual([
      [0, 2, 'hod'],
      [2, 4, 'kd'],
      [6, 1, 'bld'],
      [7, 1, 'asd'],
      [8, 2, 'jd'],
    ]);
  });

  it('takes a column\'s sector from its directorate, else from its ministry', () => {
    expect(table.columns.map((c) => c.sectorKey)).toEqual([
      'helse', 'helse', 'utdanning', 'utdanning', 'utdanning', 'integrering', 'barn-familie', 'arbeid-velferd', 'justis', 'justis',
    ]);
  });

  it('splits cells naming several bodies, with spans in the source', () => {
    expect(cell('regional-stat', 6)!.actors.map((a) => [a.text, a.key])).toEqual([
      ['FM', 'fylkesmannen'],
      ['Bufetat', 'bufetat'],
      ['Familievernet', 'familievernet'],
    ]);
    expect(cell('regional-stat', 5)!.actors.map((a) => a.key)).toEqual(['fylkesmannen', 'imdi-regionskontor']);
    expect(cell('direktorat', 1)!.actors.map((a) => a.key)).toEqual(['hdir', 'rhf']);
    for (const c of table.cells) {
      expectQuote(EXCERPT, c, c.text);
      for (const a of c.actors) expectQuote(EXCERPT, a, a.text);
    }
  });

  it('mends line-break hyphens; the span keeps the source form', () => {
    const police = cell('regional-stat', 8)!.actors[0];
    expect(police).toMatchObject({ text: 'Politi-distriktene', key: 'politidistriktene', name: 'Politidistriktene' });
    expect(cell('regional-stat', 9)!.actors[0]).toMatchObject({ text: 'Konflikt-rådene', key: 'konfliktradene', name: 'Konfliktrådene' });
  });

  it('skips empty cells and the trailing empty row', () => {
    expect(cell('regional-stat', 3)).toBeUndefined();
    expect(table.cells).toHaveLength(5 + 10 + 8);
  });

  it('keeps unknown bodies as uncurated, reports rows without a level, and reads "Fylke/ fylkeskommune"', () => {
    const text = [
      row('Departement', 'Kunnskapsdepartementet', ''),
      row('Direktorat', 'Udir', 'Nasjonalt senter for foo'),
      row('Fylke/ fylkeskommune', 'Videregående opplæring', 'Skole-eier'),
      row('Andre', 'Noe', ''),
    ].join('\n');
    const { items: [t], issues: found } = parseSystemTable(text, source);
    expect(t.columns.map((c) => c.sectorKey)).toEqual(['utdanning', 'utdanning']);
    expect(t.cells.find((c) => c.column === 1 && c.levelKey === 'direktorat')!.actors).toEqual([
      expect.objectContaining({ key: null, name: 'Nasjonalt senter for foo' }),
    ]);
    expect(t.cells.find((c) => c.column === 1 && c.levelKey === 'fylke')!.actors).toEqual([
      // The general rule mends an unknown word too: the name is mended, the span keeps the source.
      expect.objectContaining({ key: null, name: 'Skoleeier', text: 'Skole-eier' }),
    ]);
    expect(found.map((i) => [i.line, i.severity])).toEqual([
      [2, 'info'],
      [3, 'info'],
      [4, 'warning'],
    ]);
  });

  it('ignores tab-separated lines that are not a level table', () => {
    expect(parseSystemTable('a\tb\nc\td', source)).toEqual({ items: [], issues: [] });
  });
});

describe('mendSplitWords', () => {
  it.each([
    ['Politi-distriktene', 'Politidistriktene'],
    ['Konflikt-rådene', 'Konfliktrådene'],
    ['OT-rådgivning', 'OT-rådgivning'],
    ['Direktoratet for e-helse', 'Direktoratet for e-helse'],
    ['Helse- og omsorgsdepartementet', 'Helse- og omsorgsdepartementet'],
    ['SLT-samarbeidet', 'SLT-samarbeidet'],
    ['Lokalt NAV-kontor', 'Lokalt NAV-kontor'],
  ])('%s → %s', (input, expected) => {
    const mended = mendSplitWords(input);
    expect(mended.text).toBe(expected);
    expect(mended.map).toHaveLength(expected.length + 1);
    for (let i = 0; i < mended.text.length; i++) expect(input[mended.map[i]]).toBe(mended.text[i]);
  });
});
