/**
 * Reads one line at a time: is it a list item (and with which marker), a
 * labelled field, a table row with delimiters, or running text? Pure, with
 * offsets into the document; no line is looked at more than a bounded number
 * of times, so the pass is linear in the text.
 */
import type { Line } from '../text-layout.ts';
import type { TextSpan } from '../types.ts';
import { labelOf, SECTION_LABELS } from './labels.ts';
import type { FieldParts, ItemMarker } from './types.ts';

/** A line longer than this is running text, never a marker, field or table row (keeps regexes bounded). */
export const MAX_STRUCTURED_LINE = 200_000;

const MONTH = /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|des)\b/iu;

/** "Tiltak 12:", "Tiltak15:", "Tiltak 3.2 –", "Tiltak 29c)". */
const MEASURE_MARKER = /^([ \t\u00a0]*)(Tiltak[ \t\u00a0]*(\d{1,3}(?:\.\d{1,3})*[a-zæøå]?)\)?[ \t\u00a0]*(?:[:.]|[-–—](?=[ \t\u00a0])|(?=[ \t\u00a0]+\p{Lu})))[ \t\u00a0]*/u;
const BULLET_MARKER = /^([ \t\u00a0]*)([•\-*–▪◦·●○■□➢►✓])[ \t\u00a0]+(?=\S)/u;
/** "1.", "12)", "3.2", "1.1." */
const NUMBER_MARKER = /^([ \t\u00a0]*)((\d{1,3})[.)]|(\d{1,3}(?:\.\d{1,3})+)\.?)[ \t\u00a0]+(?=\S)/u;
/** "29c", "29c)", "29 c)". */
const SUBNUMBER_MARKER = /^([ \t\u00a0]*)((\d{1,3})[ \t\u00a0]?([a-zæøå])[.):]?)[ \t\u00a0]+(?=\p{L})/u;
/** "a)", "B)", "(c)". */
const LETTER_MARKER = /^([ \t\u00a0]*)(\(?([a-zæøåA-ZÆØÅ])\))[ \t\u00a0]+(?=\S)/u;

export interface MarkerMatch {
  marker: ItemMarker;
  indent: number;
  body: TextSpan;
}

/** The list marker a line opens with, and the text after it. */
export function readMarker(line: Line): MarkerMatch | null {
  const t = line.text;
  if (t.length > MAX_STRUCTURED_LINE) return null;
  const make = (m: RegExpExecArray, type: ItemMarker['type'], value: string): MarkerMatch | null => {
    const markerStart = line.start + m[1].length;
    const markerEnd = markerStart + m[2].length;
    const bodyStart = line.start + m[0].length;
    let bodyEnd = line.end;
    while (bodyEnd > bodyStart && /\s/u.test(t[bodyEnd - line.start - 1])) bodyEnd--;
    if (bodyEnd <= bodyStart && type !== 'measure') return null;
    return {
      marker: { type, value, start: markerStart, end: markerEnd, text: m[2] },
      indent: m[1].replace(/\t/gu, '    ').length,
      body: { start: bodyStart, end: bodyEnd, text: t.slice(bodyStart - line.start, bodyEnd - line.start) },
    };
  };
  let m = MEASURE_MARKER.exec(t);
  if (m) return make(m, 'measure', m[3]);
  m = SUBNUMBER_MARKER.exec(t);
  if (m) return make(m, 'letter', `${m[3]}${m[4]}`);
  m = NUMBER_MARKER.exec(t);
  if (m) {
    const rest = t.slice(m[0].length);
    // "25. oktober 2018" is a date, not item 25.
    if (!MONTH.test(rest)) return make(m, 'number', m[3] ?? m[4]);
  }
  m = LETTER_MARKER.exec(t);
  if (m) return make(m, 'letter', m[3]);
  m = BULLET_MARKER.exec(t);
  if (m) return make(m, 'bullet', '');
  return null;
}

/** "Key: value" with a short key. */
const KEY_VALUE = /^([ \t\u00a0]*)(\p{L}[\p{L}\p{N} .,'’/()-]{0,48}?)[ \t\u00a0]*:(?!\/)[ \t\u00a0]*(.*?)[ \t\u00a0\r]*$/du;
/** "AnsvarligHelsedirektoratet", "Ansvarlig Barne- og familiedepartementet": a responsible line with its colon lost. */
const GLUED_RESPONSIBLE = /^([ \t\u00a0]*)(Ansvarl(?:ig|eg)e?)(?:(?=\p{Lu})|[ \t\u00a0]+(?=\p{Lu}))(.*?)[ \t\u00a0\r]*$/du;

/** A key of at most this many words, with no label we know, is still a field when it has a value ("Målgruppen: …"). */
const MAX_GENERIC_KEY_WORDS = 3;

/**
 * The field a stretch of text is, if any: "Ansvarlig: Bufdir", a section
 * label alone ("Status"), or a short capitalised key with a value.
 */
export function readField(text: string, start: number, end: number): FieldParts | null {
  const t = text.slice(start, end);
  if (t.length > MAX_STRUCTURED_LINE) return null;
  const span = (s: number, e: number): TextSpan => ({ start: start + s, end: start + e, text: t.slice(s, e) });

  const alone = t.trim().replace(/[ \t\u00a0]*:$/u, '');
  const aloneLabel = alone.length <= 40 ? labelOf(alone) : null;
  if (aloneLabel && (SECTION_LABELS.has(aloneLabel) || /:\s*$/u.test(t))) {
    const s = t.indexOf(alone);
    return { key: span(s, s + alone.length), label: aloneLabel, value: null };
  }

  const kv = KEY_VALUE.exec(t);
  if (kv) {
    const keyStart = kv[1].length;
    const key = kv[2].trim();
    const label = labelOf(key);
    const value = kv[3];
    const words = key.split(/\s+/u).length;
    const isGeneric = !label && /^\p{Lu}/u.test(key) && words <= MAX_GENERIC_KEY_WORDS && value.length > 0 && !/[.()]/u.test(key);
    if (label || isGeneric) {
      const [vs, ve] = kv.indices![3];
      return { key: span(keyStart, keyStart + key.length), label, value: value === '' ? null : span(vs, ve) };
    }
  }
  const glued = GLUED_RESPONSIBLE.exec(t);
  if (glued && glued[3]) {
    const [vs, ve] = glued.indices![3];
    const keyStart = glued[1].length;
    return { key: span(keyStart, keyStart + glued[2].length), label: 'responsible', value: span(vs, ve) };
  }
  return null;
}

/** Cells of a line delimited by tabs or bars ("│", "|"), or null when the line has no delimiters. */
export function readDelimitedCells(line: Line): TextSpan[] | null {
  const t = line.text;
  if (t.length > MAX_STRUCTURED_LINE || !/[\t|│]/u.test(t)) return null;
  const delim = t.includes('\t') ? /\t/gu : /[|│]/gu;
  const cells: TextSpan[] = [];
  let s = 0;
  const push = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && /\s/u.test(t[x])) x++;
    while (y > x && /\s/u.test(t[y - 1])) y--;
    cells.push({ start: line.start + x, end: line.start + y, text: t.slice(x, y) });
  };
  for (const m of t.matchAll(delim)) {
    push(s, m.index ?? 0);
    s = (m.index ?? 0) + 1;
  }
  push(s, t.length);
  // Leading and trailing bars ("| a | b |") leave empty edge cells.
  if (cells.length && !cells[0].text && delim.source !== '\\t') cells.shift();
  if (cells.length && !cells[cells.length - 1].text && delim.source !== '\\t') cells.pop();
  const filled = cells.filter((c) => c.text).length;
  return filled >= 2 ? cells : null;
}
