/**
 * Tables in plain text. Two layouts:
 * - delimited: consecutive lines cut into cells by tabs or bars ("│", "|");
 * - flattened: a web or PDF table that lost its grid, one cell per line
 *   (with or without bullets, with or without blank lines between). A run of
 *   header cells ("Nr", "Tiltak", "Ansvarlig departement") sets the column
 *   count; the rows follow. With a number column, each row starts at a
 *   number and a short line where a number should be is a group heading.
 */
import type { Line } from '../text-layout.ts';
import type { TextSpan } from '../types.ts';
import { labelOf, MEASURE_COLUMNS } from './labels.ts';
import { readDelimitedCells } from './lines.ts';
import type { FieldLabel, TableRow } from './types.ts';

/** A table found among the lines: which lines it takes, and its parts. */
export interface FoundTable {
  firstLine: number;
  /** Index after the last line it takes. */
  endLine: number;
  layout: 'delimited' | 'flattened';
  header: TextSpan[] | null;
  columns: (FieldLabel | null)[];
  rows: TableRow[];
}

const MAX_HEADER_CELL = 40;
const MAX_SHORT_CELL = 150;
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*[a-zæøå]?[.)]?$/u;
const LEADING_BULLET = /^[•\-*–▪◦·●]\s+/u;

/** A line's text as a cell: trimmed, bullet dropped. */
function cellOf(line: Line): TextSpan {
  let s = 0;
  let e = line.text.length;
  while (s < e && /\s/u.test(line.text[s])) s++;
  while (e > s && /\s/u.test(line.text[e - 1])) e--;
  const bullet = LEADING_BULLET.exec(line.text.slice(s, e));
  if (bullet) s += bullet[0].length;
  return { start: line.start + s, end: line.start + e, text: line.text.slice(s, e) };
}

const isBlankLine = (l: Line) => !/\S/u.test(l.text);

/** Whether header labels describe a table of measures: a measure or number column, and one more that says who or how far. */
function isMeasureHeader(labels: readonly (FieldLabel | null)[]): boolean {
  const known = labels.filter((l): l is FieldLabel => l !== null && MEASURE_COLUMNS.has(l));
  return known.length >= 2 && (known.includes('measure') || known.includes('number')) && known.some((l) => l === 'responsible' || l === 'status' || l === 'co-responsible' || l === 'deadline');
}

/** The flattened table whose header starts at line `i`, or null. */
function flattenedAt(lines: readonly Line[], i: number): FoundTable | null {
  const header: TextSpan[] = [];
  const cellLines: number[] = [];
  let j = i;
  for (; j < lines.length && header.length < 8; j++) {
    if (isBlankLine(lines[j])) continue;
    const cell = cellOf(lines[j]);
    if (cell.text.length > MAX_HEADER_CELL || !labelOf(cell.text)) break;
    header.push(cell);
  }
  const columns = header.map((h) => labelOf(h.text));
  if (header.length < 2 || !isMeasureHeader(columns)) return null;
  if (new Set(columns).size !== columns.length) return null;

  // The non-blank lines after the header, as cells, read only as far as the table goes.
  let scan = j;
  const cellLineAt = (n: number): number | undefined => {
    while (cellLines.length <= n && scan < lines.length) {
      if (!isBlankLine(lines[scan])) cellLines.push(scan);
      scan++;
    }
    return cellLines[n];
  };
  const width = header.length;
  const numbered = columns[0] === 'number';
  const rows: TableRow[] = [];
  let group: TextSpan | null = null;
  let p = 0;
  let lastLine = j - 1;
  while (cellLineAt(p) !== undefined) {
    const first = cellOf(lines[cellLines[p]]);
    if (numbered && !ROW_NUMBER.test(first.text)) {
      // A short line where a number should be: a group heading, if a numbered row follows it.
      const next = cellLineAt(p + 1) !== undefined ? cellOf(lines[cellLines[p + 1]]) : null;
      if (first.text.length <= 100 && !/[.!?]$/u.test(first.text) && next && ROW_NUMBER.test(next.text)) {
        group = first;
        p++;
        continue;
      }
      break;
    }
    const cells: (TextSpan | null)[] = [first];
    let q = p + 1;
    for (; cellLineAt(q) !== undefined && cells.length < width; q++) {
      const c = cellOf(lines[cellLines[q]]);
      // A row cut short: the next row's number arrives early.
      if (numbered && ROW_NUMBER.test(c.text) && cells.length >= 2) break;
      cells.push(c);
    }
    // Cells that say who or how far are short; a long one means the table has ended.
    const tooLong = cells.some((c, k) => c && columns[k] !== 'measure' && c.text.length > MAX_SHORT_CELL);
    if (tooLong || (!numbered && cells.length < width)) break;
    while (cells.length < width) cells.push(null);
    const filled = cells.filter((c): c is TextSpan => c !== null);
    rows.push({ start: filled[0].start, end: filled[filled.length - 1].end, cells, group });
    lastLine = cellLines[q - 1];
    p = q;
  }
  if (!rows.length) return null;
  return { firstLine: i, endLine: lastLine + 1, layout: 'flattened', header, columns, rows };
}

/** The delimited table starting at line `i`, or null. */
function delimitedAt(lines: readonly Line[], i: number): FoundTable | null {
  const rowsCells: { line: Line; cells: TextSpan[] }[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const cells = readDelimitedCells(lines[j]);
    if (!cells) break;
    rowsCells.push({ line: lines[j], cells });
  }
  if (rowsCells.length < 2) return null;
  const headLabels = rowsCells[0].cells.map((c) => (c.text.length <= MAX_HEADER_CELL ? labelOf(c.text) : null));
  const hasHeader = headLabels.filter(Boolean).length >= 2;
  const body = hasHeader ? rowsCells.slice(1) : rowsCells;
  return {
    firstLine: i,
    endLine: j,
    layout: 'delimited',
    header: hasHeader ? rowsCells[0].cells : null,
    columns: hasHeader ? headLabels : rowsCells[0].cells.map(() => null),
    rows: body.map((r) => ({ start: r.cells[0].start, end: r.cells[r.cells.length - 1].end, cells: r.cells, group: null })),
  };
}

/** Every table in the lines, in order, never overlapping. */
export function findTables(lines: readonly Line[]): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlankLine(lines[i])) continue;
    const t = delimitedAt(lines, i) ?? flattenedAt(lines, i);
    if (t) {
      out.push(t);
      i = t.endLine - 1;
    }
  }
  return out;
}
