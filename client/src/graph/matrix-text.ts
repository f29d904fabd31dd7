/**
 * Text in the system matrix's boxes: measured, and broken into lines that fit
 * a width (pure; the browser passes a measure on a canvas, tests the
 * estimate). Lines break at spaces and after hyphens; a word wider than the
 * box breaks, with a hyphen, where a Norwegian compound joins a common last
 * part ("likestillings-departementet", "Barneverns-tjenesten"), else at the
 * widest part that fits. The canvas draws the lines as given, so the box
 * sized here is the box drawn.
 */

/** Width of `text` at `fontPx`, in the same units as the font size. */
export type Measure = (text: string, fontPx: number) => number;

/** Estimated width of a label (no DOM: a generous average glyph width). */
export function estimateTextWidth(text: string, font = 13): number {
  return text.length * font * 0.6;
}

export const estimateMeasure: Measure = (text, fontPx) => estimateTextWidth(text, fontPx);

/** Last parts of compound names in the matrix's domain, where a long word may break. */
const JOINS = [
  'departementet',
  'forvalteren',
  'vernet',
  'kontakten',
  'ombudet',
  'direktoratet',
  'tjenesten',
  'tjenestene',
  'tjenester',
  'tjeneste',
  'kontoret',
  'kontorer',
  'kommunen',
  'kommuner',
  'kommune',
  'programmet',
  'omsorgen',
  'ombudet',
  'senteret',
  'sentrene',
  'sentre',
  'etaten',
  'nemnda',
  'rådet',
  'rådene',
  'tilsynet',
  'arbeidet',
  'forvaltning',
  'ordningen',
  'distriktene',
  'helse',
  'skole',
  'opplæring',
];

/** Splits a word wider than `max` into parts that fit, each but the last ending in a hyphen. */
export function breakWord(word: string, max: number, fontPx: number, measure: Measure): string[] {
  if (measure(word, fontPx) <= max || word.length <= 1) return [word];
  const lower = word.toLowerCase();
  // A compound's join, the longest first part that fits.
  let best = -1;
  for (const join of JOINS) {
    for (let at = lower.indexOf(join, 2); at > 1; at = lower.indexOf(join, at + 1)) {
      if (at > best && measure(`${word.slice(0, at)}-`, fontPx) <= max) best = at;
    }
  }
  if (best > 1) return [`${word.slice(0, best)}-`, ...breakWord(word.slice(best), max, fontPx, measure)];
  // Else the widest part that fits.
  let cut = 1;
  while (cut < word.length - 1 && measure(`${word.slice(0, cut + 1)}-`, fontPx) <= max) cut++;
  return [`${word.slice(0, cut)}-`, ...breakWord(word.slice(cut), max, fontPx, measure)];
}

/** `text` in lines no wider than `max`: breaks at spaces, after hyphens, and in over-long words. */
export function wrapText(text: string, max: number, fontPx: number, measure: Measure = estimateMeasure): string[] {
  // Pieces with whether a space comes before them.
  const pieces: { text: string; space: boolean }[] = [];
  for (const [w, word] of text.trim().split(/\s+/).entries()) {
    const parts = word.split(/(?<=-)(?=[^-])/);
    parts.forEach((part, i) => {
      for (const [j, bit] of breakWord(part, max, fontPx, measure).entries()) pieces.push({ text: bit, space: w > 0 && i === 0 && j === 0 });
    });
  }
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    const next = line === '' ? p.text : `${line}${p.space ? ' ' : ''}${p.text}`;
    if (line !== '' && measure(next, fontPx) > max) {
      lines.push(line);
      line = p.text;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The width of the widest line. */
export function linesWidth(lines: readonly string[], fontPx: number, measure: Measure = estimateMeasure): number {
  return lines.reduce((w, l) => Math.max(w, measure(l, fontPx)), 0);
}

/** A word cut at every compound join ("likestillings-", "departementet"). */
export function joinPieces(word: string): string[] {
  const lower = word.toLowerCase();
  const cuts = new Set<number>();
  for (const join of JOINS) for (let at = lower.indexOf(join, 2); at > 1; at = lower.indexOf(join, at + 1)) cuts.add(at);
  const out: string[] = [];
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    if (at - from < 2) continue;
    out.push(`${word.slice(from, at)}-`);
    from = at;
  }
  out.push(word.slice(from));
  return out;
}

/** The widest piece of `text` that wrapping without breaking inside a word part can give (a word, a part of a hyphenated or compound word). */
export function widestPiece(text: string, fontPx: number, measure: Measure = estimateMeasure): number {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=-)(?=[^-])/))
    .flatMap(joinPieces)
    .reduce((m, p) => Math.max(m, measure(p, fontPx)), 0);
}

/** A measure on a canvas in the page, in the canvas's label font, with a cache; the estimate where there is no canvas. */
export function canvasMeasure(fontFamily: string, weight = 700): Measure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateMeasure;
  const cache = new Map<string, number>();
  return (text, fontPx) => {
    const key = `${fontPx}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${weight} ${fontPx}px ${fontFamily}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}
