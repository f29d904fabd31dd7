/**
 * What a document is: its title, the year it speaks from, and a guess at its
 * genre. Status reports that open straight on "Tiltak 20: …" get a made-up
 * title naming their measures.
 *
 * Year heuristic: (1) a full date (day, month, year) in the first lines is the
 * document's own date ("28.4 2022" on a title slide); (2) otherwise the latest
 * year stated in a clause about the past ("ble ferdigstilt i november 2020",
 * "har … i 2020"), ignoring clauses about the future ("skal … primo 2021",
 * "leveres … januar 2021"); (3) otherwise null.
 */
import { parseMeasureBlocks } from './measure-blocks.ts';
import { splitSentences } from './sentences.ts';
import { isBlank, splitLines, textSpan, trimSpan } from './text-layout.ts';
import type { ParseSource, Span, TextSpan } from './types.ts';
import { documentId } from '../model/index.ts';

export type DocumentGenre = 'status-report' | 'project-page' | 'slide-deck' | 'goals-page' | 'other';

/** Title, year and genre of a document. */
export interface DocumentMeta {
  fileName: string;
  title: string;
  /** Where the title is written; null when it was made up from the measures. */
  titleSpan: Span | null;
  year: number | null;
  /** The date or clause the year was read from. */
  yearSpan: Span | null;
  genre: DocumentGenre;
}

const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des';
const FULL_DATE = new RegExp(String.raw`(?<![\p{N}.])(?:\d{1,2}\.\s?\d{1,2}\.?\s?|\d{1,2}\.?\s+(?:${MONTHS})\.?\s+)((?:19|20)\d{2})(?!\p{N})`, 'giu');
const YEAR = /(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu;
const PAST = /(?<![\p{L}])(?:ble|blei|vart|har|hadde|er\s+blitt|lanserte|startet|starta|etablerte|vedtok|gjennomførte|overført|ferdigstilt|levert|gjennomført|etablert|vedtatt|lansert|avsluttet|avslutta)(?![\p{L}])/iu;
const FUTURE = /(?<![\p{L}])(?:skal|skulle|vil|kommer\s+til|primo|ultimo|medio|innen|fram\s+til|frem\s+til|leveres|planlagt|planlegges|forventes)(?![\p{L}])/iu;

/** Titles longer than this are cut (at a word where one is near) and end in "…"; the document keeps its full text. */
export const MAX_TITLE_CHARS = 300;

/** How many lines from the top count as a title page. */
const FRONT_MATTER_LINES = 6;

/** The first line with words, markup stripped: the title of most documents. */
export function firstMeaningfulLine(text: string): Span | null {
  for (const line of splitLines(text)) {
    if (isBlank(line.text) || !/\p{L}/u.test(line.text)) continue;
    const t = textSpan(text, line.start, line.end);
    const lead = /^(?:[-•*#>]+\s*)+/u.exec(t.text)?.[0].length ?? 0;
    // Trailing emphasis stars, counted by a scan (the regex /\**$/ is quadratic on a long run of stars).
    let end = t.end;
    while (end > t.start + lead && text[end - 1] === '*') end--;
    return { start: t.start + lead, end };
  }
  return null;
}

/** "tiltak 20–22", or "tiltak 3, 5 og 9" when the numbers do not run on. */
function measureRange(numbers: readonly string[]): string {
  const ints = numbers.map(Number);
  const consecutive = ints.every((n, i) => i === 0 || (Number.isInteger(n) && n === ints[i - 1] + 1));
  if (numbers.length === 1) return `tiltak ${numbers[0]}`;
  if (consecutive) return `tiltak ${numbers[0]}–${numbers[numbers.length - 1]}`;
  return `tiltak ${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
}

/**
 * The clauses of a sentence: split at commas, semicolons and "og"/"men", but a
 * piece without a verb marker of its own stays with the clause before it.
 */
function clauses(text: string, sentence: TextSpan): Span[] {
  const cuts = [...sentence.text.matchAll(/,|;|\s(?:og|men|mens)\s/gu)].map((b) => sentence.start + (b.index ?? 0));
  const out: Span[] = [];
  let start = sentence.start;
  for (const end of [...cuts, sentence.end]) {
    const piece = text.slice(start, end);
    if (out.length && !PAST.test(piece) && !FUTURE.test(piece)) out[out.length - 1].end = end;
    else out.push({ start, end });
    start = end;
  }
  return out.map((c) => trimSpan(text, c.start, c.end));
}

/** The year the document speaks from, and where it is stated; see the module header. */
export function documentYear(text: string): { year: number; span: Span } | null {
  const lines = splitLines(text).filter((l) => !isBlank(l.text));
  const frontEnd = lines[Math.min(FRONT_MATTER_LINES, lines.length) - 1]?.end ?? 0;
  let best: { year: number; span: Span } | null = null;
  for (const m of text.slice(0, frontEnd).matchAll(FULL_DATE)) {
    const year = Number(m[1]);
    const start = m.index ?? 0;
    if (!best || year > best.year) best = { year, span: { start, end: start + m[0].length } };
  }
  if (best) return best;
  for (const sentence of splitSentences(text)) {
    for (const clause of clauses(text, sentence)) {
      const t = text.slice(clause.start, clause.end);
      if (!PAST.test(t) || FUTURE.test(t)) continue;
      for (const y of t.matchAll(YEAR)) {
        const year = Number(y[1]);
        if (!best || year > best.year) best = { year, span: clause };
      }
    }
  }
  return best ? { year: best.year, span: { start: best.span.start, end: best.span.end } } : null;
}

const PROJECT_SECTIONS = /^[ \t]*(?:Bakgrunn|Varighet|Deltakende aktører|Deltakarar|Deltakere|Prosjektleder|Prosjektleiar|Dette jobber vi med|Om prosjektet|Mål for prosjektet|Organisering)[ \t]*$/gmu;
const GOAL_PHRASES = /(?:Våre mål|Vårt mål|Målene våre|Vi skal jobbe for|vil jobbe for at|Vi vil arbeide for|Mål:)/gu;

/** A guess at the genre, from the layout and a few telling phrases. */
export function guessGenre(text: string, measureCount: number): DocumentGenre {
  if (measureCount > 0) return 'status-report';
  if ((text.match(PROJECT_SECTIONS) ?? []).length >= 2) return 'project-page';
  if ((text.match(GOAL_PHRASES) ?? []).length >= 2) return 'goals-page';
  const lines = splitLines(text).filter((l) => !isBlank(l.text));
  const short = lines.filter((l) => l.text.trim().length < 60).length;
  // A line in capitals: no lower-case letter, and three capitals in a row (two simple tests; the one-regex form is cubic).
  const capsLines = lines.filter((l) => !/\p{Ll}/u.test(l.text) && /\p{Lu}{3}/u.test(l.text)).length;
  if (lines.length >= 40 && (short / lines.length >= 0.5 || capsLines >= 3)) return 'slide-deck';
  return 'other';
}

/** A title span of at most MAX_TITLE_CHARS - 1 characters (room for "…"), ending at a word when one ends in its last fifth. */
function cutSpan(text: string, span: Span): Span {
  if (span.end - span.start <= MAX_TITLE_CHARS) return span;
  const limit = span.start + MAX_TITLE_CHARS - 1;
  let end = limit;
  while (end > span.start + (MAX_TITLE_CHARS * 4) / 5 && /[\p{L}\p{N}]/u.test(text[end] ?? '')) end--;
  if (end <= span.start + (MAX_TITLE_CHARS * 4) / 5) end = limit;
  return trimSpan(text, span.start, end);
}

/** Title, year and genre of a document. */
export function parseDocumentMeta(text: string, fileName: string): DocumentMeta {
  const source: ParseSource = { documentId: documentId(fileName), fileName };
  const measures = parseMeasureBlocks(text, source).items;
  const genre = guessGenre(text, measures.length);
  const first = firstMeaningfulLine(text);
  const startsWithMeasure = measures.length > 0 && first !== null && measures[0].heading.start <= first.start;
  let title: string;
  let titleSpan: Span | null;
  if (startsWithMeasure) {
    title = `Statusrapport: ${measureRange(measures.map((m) => m.number))}`;
    titleSpan = null;
  } else {
    titleSpan = first && cutSpan(text, first);
    title = titleSpan ? text.slice(titleSpan.start, titleSpan.end) + (titleSpan.end < first!.end ? '…' : '') : fileName;
  }
  if (title.length > MAX_TITLE_CHARS) title = title.slice(0, MAX_TITLE_CHARS - 1).trimEnd() + '…';
  const year = documentYear(text);
  return { fileName, title, titleSpan, year: year?.year ?? null, yearSpan: year?.span ?? null, genre };
}
