/**
 * Building the text and its source map together, and reading the map back:
 * where a span of the text came from (page, page label, boxes, cell or
 * heading path), and the same map after the text pipeline replaced person
 * names by placeholders (which shifts offsets). Pure.
 */
import type { DocumentFormat, SourceBox, SourceMap, SourcePage, SourceSpan } from './types.ts';

/** Appends text piece by piece, recording where each piece came from. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly spans: SourceSpan[] = [];

  get size(): number {
    return this.length;
  }

  /** Appends text; with an origin, records a span for it. */
  append(text: string, origin?: Omit<SourceSpan, 'start' | 'end'>): void {
    if (!text) return;
    if (origin) this.spans.push({ start: this.length, end: this.length + text.length, ...origin });
    this.parts.push(text);
    this.length += text.length;
  }

  /** Takes back the last `n` characters (spans ending there must have been shortened by the caller). */
  unappend(n: number): void {
    let left = n;
    while (left > 0 && this.parts.length) {
      const last = this.parts[this.parts.length - 1];
      if (last.length <= left) {
        this.parts.pop();
        left -= last.length;
        this.length -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.slice(0, last.length - left);
        this.length -= left;
        left = 0;
      }
    }
  }

  /** The last `n` characters written (for deciding on separators). */
  tail(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i] + out;
    return out.slice(-n);
  }

  /** Ends the current block with exactly `breaks` newlines (none at the very start). */
  breakBlock(breaks: number): void {
    if (this.length === 0) return;
    const t = this.tail(breaks);
    let have = 0;
    while (have < t.length && t[t.length - 1 - have] === '\n') have++;
    if (have < breaks) this.append('\n'.repeat(breaks - have));
  }

  build(format: DocumentFormat, pages: SourcePage[] = []): { text: string; sourceMap: SourceMap } {
    return { text: this.parts.join(''), sourceMap: { format, pages, spans: this.spans } };
  }
}

/** Where a span of the text is in the original. */
export interface SourceLocation {
  page: number | null;
  pageLabel: string | null;
  location: string | null;
  row: number | null;
  boxes: SourceBox[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The first span whose end is after `offset` (binary search; spans are sorted and disjoint). */
function firstEndingAfter(spans: readonly SourceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where text[start, end) came from: the page and location of its first
 * source span, and a box per span it touches (a span touched in part gives
 * the matching share of its width, as characters in a run are about evenly wide).
 */
export function locateSpan(map: SourceMap | null | undefined, start: number, end: number): SourceLocation {
  const out: SourceLocation = { page: null, pageLabel: null, location: null, row: null, boxes: [] };
  if (!map || end <= start) return out;
  for (let i = firstEndingAfter(map.spans, start); i < map.spans.length && map.spans[i].start < end; i++) {
    const s = map.spans[i];
    if (out.page === null && s.page !== undefined) {
      out.page = s.page;
      out.pageLabel = map.pages.find((p) => p.page === s.page)?.label ?? null;
    }
    if (out.location === null && s.location !== undefined) out.location = s.location;
    if (out.row === null && s.row !== undefined) out.row = s.row;
    if (s.box && s.page !== undefined) {
      const len = s.end - s.start;
      const from = Math.max(start, s.start) - s.start;
      const to = Math.min(end, s.end) - s.start;
      const x = s.box.x + (s.box.width * from) / len;
      const width = (s.box.width * (to - from)) / len;
      out.boxes.push({ page: s.page, x: round(x), y: round(s.box.y), width: round(width), height: round(s.box.height) });
    }
  }
  return out;
}

/** A replacement the text pipeline made: text[sourceStart, sourceEnd) became output[start, end). */
export interface Replacement {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * The map for the text after replacements (in order, not overlapping): spans
 * move with the text; a span inside a replaced stretch maps onto the
 * placeholder. The replaced stretches' boxes become `redactedBoxes`.
 */
export function remapSourceMap(map: SourceMap, replacements: readonly Replacement[]): SourceMap {
  if (!replacements.length) return map;
  /** Offset in the new text for an offset in the old; inside a replaced stretch, its placeholder's start (or end, for an end). */
  const move = (offset: number, isEnd: boolean): number => {
    let delta = 0;
    for (const r of replacements) {
      if (offset <= r.sourceStart) break;
      if (offset < r.sourceEnd) return isEnd ? r.end : r.start;
      delta = r.end - r.sourceEnd;
    }
    return offset + delta;
  };
  const spans: SourceSpan[] = [];
  for (const s of map.spans) {
    const start = move(s.start, false);
    const end = move(s.end, true);
    if (end > start) spans.push({ ...s, start, end });
  }
  // Spans sharing a placeholder may now overlap: keep them disjoint.
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) spans[i] = { ...spans[i], start: spans[i - 1].end };
  const redactedBoxes: SourceBox[] = [...(map.redactedBoxes ?? [])];
  for (const r of replacements) redactedBoxes.push(...locateSpan(map, r.sourceStart, r.sourceEnd).boxes);
  return { ...map, spans: spans.filter((s) => s.end > s.start), redactedBoxes };
}
