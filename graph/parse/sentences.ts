/**
 * Splits running text into sentences with exact offsets, for evidence quotes.
 * Knows Norwegian abbreviations ("avd.", "Meld. St.", "bl.a."), bullet lines,
 * and lines wrapped mid-sentence by slide layouts.
 */
import { splitParagraphs, trimSpan } from './text-layout.ts';
import type { TextSpan } from './types.ts';

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'avd', 'meld', 'st', 'nr', 'ca', 'jf', 'jfr', 'kap', 's', 'bl', 'a', 'f', 'eks', 'dvs', 'mv', 'm', 'fl',
  'evt', 'ev', 'h', 'v', 'pkt', 'prof', 'dr', 'div', 'ref', 'tlf', 'inkl', 'ekskl', 'iht', 'mht', 'pga', 'vedr',
]);

const BULLET = /^[ \t\u00a0]*(?:[-•*–]|\d+[.)]|[a-z]\.?\))[ \t\u00a0]+/u;
const SENTENCE_START = /[\p{Lu}\p{N}«"“[*(]/u;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  return !!m && ABBREVIATIONS.has(m[1].toLowerCase());
}

/** Closing marks (spaces, quotes, brackets, emphasis) looked through when asking how a line ends; bounded so the look-back stays linear. */
const CLOSING_MARK = /[\s*»”"')]/u;
const MAX_CLOSING_MARKS = 200;

/**
 * Whether the sentence running from `s` ends at the line break at `i`: the
 * last character before the closing marks is . ! ? or : and not the dot of an
 * abbreviation. Looks back at most MAX_CLOSING_MARKS characters, never at the
 * whole sentence, so a paragraph of lines that never close costs linear time.
 */
function lineCloses(text: string, s: number, i: number): boolean {
  let e = i;
  while (e > s && CLOSING_MARK.test(text[e - 1])) {
    if (i - e >= MAX_CLOSING_MARKS) return false;
    e--;
  }
  if (e === s || !/[.!?:]/u.test(text[e - 1])) return false;
  return !endsWithAbbreviation(text.slice(Math.max(s, e - 13), e), Math.min(13, e - s) - 1);
}

/** The sentences of `text` between `from` and `to`, trimmed, with leading bullet markers left out. */
export function splitSentences(text: string, from = 0, to = text.length): TextSpan[] {
  const out: TextSpan[] = [];
  const push = (s: number, e: number) => {
    const trimmed = trimSpan(text, s, e);
    const end = trimmed.end;
    let start = trimmed.start;
    const bullet = BULLET.exec(text.slice(start, end));
    if (bullet) start = trimSpan(text, start + bullet[0].length, end).start;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  const slice = text.slice(from, to);
  for (const para of splitParagraphs(slice)) {
    const pStart = para.start + from;
    const pEnd = para.end + from;
    let s = pStart;
    for (let i = pStart; i < pEnd; i++) {
      const c = text[i];
      if (c === '\n') {
        // A bullet on the next line, or a line that closes a sentence, ends the sentence.
        const nextLineStart = i + 1;
        const nl = text.indexOf('\n', nextLineStart);
        const nextLine = text.slice(nextLineStart, nl === -1 || nl > pEnd ? pEnd : nl);
        if (BULLET.test(nextLine) || lineCloses(text, s, i)) {
          push(s, i);
          s = i + 1;
        }
        continue;
      }
      if (c === '.' || c === '!' || c === '?') {
        let j = i + 1;
        while (j < pEnd && /[»”"')*]/u.test(text[j])) j++;
        if (j >= pEnd || !/[ \t\u00a0]/u.test(text[j])) continue;
        let k = j;
        while (k < pEnd && /[ \t\u00a0]/u.test(text[k])) k++;
        if (k < pEnd && !SENTENCE_START.test(text[k])) continue;
        if (c === '.' && endsWithAbbreviation(text, i)) continue;
        push(s, j);
        s = j;
      }
    }
    push(s, pEnd);
  }
  return out;
}

/** The sentence that contains `offset`, or null. */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | null {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? null;
}
