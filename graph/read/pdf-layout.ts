/**
 * PDF pages as text, from the positions of their text runs (as pdf.js gives
 * them): runs on one baseline make a row; a wide gap inside a row parts its
 * cells; a page whose rows leave a gutter free makes two columns, read left
 * column first; rows whose cells line up under the same x positions make a
 * table, written as tab-delimited rows (a cell that wraps over several lines
 * is joined back into its row); other rows make lines, joined into
 * paragraphs when a line runs to the right margin. Running headers and
 * footers (the same text at the top or bottom of most pages, page numbers
 * aside) are dropped. Every run keeps its page and box. Pure.
 */
import { TextBuilder } from './source-map.ts';
import type { SourceMap, SourcePage } from './types.ts';

/** A text run on a page: baseline origin (x, y) in PDF points from the bottom-left, width, font size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageRuns {
  page: number;
  label: string | null;
  width: number;
  height: number;
  runs: PdfRun[];
}

interface Segment {
  runs: PdfRun[];
  x: number;
  right: number;
  size: number;
}

interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Rows of a page: runs grouped by baseline, each row parted into segments at wide gaps. */
export function rowsOf(runs: readonly PdfRun[]): Row[] {
  const sorted = runs.filter((r) => r.text.trim() && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; runs: PdfRun[] }[] = [];
  for (const run of sorted) {
    const row = rows.find((r) => Math.abs(r.y - run.y) < 0.4 * Math.min(r.size, run.size));
    if (row) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((row) => {
    row.runs.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const run of row.runs) {
      const last = segments[segments.length - 1];
      if (last && run.x - last.right < 0.9 * Math.max(run.size, last.size)) {
        last.runs.push(run);
        last.right = Math.max(last.right, run.x + run.width);
        last.size = Math.max(last.size, run.size);
      } else segments.push({ runs: [run], x: run.x, right: run.x + run.width, size: run.size });
    }
    return { y: row.y, size: row.size, segments };
  });
}

const segmentText = (s: Segment) => s.runs.map((r) => r.text).join(' ').replace(/\s+/gu, ' ').trim();
const rowKey = (row: Row) => row.segments.map(segmentText).join(' ').replace(/\d+/gu, '#').toLowerCase();

/** Rows to drop from each page: the first or last two rows whose text (digits aside) recurs on at least half the pages. */
export function runningRows(pages: readonly Row[][]): Set<Row> {
  const drop = new Set<Row>();
  if (pages.length < 2) {
    // A lone page still loses a bare page number at its foot.
    for (const rows of pages) {
      const last = rows[rows.length - 1];
      if (rows.length > 1 && last && /^(?:side |s\. )?#(?: av #)?$/u.test(rowKey(last))) drop.add(last);
    }
    return drop;
  }
  const edges = (rows: Row[]) => [...rows.slice(0, 2), ...rows.slice(-2)];
  const seen = new Map<string, number>();
  for (const rows of pages) for (const key of new Set(edges(rows).map(rowKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const rows of pages) {
    const top = rows.slice(0, 2);
    const bottom = rows.slice(-2);
    // From the edge inwards: a header's second row goes only if its first does.
    for (const row of top) {
      if ((seen.get(rowKey(row)) ?? 0) >= needed) drop.add(row);
      else break;
    }
    for (const row of [...bottom].reverse()) {
      if ((seen.get(rowKey(row)) ?? 0) >= needed) drop.add(row);
      else break;
    }
  }
  return drop;
}

/** A gutter splitting the page into two columns of running text, or null. */
export function gutterOf(rows: readonly Row[], width: number): number | null {
  const long = rows.flatMap((r) => r.segments).filter((s) => s.right - s.x > 0.25 * width);
  if (long.length < 6) return null;
  let best: { x: number; score: number } | null = null;
  for (let x = Math.round(width * 0.3); x <= width * 0.7; x += 2) {
    let left = 0;
    let right = 0;
    for (const s of long) {
      if (s.right <= x) left++;
      else if (s.x >= x) right++;
    }
    const score = Math.min(left, right);
    if (score >= 3 && (!best || score > best.score)) best = { x, score };
  }
  return best?.x ?? null;
}

/** Reading order: runs of rows that leave the gutter free are read left column, then right. */
function inReadingOrder(rows: readonly Row[], width: number): Row[][] {
  const gutter = gutterOf(rows, width);
  if (gutter === null) return [rows.slice()];
  const blocks: Row[][] = [];
  let run: Row[] = [];
  const flush = () => {
    if (!run.length) return;
    const left: Row[] = [];
    const right: Row[] = [];
    // Rows below the right column's last line follow the columns (a short closing line is not the left column's).
    const rightRows = run.filter((row) => row.segments.some((s) => s.x >= gutter));
    const bottom = rightRows.length ? Math.min(...rightRows.map((r) => r.y)) - 0.5 * rightRows[0].size : -Infinity;
    const after = run.filter((row) => row.y < bottom);
    run = run.filter((row) => row.y >= bottom);
    for (const row of run) {
      const l = row.segments.filter((s) => s.right <= gutter);
      const r = row.segments.filter((s) => s.x >= gutter);
      if (l.length) left.push({ ...row, segments: l });
      if (r.length) right.push({ ...row, segments: r });
    }
    const isColumnText = (side: Row[]) => side.filter((row) => row.segments.some((s) => s.right - s.x > 0.25 * width)).length >= 3;
    if (isColumnText(left) && isColumnText(right)) blocks.push(left, right);
    else blocks.push(run);
    if (after.length) blocks.push(after);
    run = [];
  };
  for (const row of rows) {
    const crosses = row.segments.some((s) => s.x < gutter && s.right > gutter);
    if (crosses) {
      flush();
      blocks.push([row]);
    } else run.push(row);
  }
  flush();
  // Neighbouring single-column blocks read as one.
  const merged: Row[][] = [];
  for (const b of blocks) {
    const prev = merged[merged.length - 1];
    if (prev && b.length && prev.length && b[0].y < prev[prev.length - 1].y && isSingle(b, gutter) && isSingle(prev, gutter)) prev.push(...b);
    else merged.push([...b]);
  }
  return merged;
}

const isSingle = (rows: Row[], gutter: number) => rows.some((r) => r.segments.some((s) => s.x < gutter && s.right > gutter));

interface TableRows {
  anchors: number[];
  rows: { cells: Segment[][] }[];
}

/** Tables among a block's rows: from a row of two or more cells, the rows whose cells start under its cells' x positions. */
function findTable(rows: readonly Row[], i: number): { table: TableRows; end: number } | null {
  const head = rows[i];
  if (head.segments.length < 2) return null;
  const anchors = head.segments.map((s) => s.x);
  const tol = 3;
  const columnOf = (s: Segment): number => {
    for (let c = anchors.length - 1; c >= 0; c--) if (s.x >= anchors[c] - tol) return c;
    return -1;
  };
  const fits = (row: Row) =>
    row.segments.every((s) => {
      const c = columnOf(s);
      return c >= 0 && (c === anchors.length - 1 || s.right <= anchors[c + 1] + tol);
    });
  const table: TableRows = { anchors, rows: [] };
  let multi = 0;
  let j = i;
  let lastY = head.y;
  for (; j < rows.length; j++) {
    const row = rows[j];
    if (!fits(row)) break;
    const gap = lastY - row.y;
    if (j > i && gap > 3.2 * row.size) break;
    const starts = row.segments.some((s) => columnOf(s) === 0);
    const isNew = j === i || starts || gap > 1.45 * row.size || !table.rows.length;
    if (isNew) {
      table.rows.push({ cells: anchors.map(() => []) });
      if (row.segments.length >= 2) multi++;
    }
    const current = table.rows[table.rows.length - 1];
    for (const s of row.segments) current.cells[columnOf(s)].push(s);
    lastY = row.y;
  }
  if (multi < 2 || table.rows.length < 2) return null;
  return { table, end: j };
}

const joinsWithoutSpace = (before: string, after: string) => /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) && !/^(?:og|eller|samt|til)\b/u.test(after);

/** Writes a segment's runs, each with its box. */
function writeSegment(out: TextBuilder, s: Segment, page: number): void {
  s.runs.forEach((run, k) => {
    const text = run.text.replace(/\s+/gu, ' ');
    const trimmed = k === 0 ? text.trimStart() : text;
    const final = k === s.runs.length - 1 ? trimmed.trimEnd() : trimmed;
    if (k > 0 && !/\s$/u.test(out.tail(1)) && !/^\s/u.test(final) && run.x - (s.runs[k - 1].x + s.runs[k - 1].width) > 0.15 * run.size) out.append(' ');
    const lead = final.length - final.trimStart().length;
    if (lead) out.append(final.slice(0, lead));
    const body = final.trimStart();
    out.append(body, { page, box: { x: r1(run.x), y: r1(run.y - 0.22 * run.size), width: r1(run.width), height: r1(run.size * 1.2) } });
  });
}

/** Lays the pages out as text with a source map. */
export function layoutPdfPages(pages: readonly PdfPageRuns[]): { text: string; sourceMap: SourceMap; emptyPages: number[] } {
  const out = new TextBuilder();
  const perPage = pages.map((p) => rowsOf(p.runs));
  const drop = runningRows(perPage);
  const emptyPages: number[] = [];
  /** The last line written, to decide whether the next one continues its paragraph. */
  let last: { right: number; maxRight: number; size: number; y: number; page: number } | null = null;

  pages.forEach((p, pi) => {
    const rows = perPage[pi].filter((r) => !drop.has(r));
    if (!p.runs.some((r) => r.text.trim())) emptyPages.push(p.page);
    const blocks = inReadingOrder(rows, p.width);
    for (const block of blocks) {
      const maxRight = Math.max(...block.flatMap((r) => r.segments.map((s) => s.right)));
      for (let i = 0; i < block.length; ) {
        const found = findTable(block, i);
        if (found) {
          out.breakBlock(2);
          found.table.rows.forEach((row, k) => {
            if (k > 0) out.breakBlock(1);
            row.cells.forEach((cell, c) => {
              if (c > 0) out.append('\t');
              cell.forEach((seg, n) => {
                if (n > 0) {
                  const before = out.tail(2);
                  const after = segmentText(seg);
                  if (joinsWithoutSpace(before, after)) {
                    // The hyphen that broke the word stays in the map, not in the text.
                    out.spans[out.spans.length - 1].end--;
                    out.unappend(1);
                  } else out.append(' ');
                }
                writeSegment(out, seg, p.page);
              });
            });
          });
          out.breakBlock(2);
          last = null;
          i = found.end;
          continue;
        }
        const row = block[i];
        const first = row.segments[0];
        const text = segmentText(first);
        if (last) {
          // The same block, or the first line of a page going on with a sentence the last page left open.
          const sameBlock = last.page === p.page ? last.y - row.y <= 1.5 * Math.max(row.size, last.size) : /^\p{Ll}/u.test(text) && !/[.:!?]$/u.test(out.tail(1));
          const wraps = last.right >= last.maxRight - 2.5 * last.size && Math.abs(last.size - row.size) < 0.5 && sameBlock;
          if (wraps && joinsWithoutSpace(out.tail(2), text)) {
            out.spans[out.spans.length - 1].end--;
            out.unappend(1);
          } else if (wraps) out.append(' ');
          else out.breakBlock(2);
        }
        row.segments.forEach((s, k) => {
          if (k > 0) out.append(' ');
          writeSegment(out, s, p.page);
        });
        last = { right: row.segments[row.segments.length - 1].right, maxRight, size: row.size, y: row.y, page: p.page };
        i++;
      }
      // A page's last line may go on over the page break; any other block ends here.
      if (block !== blocks[blocks.length - 1]) {
        out.breakBlock(2);
        last = null;
      }
    }
    if (last === null) out.breakBlock(2);
  });
  const pagesOut: SourcePage[] = pages.map((p) => ({ page: p.page, label: p.label, width: r1(p.width), height: r1(p.height) }));
  const built = out.build('pdf', pagesOut);
  const text = built.text.replace(/\n+$/u, '') + '\n';
  return { text, sourceMap: built.sourceMap, emptyPages };
}
