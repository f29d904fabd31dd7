/**
 * Norwegian text to terms: lower-case words, stopwords removed (Bokmål and
 * Nynorsk lists from `stopword` and `stopwords-iso`), stemmed with the
 * Snowball Norwegian stemmer. Keeps a surface form per stem for display.
 */
import snowball from 'snowball-stemmers';
import { nob } from 'stopword';
import iso from 'stopwords-iso';

const stemmer = snowball.newStemmer('norwegian');
const STOP = new Set<string>([...nob, ...((iso as Record<string, string[]>).no ?? [])]);
const WORD = /[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}]{2,}/gu;

export interface Term {
  stem: string;
  word: string;
}

/** Terms of a text: stopwords and one-letter words out, stems in. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.toLocaleLowerCase('nb').matchAll(WORD)) {
    const word = m[0].replace(/^-+|-+$/g, '');
    if (word.length < 3 || STOP.has(word) || /^\d/.test(word)) continue;
    out.push({ stem: stemmer.stem(word), word });
  }
  return out;
}

/** The Snowball stem of one word. */
export function stem(word: string): string {
  return stemmer.stem(word.toLocaleLowerCase('nb'));
}
