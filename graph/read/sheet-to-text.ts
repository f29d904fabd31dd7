/**
 * Spreadsheet rows as document text, with each cell's address as its source
 * ("Ark1!C7"). A sheet whose header row names measures, responsible bodies
 * and status (Tiltak, Nr, Ansvar, Ansvarlig, Status, Frist; Bokmål or
 * Nynorsk, any column order: the labels of graph/parse/structure) becomes a
 * tab-delimited table, which the parsers read as a table of measures. A sheet
 * of organisations and their parent bodies gives actor records. Other sheets
 * are written row by row, so the bodies they name are still found. Pure.
 */
import { labelOf, MEASURE_COLUMNS } from '../parse/index.ts';
import { TextBuilder } from './source-map.ts';
import type { ActorRecord, DocumentFormat, ReadNote, ReadResult } from './types.ts';

/** One cell as read: its text (a formula's cached value, never evaluated) and address. */
export interface SheetCell {
  text: string;
  /** "C7". */
  address: string;
  /** 1-based row. */
  row: number;
}

export interface SheetData {
  name: string;
  /** Rows in order; a row is its cells by column (null where empty). */
  rows: (SheetCell | null)[][];
}

const ORGANISATION = /^(?:organisasjon(?:en)?|organisasjonar|organisasjoner|virksomhet(?:en)?|verksemd(?:a)?|aktør(?:en)?|instans|etat|enhet|eining|organ|navn|namn|organisasjonsnavn|organisasjonsnamn)$/u;
const PARENT = /^(?:overordnet(?: organ| virksomhet| departement| enhet)?|overordna(?: organ| verksemd| departement| eining)?|underlagt|ligger under|tilhører|høyrer til|hører til|del av|eier|eigar|moderorganisasjon|morselskap)$/u;

const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/[:*]+$/u, '').replace(/\s+/gu, ' ').trim();

/** What the header row says the sheet is. */
export function sheetKind(header: readonly (SheetCell | null)[]): { kind: 'measures' } | { kind: 'actors'; name: number; parent: number } | null {
  const labels = header.map((c) => (c ? labelOf(c.text) : null));
  const known = labels.filter((l) => l !== null && MEASURE_COLUMNS.has(l));
  if (known.length >= 2 && (known.includes('measure') || known.includes('number')) && known.some((l) => l === 'responsible' || l === 'status' || l === 'co-responsible' || l === 'deadline')) return { kind: 'measures' };
  const name = header.findIndex((c) => c !== null && ORGANISATION.test(key(c.text)));
  const parent = header.findIndex((c) => c !== null && PARENT.test(key(c.text)));
  if (name >= 0 && parent >= 0) return { kind: 'actors', name, parent };
  return null;
}

const HEADER_SEARCH_ROWS = 10;

/** The sheets as text: title rows as lines, a recognised table as tab-delimited rows. */
export function sheetsToText(sheets: readonly SheetData[], format: DocumentFormat): Pick<ReadResult, 'text' | 'sourceMap' | 'actors' | 'notes'> {
  const out = new TextBuilder();
  const actors: ActorRecord[] = [];
  const notes: ReadNote[] = [];
  const withName = sheets.filter((s) => s.rows.some((r) => r.some((c) => c && c.text))).length > 1;
  for (const sheet of sheets) {
    const rows = sheet.rows.filter((r) => r.some((c) => c && c.text.trim()));
    if (!rows.length) continue;
    out.breakBlock(2);
    if (withName) {
      out.append(sheet.name);
      out.breakBlock(2);
    }
    const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => sheetKind(r) !== null);
    const kind = headerAt >= 0 ? sheetKind(rows[headerAt]) : null;
    // Rows above the header (titles, notes) as lines of their own.
    const before = headerAt >= 0 ? rows.slice(0, headerAt) : [];
    for (const r of before) {
      writeRow(out, sheet.name, r, ' ');
      out.breakBlock(2);
    }
    const table = headerAt >= 0 ? rows.slice(headerAt) : rows;
    const width = Math.max(...table.map((r) => r.length));
    table.forEach((r, i) => {
      if (i > 0) out.breakBlock(1);
      const rowStart = out.size;
      const spans = writeRow(out, sheet.name, padded(r, kind ? width : r.length), '\t');
      if (kind?.kind === 'actors' && i > 0) {
        const name = spans[kind.name];
        if (name) actors.push({ name, parent: spans[kind.parent] ?? null, row: { start: rowStart, end: out.size } });
      }
    });
    if (kind) notes.push({ message: `sheet "${sheet.name}" read as ${kind.kind === 'measures' ? 'a table of measures' : 'a list of organisations and their parent bodies'}` });
  }
  out.breakBlock(1);
  const { text, sourceMap } = out.build(format);
  return { text, sourceMap, actors, notes };
}

function padded(row: readonly (SheetCell | null)[], width: number): (SheetCell | null)[] {
  const out = [...row];
  while (out.length < width) out.push(null);
  return out;
}

/** Writes a row's cells joined by `sep`, each with its cell address; returns each column's span in the text. */
function writeRow(out: TextBuilder, sheet: string, row: readonly (SheetCell | null)[], sep: string): ({ start: number; end: number; text: string } | null)[] {
  const spans: ({ start: number; end: number; text: string } | null)[] = [];
  const cells = sep === '\t' ? row : row.filter((c) => c && c.text.trim());
  cells.forEach((c, i) => {
    if (i > 0) out.append(sep);
    const text = c ? c.text.replace(/[\s\u00a0]+/gu, ' ').trim() : '';
    if (!c || !text) {
      spans.push(null);
      return;
    }
    const start = out.size;
    out.append(text, { location: `${sheetRef(sheet)}!${c.address}`, row: c.row });
    spans.push({ start, end: out.size, text });
  });
  return spans;
}

/** A sheet name as a reference writes it: quoted when it has spaces or punctuation. */
function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

/** "C" for column 3 (1-based). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
