/**
 * Reads a stretch of text that lists bodies: an "Ansvarlig:" line, a
 * participant list, a table cell. Local services ("Barnevernet i Bodø
 * kommune") and curated names are taken first (longest match, so the "og"
 * inside "Barne- og familiedepartementet" never splits a name); what is left
 * is split on commas, slashes and " og " into uncurated organisations.
 */
import type { ActorKind } from '../model/index.ts';
import { findActorMentions, overlapsAny } from '../gazetteer/index.ts';
import { curatedMention, uncuratedMention } from './actor-mentions.ts';
import { findLocalServices } from './local-services.ts';
import { trimSpan } from './text-layout.ts';
import { extendLocalUnits } from './recognise/local-units.ts';
import type { ActorMention, Span } from './types.ts';

export interface ActorListOptions {
  /** Keep only leftovers that read as a name (capitalised, short); for lists inside running sentences. */
  strict?: boolean;
  /** Mend line-break hyphens ("Politi-distriktene"), as in slide tables; see `mendSplitWords`. */
  mendHyphens?: boolean;
  excludeKinds?: readonly ActorKind[];
}

/** A text with line-break hyphens removed, and for each of its positions the position in the source. */
export interface MendedText {
  text: string;
  map: number[];
}

/**
 * Removes hyphens that split a word across a line in the source layout: a
 * hyphen between two lower-case letters whose left part is a word of at least
 * three letters. "Politi-distriktene" and "Konflikt-rådene" are mended;
 * "OT-rådgivning" (capital before), "e-helse" (one-letter prefix) and "Helse- og"
 * (space after) stay as written.
 */
export function mendSplitWords(text: string): MendedText {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '-' && /\p{Ll}/u.test(text[i + 1] ?? '') && /\p{Ll}/u.test(text[i - 1] ?? '')) {
      // The word left of the hyphen has at least three letters (looked at three back, never more: linear).
      let letters = 0;
      for (let k = i - 1; k >= 0 && letters < 3 && /\p{L}/u.test(text[k]); k--) letters++;
      if (letters >= 3) continue;
    }
    out += text[i];
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

const SEPARATOR = /[,;/&+]|(?<=\s)(?:og|samt|og\/eller)(?=\s)/gu;
const FILLER = /^(?:og|samt|eller|m\.?\s?fl\.?|med flere|mfl|etc\.?|osv\.?|i samarbeid med|sammen med)$/iu;
const FUNCTION_WORD = /^(?:det|dette|den|de|denne|et|en|ei|i|vi|som|for|til|med|av|på|er|har|skal)$/iu;

/** Splits a leftover stretch into pieces at list separators; an " og " right after a hyphen belongs to a name. */
function splitPieces(text: string, from: number, to: number): Span[] {
  const pieces: Span[] = [];
  let s = from;
  const region = text.slice(from, to);
  for (const m of region.matchAll(SEPARATOR)) {
    const at = from + (m.index ?? 0);
    if (m[0] !== ',' && m[0] !== ';' && /-\s*$/u.test(text.slice(s, at))) continue;
    pieces.push({ start: s, end: at });
    s = at + m[0].length;
  }
  pieces.push({ start: s, end: to });
  return pieces;
}

const WRAPPING = /[\s"'«»*.:;,–-]/u;

/** Narrows a piece to exclude wrapping punctuation; a bracket stays when it is balanced ("Foo (ABC)"). */
function trimPunctuation(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  // Bracket counts of [s, e), kept up to date as the ends move: linear in the piece.
  let open = 0;
  let close = 0;
  for (let k = s; k < e; k++) {
    if (text[k] === '(') open++;
    else if (text[k] === ')') close++;
  }
  for (;;) {
    if (s < e && (WRAPPING.test(text[s]) || (text[s] === '(' && open > close))) {
      if (text[s] === '(') open--;
      s++;
    } else if (e > s && (WRAPPING.test(text[e - 1]) || (text[e - 1] === ')' && close > open))) {
      if (text[e - 1] === ')') close--;
      e--;
    } else return [s, e];
  }
}

function isNameLike(piece: string): boolean {
  const words = piece.split(/\s+/u);
  return /^\p{Lu}/u.test(piece) && words.length <= 8 && !FUNCTION_WORD.test(words[0]) && !piece.includes('[');
}

/** The bodies listed in `text` between `from` and `to`, in order. */
export function parseActorList(text: string, from: number, to: number, options: ActorListOptions = {}): ActorMention[] {
  const source = text.slice(from, to);
  const mended = options.mendHyphens ? mendSplitWords(source) : { text: source, map: Array.from({ length: source.length + 1 }, (_, i) => i) };
  // Map a [start, end) of the mended text back to the source text.
  const back = (s: number, e: number): Span => ({ start: from + mended.map[s], end: from + mended.map[e - 1] + 1 });

  const out: ActorMention[] = [];
  const leftovers: Span[] = [];
  let cursor = 0;
  // Local services ("Barnevernet i Bodø kommune") first: each is one body, even where the generic service is excluded.
  const locals = findLocalServices(mended.text);
  const curated = extendLocalUnits(
    mended.text,
    findActorMentions(mended.text, 0, { excludeKinds: options.excludeKinds })
      .filter((m) => !overlapsAny(locals, m.start, m.end))
      .map(curatedMention),
  );
  for (const m of [...locals, ...curated].sort((a, b) => a.start - b.start)) {
    if (m.start > cursor) leftovers.push({ start: cursor, end: m.start });
    const span = back(m.start, m.end);
    out.push({ ...m, ...span, text: text.slice(span.start, span.end) });
    cursor = m.end;
  }
  if (cursor < mended.text.length) leftovers.push({ start: cursor, end: mended.text.length });

  for (const gap of leftovers) {
    for (const piece of splitPieces(mended.text, gap.start, gap.end)) {
      const t = trimSpan(mended.text, piece.start, piece.end);
      const [start, end] = trimPunctuation(mended.text, t.start, t.end);
      const raw = mended.text.slice(start, end);
      if (end <= start || !/\p{L}/u.test(raw) || FILLER.test(raw)) continue;
      if (options.strict && !isNameLike(raw)) continue;
      const span = back(start, end);
      out.push(uncuratedMention(text, span.start, span.end, raw));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
