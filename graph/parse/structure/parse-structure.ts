/**
 * The document-structure pass: text in, blocks with offsets out. Tables are
 * found first (they take whole runs of lines); every other line is a list
 * item, a labelled field, or text, and runs of text lines make paragraphs or
 * headings. PDF text often puts two numbered items on one line ("3. … (KMD)
 * 4. … (JD)"): an item is split where the next number in sequence starts.
 * Pure and linear in the text.
 */
import { splitLines, trimSpan, type Line } from '../text-layout.ts';
import type { TextSpan } from '../types.ts';
import { MAX_STRUCTURED_LINE, readField, readMarker, type MarkerMatch } from './lines.ts';
import { findTables } from './tables.ts';
import type { Block, DocumentStructure, ItemBlock } from './types.ts';

/** A paragraph this short, of few lines, without closing punctuation, is a heading. */
const MAX_HEADING = 120;

function isHeadingText(text: string, lineCount: number): boolean {
  return (
    text.length <= MAX_HEADING &&
    lineCount <= 2 &&
    text.split(/\s+/u).length <= 16 &&
    !/[.,;:!?]$/u.test(text) &&
    !/[.!?]\s+\p{Lu}/u.test(text) &&
    /\p{L}/u.test(text)
  );
}

/** Splits an item whose body holds the next numbers of its list: "3. A (KMD) 4. B (JD)". */
function splitRunOn(m: MarkerMatch): MarkerMatch[] {
  if (m.marker.type !== 'number' || !/^\d+$/u.test(m.marker.value)) return [m];
  const out: MarkerMatch[] = [];
  let cur = m;
  for (let guard = 0; guard < 50; guard++) {
    const next = Number(cur.marker.value) + 1;
    const re = new RegExp(String.raw`(?<=\S)[ \t\u00a0]+(${next})\.[ \t\u00a0]+(?=\p{Lu})`, 'u');
    const hit = re.exec(cur.body.text);
    if (!hit) break;
    const cut = cur.body.start + (hit.index ?? 0);
    const nStart = cur.body.start + (hit.index ?? 0) + hit[0].indexOf(hit[1]);
    const nEnd = nStart + hit[1].length + 1;
    const bodyStart = cur.body.start + (hit.index ?? 0) + hit[0].length;
    const first = trimSpan(cur.body.text, 0, cut - cur.body.start);
    out.push({ ...cur, body: { start: cur.body.start + first.start, end: cur.body.start + first.end, text: cur.body.text.slice(first.start, first.end) } });
    const rest = cur.body.text.slice(bodyStart - cur.body.start);
    cur = {
      marker: { type: 'number', value: String(next), start: nStart, end: nEnd, text: `${next}.` },
      indent: cur.indent,
      body: { start: bodyStart, end: bodyStart + rest.length, text: rest },
    };
  }
  out.push(cur);
  return out;
}

/** The blocks of a document. */
export function parseStructure(text: string): DocumentStructure {
  const lines = splitLines(text);
  const tables = findTables(lines);
  const blocks: Block[] = [];
  // Lines are counted as the pass goes, so the whole pass stays linear.
  let lineCursor = 0;
  let lineNo = 1;
  const lineAt = (offset: number): number => {
    for (; lineCursor < offset && lineCursor < text.length; lineCursor++) if (text.charCodeAt(lineCursor) === 10) lineNo++;
    return lineNo;
  };
  const push = (b: Record<string, unknown> & { kind: Block['kind']; start: number; end: number }) => {
    blocks.push({ ...(b as unknown as Block), index: blocks.length, line: lineAt(b.start) });
  };

  let para: Line[] = [];
  let lastItem: ItemBlock | null = null;
  const flush = () => {
    if (!para.length) return;
    const span = trimSpan(text, para[0].start, para[para.length - 1].end);
    const t = text.slice(span.start, span.end);
    if (span.end > span.start) push({ kind: isHeadingText(t, para.length) ? 'heading' : 'paragraph', ...span, text: t });
    para = [];
  };

  let ti = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const table = tables[ti];
    if (table && i === table.firstLine) {
      flush();
      lastItem = null;
      const first = table.header?.[0] ?? table.rows[0].cells.find((c) => c) ?? table.rows[0];
      const lastRow = table.rows[table.rows.length - 1];
      const span = { start: first.start, end: lastRow.end };
      push({ kind: 'table', ...span, text: text.slice(span.start, span.end), layout: table.layout, header: table.header, columns: table.columns, rows: table.rows });
      i = table.endLine - 1;
      ti++;
      continue;
    }
    if (!/\S/u.test(line.text)) {
      flush();
      lastItem = null;
      continue;
    }
    if (line.text.length > MAX_STRUCTURED_LINE) {
      lastItem = null;
      para.push(line);
      continue;
    }
    const marker = readMarker(line);
    if (marker) {
      flush();
      for (const m of splitRunOn(marker)) {
        const field = m.marker.type === 'measure' ? null : readField(text, m.body.start, m.body.end);
        const span = { start: m.marker.start, end: m.body.end };
        push({ kind: 'item', ...span, text: text.slice(span.start, span.end), marker: m.marker, body: m.body, indent: m.indent, field });
        lastItem = blocks[blocks.length - 1] as ItemBlock;
      }
      continue;
    }
    // An indented line right under an item continues it.
    if (lastItem && /^[ \t\u00a0]/u.test(line.text) && !para.length) {
      const t = trimSpan(text, line.start, line.end);
      const body: TextSpan = { start: lastItem.body.start, end: t.end, text: text.slice(lastItem.body.start, t.end) };
      Object.assign(lastItem, { end: t.end, text: text.slice(lastItem.start, t.end), body });
      continue;
    }
    lastItem = null;
    const field = readField(text, line.start, line.end);
    if (field) {
      flush();
      const span = trimSpan(text, line.start, line.end);
      push({ kind: 'field', ...span, text: text.slice(span.start, span.end), ...field });
      continue;
    }
    para.push(line);
  }
  flush();
  return { text, blocks };
}

let last: DocumentStructure | null = null;

/** `parseStructure`, remembered for the last text: the extractors of one document share one pass. */
export function structureOf(text: string): DocumentStructure {
  if (last?.text !== text) last = parseStructure(text);
  return last;
}
