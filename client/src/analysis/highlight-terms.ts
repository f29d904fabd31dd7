/**
 * Marking an overlap's shared terms in the two texts. The API's sharedTerms
 * mix theme labels ("foreldrestøtte og foreldreveiledning") with words that
 * stand for stems ("foreldreveiledning", "ungdoms"). A text word is marked
 * when it starts with the stem of a shared word (case-insensitive), so
 * "foreldreveiledningsprogrammet" lights up for "foreldreveiledning". Theme
 * labels of several words are shown as themes, not searched for. Pure.
 */
import { norwegianStem } from './norwegian-stem.ts';

/** Stems shorter than this would mark half the text. */
export const MIN_STEM = 3;

/** Shared terms split into theme labels (several words) and single words, each once, in the API's order. */
export function splitSharedTerms(sharedTerms: readonly string[]): { themes: string[]; words: string[] } {
  const themes: string[] = [];
  const words: string[] = [];
  for (const raw of sharedTerms) {
    const term = raw.trim();
    if (!term) continue;
    if (/[\s,]/u.test(term)) {
      if (!themes.includes(term)) themes.push(term);
    } else if (!words.includes(term)) words.push(term);
  }
  return { themes, words };
}

/** The stems to look for: one per shared word, long enough, longest first (so a longer stem wins a tie). */
export function termStems(words: readonly string[]): string[] {
  const stems = words.map((w) => norwegianStem(w)).filter((s) => s.length >= MIN_STEM);
  return [...new Set(stems)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** A run of text, marked with the stem it matched or null. */
export interface TextSegment {
  text: string;
  stem: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The text cut into plain and marked runs; joined back, the runs give the text unchanged. */
export function highlightSegments(text: string, stems: readonly string[]): TextSegment[] {
  const out: TextSegment[] = [];
  if (stems.length === 0) return text ? [{ text, stem: null }] : [];
  let last = 0;
  const push = (t: string, stem: string | null) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev && prev.stem === null && stem === null) prev.text += t;
    else out.push({ text: t, stem });
  };
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLocaleLowerCase('nb');
    const stem = stems.find((s) => lower.startsWith(s)) ?? null;
    if (stem === null) continue;
    push(text.slice(last, m.index), null);
    push(m[0], stem);
    last = m.index + m[0].length;
  }
  push(text.slice(last), null);
  return out;
}

/** The distinct stems a text contains, for a count under each text. */
export function matchedStems(segments: readonly TextSegment[]): Set<string> {
  return new Set(segments.map((s) => s.stem).filter((s): s is string => s !== null));
}
