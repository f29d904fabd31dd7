import { describe, expect, it } from 'vitest';
import { parseStructure } from './parse-structure.ts';
import type { Block } from './types.ts';

const kinds = (blocks: readonly Block[]) => blocks.map((b) => (b.kind === 'item' ? `item:${b.marker.type}:${b.marker.value}` : b.kind === 'field' ? `field:${b.label}` : b.kind));

describe('parseStructure', () => {
  it('finds headings, paragraphs, items and fields, each quoting its text', () => {
    const text = [
      'Handlingsplan for trygg oppvekst',
      '',
      'Planen har fire innsatsområder. Den følges opp årlig.',
      '',
      '• Første punkt',
      '• Andre punkt',
      '',
      'a) Et delpunkt',
      '',
      'Ansvarlig: Kunnskapsdepartementet',
      'Status',
      'Deltakere: Bufdir og Helsedirektoratet',
    ].join('\n');
    const { blocks } = parseStructure(text);
    expect(kinds(blocks)).toEqual(['heading', 'paragraph', 'item:bullet:', 'item:bullet:', 'item:letter:a', 'field:responsible', 'field:status', 'field:participants']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    const responsible = blocks[5];
    expect(responsible.kind === 'field' && responsible.value?.text).toBe('Kunnskapsdepartementet');
    expect(blocks.map((b) => b.line)).toEqual([1, 3, 5, 6, 8, 10, 11, 12]);
  });

  it('reads every measure marker: "Tiltak 3.2:", "Tiltak15:", "12)", "29c", "B)"', () => {
    const text = 'Tiltak 3.2: Første\n\nTiltak15: Andre\n\n12) Tolvte\n\n29c Et underpunkt\n\nB) Stor bokstav';
    expect(kinds(parseStructure(text).blocks)).toEqual(['item:measure:3.2', 'item:measure:15', 'item:number:12', 'item:letter:29c', 'item:letter:B']);
  });

  it('does not read a date at the start of a line as a numbered item', () => {
    expect(kinds(parseStructure('25. oktober 2018 ble planen lagt fram.').blocks)).toEqual(['paragraph']);
  });

  it('splits numbered items that PDF text put on one line, in sequence only', () => {
    const text = '3. Råd for ungdom (KMD) 4. Endringer i loven (JD) 6. Ikke neste nummer';
    const items = parseStructure(text).blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => (b.kind === 'item' ? [b.marker.value, b.body.text] : []))).toEqual([
      ['3', 'Råd for ungdom (KMD)'],
      ['4', 'Endringer i loven (JD) 6. Ikke neste nummer'],
    ]);
    for (const b of items) if (b.kind === 'item') expect(text.slice(b.body.start, b.body.end)).toBe(b.body.text);
  });

  it('reads a glued responsible line and a label with its colon lost', () => {
    const { blocks } = parseStructure('AnsvarligHelsedirektoratet\n\nAnsvarleg departement: KD');
    expect(blocks.map((b) => (b.kind === 'field' ? [b.label, b.value?.text] : b.kind))).toEqual([
      ['responsible', 'Helsedirektoratet'],
      ['responsible', 'KD'],
    ]);
  });

  it('rebuilds a table flattened to one cell per line, with group headings between rows', () => {
    const text = ['Nr', '', 'Tiltak', '', 'Ansvarlig departement', '', ' ', '', 'Kunnskap', '', '1', '', 'Første tiltak', '', 'Kunnskapsdepartementet', '', '2', '', 'Andre tiltak', '', 'Justis- og beredskapsdepartementet', '', 'Samarbeid', '', '3', '', 'Tredje tiltak', '', 'B'].join('\n');
    const [table] = parseStructure(text).blocks;
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.columns).toEqual(['number', 'measure', 'responsible']);
    expect(table.rows.map((r) => [r.group?.text, ...r.cells.map((c) => c?.text)])).toEqual([
      ['Kunnskap', '1', 'Første tiltak', 'Kunnskapsdepartementet'],
      ['Kunnskap', '2', 'Andre tiltak', 'Justis- og beredskapsdepartementet'],
      ['Samarbeid', '3', 'Tredje tiltak', 'B'],
    ]);
  });

  it('reads the same flattened table with bullets and without blank lines, in Nynorsk', () => {
    const text = ['• Tiltak', '• Ansvarleg departement', '• Status', '• Betre samarbeid', '• KD', '• Byrja', '• Ny rettleiar', '• HOD', '• Ikkje starta'].join('\n');
    const [table] = parseStructure(text).blocks;
    expect(table.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
      ['Betre samarbeid', 'KD', 'Byrja'],
      ['Ny rettleiar', 'HOD', 'Ikkje starta'],
    ]);
  });

  it('reads tab- and bar-delimited tables with a header row', () => {
    const tabs = parseStructure('Tiltak\tAnsvar\tStatus\nFelles veileder\tBufdir\tI rute').blocks[0];
    const bars = parseStructure('| Tiltak | Ansvar | Frist |\n| Felles veileder | Bufdir | 2025 |').blocks[0];
    for (const t of [tabs, bars]) {
      expect(t.kind).toBe('table');
      if (t.kind === 'table') expect(t.rows[0].cells.map((c) => c?.text)).toEqual(expect.arrayContaining(['Felles veileder', 'Bufdir']));
    }
  });

  it('is linear: ten times the text takes about ten times the work', () => {
    const unit = 'Tiltak 1: Noe\n\nStatus\n\nI rute.\n\nAnsvarlig: KD\n\n• punkt\n1. Nummer\nEn lang linje uten punktum\n';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      parseStructure(text);
      return performance.now() - t0;
    };
    time(200);
    const small = Math.min(time(200), time(200));
    const large = Math.min(time(2000), time(2000));
    expect(large / Math.max(small, 0.5)).toBeLessThan(40);
  });
});
