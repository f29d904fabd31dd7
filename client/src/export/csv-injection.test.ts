/**
 * CSV formula injection: a cell a spreadsheet would read as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is exported with a
 * leading apostrophe, so Excel, LibreOffice and Sheets show it as text.
 */
import { describe, expect, it } from 'vitest';
import { BOM, graphTable, toCsv, type ExportLabels } from './index.ts';
import type { ExportGraph } from './model.ts';
import { translator } from '../i18n/index.ts';

const labels: ExportLabels = { lang: 'nb', t: translator('nb'), sectorName: (id) => id, levelName: (id) => id, documentTitle: (id) => id };
/** The CSV of a graph, as the explorer writes it. */
const csvOf = (g: ExportGraph) => toCsv(graphTable(g, labels));

/** Parses the CSV `toCsv` writes (a BOM, ";" between cells, quoted cells, "" for a quote, CRLF rows). */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  csv = csv.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const node = (name: string) => ({
  id: 'actor:x',
  label: name,
  name,
  type: 'Actor',
  kind: 'ORGANISATION',
  status: '',
  sector: '',
  sectors: [],
  levels: [],
  documents: [],
  x: 0,
  y: 0,
  color: '#000000',
  size: 10,
});

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","klikk")'],
    ['+47 22 00 00 00'],
    ['-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('neutralises a cell that starts like a formula: %j', (name) => {
    const g = { nodes: [node(name)], edges: [] } as unknown as ExportGraph;
    const [, row] = parseCsv(csvOf(g));
    // Name column (the short name is empty when it equals the name).
    expect(row[1]).toBe(`'${name}`);
  });

  it('leaves ordinary cells, numbers and inner signs as they are', () => {
    const g = {
      nodes: [node('Barne-, ungdoms- og familiedirektoratet')],
      edges: [{ id: 'a-[COORDINATES_WITH]->b', type: 'COORDINATES_WITH', source: 'a', target: 'b', kinds: ['JOINT_WORK'], weight: 3, documents: ['doc:x'] }],
    } as unknown as ExportGraph;
    const [, n, e] = parseCsv(csvOf(g));
    expect(n[1]).toBe('Barne-, ungdoms- og familiedirektoratet');
    expect(e[14]).toBe('a-[COORDINATES_WITH]->b');
    expect(e[10]).toBe('3');
  });
});
