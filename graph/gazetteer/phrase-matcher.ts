/**
 * A trie over folded phrases that finds the longest, word-bounded phrase at
 * each word start of a text in one pass. Built once per phrase list; used for
 * actor names and initiative names.
 */
import { foldChar, isSpace, isWordChar, normaliseSurface } from './normalise.ts';

/** One phrase to find and the value it stands for. */
export interface PhraseSpec<T> {
  phrase: string;
  value: T;
  /** When true the text must match the phrase's letter case exactly (abbreviations such as "KS", "OT"). */
  caseSensitive: boolean;
}

/** One occurrence of a phrase. Offsets are indices into the searched text. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: string;
  value: T;
}

export interface PhraseMatcherOptions {
  /** Accept a Norwegian genitive "s" right after a phrase ("Bufdirs"). */
  genitive?: boolean;
}

/** Finds phrase occurrences in `text` between `from` and `to`. */
export type PhraseMatcher<T> = (text: string, from?: number, to?: number) => PhraseMatch<T>[];

interface Accept<T> {
  phrase: string;
  surface: string;
  value: T;
  caseSensitive: boolean;
  endsInWordChar: boolean;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  accepts: Accept<T>[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), accepts: [] });

function foldPhrase(phrase: string): string {
  let out = '';
  for (const c of normaliseSurface(phrase)) out += foldChar(c);
  return out;
}

/** A hyphen that glues two words ("NAV-kontor") makes the parts non-boundaries. */
function isStartBoundary(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  if (isWordChar(prev)) return false;
  return !(prev === '-' && isWordChar(text[i - 2]));
}

function isEndBoundary(text: string, j: number): boolean {
  if (j >= text.length) return true;
  const c = text[j];
  if (isWordChar(c)) return false;
  return !(c === '-' && isWordChar(text[j + 1]));
}

/** Builds a matcher for the phrases; longer matches win, and matches never overlap. */
export function createPhraseMatcher<T>(specs: readonly PhraseSpec<T>[], options: PhraseMatcherOptions = {}): PhraseMatcher<T> {
  const root = node<T>();
  for (const spec of specs) {
    const folded = foldPhrase(spec.phrase);
    if (!folded) continue;
    let cur = root;
    for (const c of folded) {
      let nxt = cur.next.get(c);
      if (!nxt) cur.next.set(c, (nxt = node<T>()));
      cur = nxt;
    }
    const surface = normaliseSurface(spec.phrase);
    cur.accepts.push({
      phrase: spec.phrase,
      surface,
      value: spec.value,
      caseSensitive: spec.caseSensitive,
      endsInWordChar: isWordChar(surface[surface.length - 1]),
    });
  }

  const endOf = (text: string, j: number, acc: Accept<T>): number | null => {
    if (!acc.endsInWordChar) return j;
    if (isEndBoundary(text, j)) return j;
    if (options.genitive && text[j] === 's' && isEndBoundary(text, j + 1)) return j + 1;
    return null;
  };

  return (text, from = 0, to = text.length) => {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      if (!isStartBoundary(text, i) || isSpace(text[i])) {
        i++;
        continue;
      }
      let cur: TrieNode<T> | undefined = root;
      let j = i;
      let best: PhraseMatch<T> | null = null;
      while (cur && j < to) {
        const c = text[j];
        if (isSpace(c)) {
          cur = cur.next.get(' ');
          if (!cur) break;
          while (j < to && isSpace(text[j])) j++;
          continue;
        }
        cur = cur.next.get(foldChar(c));
        if (!cur) break;
        j++;
        for (const acc of cur.accepts) {
          if (acc.caseSensitive && normaliseSurface(text.slice(i, j)) !== acc.surface) continue;
          const end = endOf(text, j, acc);
          if (end === null || end > to) continue;
          best = { start: i, end, phrase: acc.phrase, value: acc.value };
          break;
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return out;
  };
}
