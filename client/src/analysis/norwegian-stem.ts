/**
 * The Snowball stemmer for Norwegian (Bokmål), written out so the explorer can
 * stem in the browser without shipping every Snowball language. It follows
 * snowballstem.org/algorithms/norwegian: three suffix steps inside R1. The
 * server's overlaps use the same algorithm (snowball-stemmers), and
 * norwegian-stem.test.ts checks the two agree on every word of the seeds.
 */

const VOWELS = new Set('aeiouyæåø');
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);
const S_ENDING = new Set('bcdfghjlmnoprtvyz');

const STEP1 = ['hetenes', 'hetene', 'hetens', 'heten', 'heter', 'endes', 'ande', 'ende', 'edes', 'enes', 'ede', 'ane', 'ene', 'ens', 'ers', 'ets', 'het', 'ast', 'en', 'ar', 'er', 'as', 'es', 'et', 'a', 'e'];
const STEP3 = ['hetslov', 'eleg', 'elig', 'elov', 'slov', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'];

/** Start of R1: after the first non-vowel that follows a vowel, and at least 3. */
function regionOne(w: string): number {
  if (w.length < 3) return w.length;
  for (let i = 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return Math.max(3, i + 1);
  }
  return w.length;
}

/** The longest of `suffixes` that `w` ends with inside R1 (from `p1`), or null. */
function inRegion(w: string, p1: number, suffixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const s of suffixes) if (w.length - s.length >= p1 && w.endsWith(s) && (!best || s.length > best.length)) best = s;
  return best;
}

/** The Snowball stem of a (lower-case) Norwegian word. */
export function norwegianStem(word: string): string {
  let w = word.toLocaleLowerCase('nb');
  const p1 = regionOne(w);
  if (p1 >= w.length) return w;

  // Step 1: main suffixes; "s" only after a valid s-ending; "erte"/"ert" become "er".
  const main = inRegion(w, p1, [...STEP1, 's', 'erte', 'ert']);
  if (main === 's') {
    const before = w[w.length - 2];
    const validS = S_ENDING.has(before) || (before === 'k' && !isVowel(w[w.length - 3]));
    if (validS) w = w.slice(0, -1);
  } else if (main === 'erte' || main === 'ert') {
    w = w.slice(0, -main.length) + 'er';
  } else if (main) {
    w = w.slice(0, -main.length);
  }

  // Step 2: "dt" or "vt" in R1 loses its t.
  if (w.length - 2 >= p1 && (w.endsWith('dt') || w.endsWith('vt'))) w = w.slice(0, -1);

  // Step 3: derivational suffixes.
  const other = inRegion(w, p1, STEP3);
  if (other) w = w.slice(0, -other.length);
  return w;
}
