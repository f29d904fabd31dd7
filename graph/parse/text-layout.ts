/**
 * The layout of a plain text: lines with their offsets, blank-line separated
 * paragraphs, trimmed spans, and the quoted passages («…», "…") inside it.
 */
import type { Span, TextSpan } from './types.ts';

/** One line; `end` excludes the line break. */
export interface Line extends Span {
  index: number;
  text: string;
}

/** The lines of `text` with offsets (handles \n and \r\n). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const rawEnd = nl === -1 ? text.length : nl;
    const end = rawEnd > start && text[rawEnd - 1] === '\r' ? rawEnd - 1 : rawEnd;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** True for a line of only whitespace (no-break spaces included). */
export function isBlank(line: string): boolean {
  return /^\s*$/u.test(line);
}

/** `[start, end)` narrowed to exclude leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** The trimmed span with its text. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  const t = trimSpan(text, start, end);
  return { ...t, text: text.slice(t.start, t.end) };
}

/** A blank-line separated block of lines. */
export interface Paragraph extends Span {
  lines: Line[];
  text: string;
}

/** The paragraphs of `text`, each trimmed to its non-blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) {
      const start = cur[0].start;
      const end = cur[cur.length - 1].end;
      const t = trimSpan(text, start, end);
      out.push({ ...t, lines: cur, text: text.slice(t.start, t.end) });
    }
    cur = [];
  };
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) flush();
    else cur.push(line);
  }
  flush();
  return out;
}

/** Spans of quoted passages: «…», “…” and straight "…" pairs within one paragraph. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/«[^«»]*»|“[^“”]*”|"[^"\n]*"/gu)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** True when `pos` lies inside one of the spans. */
export function insideAny(spans: readonly Span[], pos: number): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}
