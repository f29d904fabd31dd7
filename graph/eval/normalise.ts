/**
 * The one form names, titles and statuses are compared in: lenient on form
 * (Unicode NFC, case, spacing, dash and quote forms, a trailing full stop),
 * strict on substance (every letter and digit still counts).
 */

/** Dashes and hyphens of every width, made one hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
/** Straight, typographic and angle quotes. */
const QUOTES = /["'\u2018-\u201F\u00AB\u00BB\u2039\u203A\u2032\u2033`´]/g;
/** Non-breaking and other Unicode spaces; soft hyphen and zero-width characters. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Normalised form: NFC, case-folded, one dash form, no hyphen between two letters,
 * no quotes, collapsed whitespace, no trailing full stop.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(QUOTES, '')
    .toLocaleLowerCase('nb')
    // A hyphen between two letters is a line-break or compound hyphen: "Politi-distriktene" is "Politidistriktene".
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.]+$/, '')
    .trim();
}

/** A measure number as compared: "1 a)", "1a" and "Tiltak 1a" are "1a"; "14." is "14"; "1.1" stays "1.1" (not "11"). */
export function normaliseNumber(text: string): string {
  return normaliseName(text)
    .replace(/^(tiltak|nr\.?|no\.?)\s*/, '')
    .replace(/\s+/g, '')
    .replace(/[.:)]+$/, '');
}

/** Strips a parenthesised note at the end of an aliases.json value: "Kulturdepartementet (domain knowledge)" → "Kulturdepartementet". */
export function stripNote(value: string): string {
  return value.replace(/\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*$/, '').trim();
}

/** The names an aliases.json value stands for: "A + B" names two. */
export function splitAliasValue(value: string): string[] {
  return stripNote(value)
    .split(/\s\+\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Titles match when equal after normalising, or when one contains the other and the
 * shorter is at least `ratio` of the longer (a trailing abbreviation or note).
 */
export function titlesMatch(a: string, b: string, ratio = 0.8): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return true;
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= ratio * long.length;
}

/**
 * `inner` occurs in `outer` starting at a word boundary (both normalised, non-empty).
 * The end may fall inside a word, so an inflected form still contains its stem:
 * "kjernegruppen for utsatte barn" contains "kjernegruppe", but "samarbeid" does not contain "arbeid".
 */
export function containsFromWordStart(outer: string, inner: string): boolean {
  if (!inner || !outer) return false;
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(outer[at - 1])) return true;
  }
  return false;
}
