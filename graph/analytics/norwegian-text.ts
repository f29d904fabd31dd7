/**
 * Norwegian text to terms: lower-case words, stopwords removed (the Bokmål
 * list of `stopword` and the Norwegian list of `stopwords-iso`, which carries
 * the Nynorsk forms: eg, ikkje, korleis, noko …), stemmed with the Snowball
 * Norwegian stemmer. Keeps a surface form per stem for display.
 *
 * Norwegian writes compounds as one word ("foreldreveiledning",
 * "foreldrestøtte"), so two texts about parents can share no stem at all.
 * `compoundSplitter` splits a stem into parts that occur on their own in a
 * corpus (foreldreveiledning → foreldr + veiledning), so the parts can count
 * as weaker terms of their own.
 */
import snowball from 'snowball-stemmers';
import { nob } from 'stopword';
import iso from 'stopwords-iso';

const stemmer = snowball.newStemmer('norwegian');
const STOP = new Set<string>([...nob, ...((iso as Record<string, string[]>).no ?? [])]);
const WORD = /[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}]{2,}/gu;

export interface Term {
  stem: string;
  /** The word, lower-cased. */
  word: string;
  /** The word as written ("BTI", "Barnevernet"). */
  surface: string;
}

/** True for a Bokmål or Nynorsk stopword. */
export function isStopword(word: string): boolean {
  return STOP.has(word.toLocaleLowerCase('nb'));
}

/**
 * Terms of a text: stopwords, numbers and words under three letters out,
 * stems in. A hyphenated word ("ATV-kontorer") gives itself and its parts.
 */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  const push = (surface: string) => {
    const word = surface.toLocaleLowerCase('nb');
    if (word.length < 3 || STOP.has(word) || /^\d/.test(word)) return;
    out.push({ stem: stemmer.stem(word), word, surface });
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/^-+|-+$/g, '');
    push(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part) push(part);
  }
  return out;
}

/** The Snowball stem of one word. */
export function stem(word: string): string {
  return stemmer.stem(word.toLocaleLowerCase('nb'));
}

/** Shortest part a compound is split into: shorter pieces ("sam", "inn") are too often accidental. */
export const MIN_PART = 4;

/**
 * A splitter of compound stems against a vocabulary of stems seen on their
 * own. A split is `left + right` where the left part (with or without a
 * linking -s- or -e-) and the right part are both known; the right part is
 * split again. Words that do not split give `[]`. Memoised.
 */
export function compoundSplitter(vocabulary: Iterable<string>): (stem: string) => string[] {
  const known = new Set<string>();
  for (const s of vocabulary) if (s.length >= MIN_PART) known.add(s);
  const memo = new Map<string, string[]>();
  const asPart = (piece: string): string | null => {
    for (const p of [piece, piece.replace(/[se]$/u, ''), stemmer.stem(piece)]) if (p.length >= MIN_PART && known.has(p)) return p;
    return null;
  };
  const split = (s: string): string[] => {
    const hit = memo.get(s);
    if (hit) return hit;
    memo.set(s, []);
    let best: string[] = [];
    // Longest known left part first: "barnevernstjenest" is barnevern + tjenest, not barn + evernstjenest.
    for (let i = s.length - MIN_PART; i >= MIN_PART; i--) {
      const left = asPart(s.slice(0, i));
      if (!left) continue;
      const rest = s.slice(i);
      const right = known.has(rest) ? rest : asPart(rest);
      const restParts = split(rest);
      if (right || restParts.length) {
        best = [...new Set([left, ...split(left), ...(right ? [right] : []), ...restParts])].filter((p) => p !== s);
        break;
      }
    }
    memo.set(s, best);
    return best;
  };
  return split;
}
