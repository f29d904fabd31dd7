/**
 * Reads tab-separated "system perspective" tables (seed 003): rows are
 * administrative levels, columns are sectors, each cell names the bodies that
 * serve that sector at that level. The ministry header row has merged cells:
 * an empty header cell continues the one on its left.
 */
import type { DocumentId } from '../model/index.ts';
import { levelByRowLabel, LEVELS } from '../model/index.ts';
import { entryByKey, primarySectorKey } from '../gazetteer/index.ts';
import { parseActorList } from './actor-list.ts';
import { issueAt } from './issues.ts';
import { splitLines, trimSpan, type Line } from './text-layout.ts';
import type { ActorMention, ParseIssue, ParseResult, ParseSource, Span } from './types.ts';

/** One column: the ministry heading it (merged header cells share one) and its sector. */
export interface TableColumn {
  index: number;
  ministry: ActorMention | null;
  sectorKey: string | null;
}

/** One non-empty cell: header cells are level "departement" and may span several columns. */
export interface TableCell extends Span {
  levelKey: string;
  levelRank: number;
  column: number;
  /** Columns the cell covers: more than 1 only for merged header cells. */
  columnSpan: number;
  sectorKey: string | null;
  /** As written. */
  text: string;
  actors: ActorMention[];
}

/** One table with its columns and cells. */
export interface ParsedSystemTable extends Span {
  documentId: DocumentId;
  columns: TableColumn[];
  cells: TableCell[];
}

interface RawCell extends Span {
  text: string;
}

interface Row {
  line: Line;
  label: RawCell;
  cells: RawCell[];
}

/** The tab-separated cells of a line, each trimmed, with offsets. */
function splitCells(line: Line): RawCell[] {
  const out: RawCell[] = [];
  let start = line.start;
  for (const part of line.text.split('\t')) {
    const end = start + part.length;
    const t = trimSpan(line.text, start - line.start, end - line.start);
    out.push({ start: line.start + t.start, end: line.start + t.end, text: line.text.slice(t.start, t.end) });
    start = end + 1;
  }
  return out;
}

/** Runs of consecutive lines that contain tabs; a table needs at least two rows labelled with a level. */
function tableRuns(lines: readonly Line[]): Line[][] {
  const runs: Line[][] = [];
  let cur: Line[] = [];
  for (const line of lines) {
    if (line.text.includes('\t')) cur.push(line);
    else {
      if (cur.length) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  return runs.filter((run) => run.filter((l) => levelByRowLabel(l.text.split('\t')[0]) !== null).length >= 2);
}

/** The sectors of the curated bodies in a cell, when they agree on exactly one. */
function singleSector(actors: readonly ActorMention[]): string | null {
  const sectors = new Set<string>();
  for (const a of actors) {
    const entry = a.key ? entryByKey(a.key) : null;
    if (entry) for (const s of entry.sectorKeys) sectors.add(s);
  }
  return sectors.size === 1 ? [...sectors][0] : null;
}

/** Every system-perspective table in `text`. */
export function parseSystemTable(text: string, source: ParseSource): ParseResult<ParsedSystemTable> {
  const items: ParsedSystemTable[] = [];
  const issues: ParseIssue[] = [];
  const cellActors = (cell: RawCell) => parseActorList(text, cell.start, cell.end, { mendHyphens: true });

  for (const run of tableRuns(splitLines(text))) {
    const rows: Row[] = [];
    for (const line of run) {
      const [label, ...cells] = splitCells(line);
      if (!label.text && cells.every((c) => !c.text)) continue; // an all-empty row
      if (!levelByRowLabel(label.text)) {
        issues.push(issueAt(text, source, label.text ? label : line, `Table row "${label.text || line.text.trim()}" is not an administrative level; skipped`));
        continue;
      }
      rows.push({ line, label, cells });
    }
    const width = Math.max(...rows.map((r) => r.cells.length));
    const header = rows.find((r) => levelByRowLabel(r.label.text)?.key === 'departement') ?? null;
    const directorates = rows.find((r) => levelByRowLabel(r.label.text)?.key === 'direktorat') ?? null;

    // Header: an empty cell continues the ministry on its left.
    const ministries: (ActorMention | null)[] = [];
    const headerCells: TableCell[] = [];
    let current: ActorMention | null = null;
    let currentCell: TableCell | null = null;
    for (let c = 0; c < width; c++) {
      const raw = header?.cells[c];
      if (raw?.text) {
        const actors = cellActors(raw);
        if (actors.length !== 1) issues.push(issueAt(text, source, raw, `Header cell "${raw.text}" names ${actors.length} bodies, expected one ministry`));
        current = actors[0] ?? null;
        const entry = current?.key ? entryByKey(current.key) : null;
        currentCell = {
          levelKey: LEVELS[0].key,
          levelRank: LEVELS[0].rank,
          column: c,
          columnSpan: 1,
          sectorKey: entry ? primarySectorKey(entry) : null,
          text: raw.text,
          start: raw.start,
          end: raw.end,
          actors,
        };
        headerCells.push(currentCell);
      } else if (currentCell) {
        currentCell.columnSpan++;
      }
      ministries.push(current);
    }

    const columns: TableColumn[] = ministries.map((ministry, index) => {
      const dir = directorates?.cells[index];
      const fromDirectorate = dir?.text ? singleSector(cellActors(dir)) : null;
      const entry = ministry?.key ? entryByKey(ministry.key) : null;
      return { index, ministry, sectorKey: fromDirectorate ?? (entry ? primarySectorKey(entry) : null) };
    });

    const cells: TableCell[] = [...headerCells];
    for (const row of rows) {
      if (row === header) continue;
      const level = levelByRowLabel(row.label.text)!;
      row.cells.forEach((raw, c) => {
        if (!raw.text) return;
        const actors = cellActors(raw);
        for (const a of actors) {
          if (!a.key && !a.serviceKey) issues.push(issueAt(text, source, a, `Table cell body "${a.name}" is not in the gazetteer (kept as uncurated)`, 'info'));
        }
        cells.push({
          levelKey: level.key,
          levelRank: level.rank,
          column: c,
          columnSpan: 1,
          sectorKey: columns[c]?.sectorKey ?? null,
          text: raw.text,
          start: raw.start,
          end: raw.end,
          actors,
        });
      });
    }
    cells.sort((a, b) => a.levelRank - b.levelRank || a.column - b.column);

    const lastRow = rows[rows.length - 1];
    const span = trimSpan(text, rows[0].line.start, lastRow.line.end);
    items.push({ documentId: source.documentId, ...span, columns, cells });
  }
  issues.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { items, issues };
}
