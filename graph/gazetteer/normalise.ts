/**
 * Character folding shared by the name resolver and the phrase matcher:
 * case, whitespace, dash and apostrophe variants, and the loose key used to
 * compare whole names regardless of punctuation.
 */

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

/** True for a letter or digit in any script. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

/** True for any whitespace, including no-break space. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(c);
}

/** Folds one UTF-16 unit for matching: whitespace → ' ', dashes → '-', curly apostrophe → "'", lower case. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    return code === 32 || (code >= 9 && code <= 13) ? ' ' : c;
  }
  if (isSpace(c)) return ' ';
  if (/[\u2010-\u2014\u2212]/u.test(c)) return '-';
  if (c === '\u2019') return "'";
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** Collapses whitespace and unifies dashes, keeping case: the form case-sensitive phrases are compared in. */
export function normaliseSurface(text: string): string {
  return text.replace(DASHES, '-').replace(/\u2019/g, "'").replace(/\s+/gu, ' ').trim();
}

/** A punctuation-blind key for whole names: "Barne,-ungdoms, og familiedirektoratet" and "Barne-, ungdoms- og familiedirektoratet" share one. */
export function looseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Joins hyphens that split a lower-case word ("Politi-distriktene" → "Politidistriktene"). */
export function joinSplitWords(text: string): string {
  return text.replace(/(\p{Ll}{2,})-\s*(\p{Ll})/gu, '$1$2');
}

/** Spans of web addresses and e-mail addresses, where no name is a mention. */
export function addressSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (text.includes('http') || text.includes('www.')) {
    for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s<>)\]]+/giu)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  // E-mail addresses: grow outwards from each "@" (a regex scanning every word for an "@" is slow).
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && /[\p{L}\p{N}._%+-]/u.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && /[\p{L}\p{N}.-]/u.test(text[e])) e++;
    while (e > at + 1 && text[e - 1] === '.') e--;
    if (s < at && /\.[a-z]{2,}$/iu.test(text.slice(at + 1, e))) out.push({ start: s, end: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps one of the spans. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
