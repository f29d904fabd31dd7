/**
 * Overlapping efforts: every pair of measures or initiatives with different
 * owners, scored on three signals and explained in one Norwegian sentence.
 *
 * - Text: TF-IDF cosine over stemmed Norwegian (Bokmål and Nynorsk stopwords
 *   out), titles weighted up. Compounds are split against the corpus
 *   vocabulary, and the parts count as weaker terms, so "foreldreveiledning"
 *   and "foreldrestøtte" share "foreldre". Document frequency is counted over
 *   the items and every paragraph of the source documents, so words the whole
 *   field uses ("barn", "unge", "utsatte", "tjenester", "bedre") weigh little
 *   without any hand-made list. Character 4-grams of the same words add a
 *   share, for inflections the stemmer keeps apart ("fengsel", "fengslet").
 *   Names of ministries and directorates are left out: who is not what.
 * - Themes and target groups (themes.ts), weighted by how rare each is.
 * - Bodies both efforts involve, weighted by how rare each is.
 * A pair that one source names in one place is marked `namedTogether` (and
 * says so in its explanation); seed 002's list of overlapping efforts is one.
 * Pure: the same items give the same pairs, in the same order.
 */
import { splitParagraphs } from '../parse/index.ts';
import { compoundSplitter, terms, type Term } from './norwegian-text.ts';
import { THEMES, themesOf } from './themes.ts';

/** One effort to compare: a measure or an initiative. */
export interface OverlapItem {
  id: string;
  /** "Tiltak 10" or the initiative's name. */
  label: string;
  title: string;
  /** What the effort's own source says: a measure's description and progress, an initiative's description. */
  text: string;
  /** Sentences elsewhere that name the effort (for initiatives); they count as text, not as themes. */
  context?: string;
  /** Where the sources state the effort: a measure's whole block, the sentences naming an initiative. Two efforts stated in one place are "named together". */
  places?: readonly Place[];
  /**
   * Ids of the owners: the responsible bodies of a measure; the lead of an
   * initiative, or its participants when none leads. A renamed body counts as
   * its latest successor here (BLD and BFD are one line of responsibility).
   */
  owners: string[];
  /** Short names of the owners as the sources name them, for the explanation. */
  ownerNames: string[];
  /** Every body tied to the effort: owners, involved, participants. */
  bodies: string[];
  bodyNames: Map<string, string>;
}

/** A span of a document. */
export interface Place {
  documentId: string;
  start: number;
  end: number;
}

export interface OverlapPair {
  a: string;
  b: string;
  score: number;
  sharedTerms: string[];
  explanation: string;
  textScore: number;
  themeScore: number;
  bodyScore: number;
  /** True when one source names both in one place (one sentence, or one inside the other's measure). */
  namedTogether: boolean;
  /** The explanation in English: the same parts, put into English words. */
  explanationEn: string;
}

export interface OverlapOptions {
  /** Further texts (e.g. the documents' paragraphs) counted for document frequency only. */
  background?: readonly string[];
  /**
   * Names of bodies, left out of every text before it is compared: bodies are
   * compared as bodies, and "Barne-, ungdoms- og familiedirektoratet" should not
   * make a text about youth, nor "Kriminalomsorgsdirektoratet" one about prison.
   */
  names?: readonly string[];
  /** Keep only the best `top` pairs (all by default): an API that serves at most 1000 pairs needs no more, and a national corpus has millions. */
  top?: number;
}

/** Weights of the three signals; they add up to 1. */
export const WEIGHTS = { text: 0.6, themes: 0.25, bodies: 0.15 };
/** What a term's presence in the title adds to its (log-damped) count in the body. */
export const TITLE_BOOST = 3;
/** Length of the character n-grams, and their share of the text score (the rest is word stems). */
export const GRAM_SIZE = 4;
export const GRAM_SHARE = 0.3;
/** A shared word is named in an explanation when at most this share of the texts (items and paragraphs) use it. */
export const DISTINCTIVE_SHARE = 0.04;
/** A compound's part counts this much of a word of its own. */
export const PART_WEIGHT = 0.5;

/** Inverse document frequency, BM25's form: always positive, near 0 for a term in every unit. */
const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Removes whole-word occurrences of the names (case-insensitive, longest first). */
function nameStripper(names: readonly string[]): (text: string) => string {
  const list = [...new Set(names.filter((x) => x.trim().length >= 3))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!list.length) return (t) => t;
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (t) => t.replace(re, ' ');
}

/** Length-normalised TF-IDF: log-damped count in the body, plus TITLE_BOOST when in the title. */
function tfidf({ tf, title }: Features, weight: (feature: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const s of [...new Set([...tf.keys(), ...title])].sort()) {
    const w = (Math.log1p(tf.get(s) ?? 0) + (title.has(s) ? TITLE_BOOST : 0)) * weight(s);
    v.set(s, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [s, w] of v) v.set(s, w / norm);
  return v;
}

/** Character n-grams of a word with its edges marked: "fengsel" → "<fen", "feng", …, "sel>". */
export function charGrams(word: string, size = GRAM_SIZE): string[] {
  const w = `<${word}>`;
  if (w.length <= size) return [w];
  const out: string[] = [];
  for (let i = 0; i + size <= w.length; i++) out.push(w.slice(i, i + size));
  return out;
}

const overlapsSpan = (x: Place, y: Place) => x.documentId === y.documentId && x.start < y.end && y.start < x.end;

/** Paragraphs of a text, for document frequency. */
export function paragraphsOf(text: string): string[] {
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}

interface Features {
  /** Feature → weighted count in the body and context. */
  tf: Map<string, number>;
  /** Features of the title. */
  title: Set<string>;
}

/** Scores every pair whose owner sets differ (items without owners pair with anything); best first. */
export function scoreOverlaps(input: readonly OverlapItem[], options: OverlapOptions = {}): OverlapPair[] {
  // Items in id order, so the answer does not depend on the order they came in.
  const items = [...input].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const n = items.length;
  const strip = nameStripper(options.names ?? []);
  const titleTerms = items.map((it) => terms(strip(it.title)));
  const bodyTerms = items.map((it) => terms(strip(`${it.text}\n${it.context ?? ''}`)));
  const backgroundTerms = (options.background ?? []).map((t) => terms(strip(t)));

  // Vocabulary of stems seen anywhere, to split compounds against.
  const surface = new Map<string, Map<string, number>>();
  const note = (t: Term) => {
    const m = surface.get(t.stem) ?? new Map<string, number>();
    m.set(t.surface, (m.get(t.surface) ?? 0) + 1);
    surface.set(t.stem, m);
  };
  for (const list of [...titleTerms, ...bodyTerms, ...backgroundTerms]) list.forEach(note);
  const parts = compoundSplitter(surface.keys());

  const addTerms = (tf: Map<string, number>, ts: Term[], weight: number) => {
    for (const t of ts) {
      tf.set(t.stem, (tf.get(t.stem) ?? 0) + weight);
      for (const p of parts(t.stem)) tf.set(p, (tf.get(p) ?? 0) + weight * PART_WEIGHT);
    }
  };
  const features: Features[] = items.map((_, i) => {
    const tf = new Map<string, number>();
    addTerms(tf, bodyTerms[i], 1);
    const title = new Map<string, number>();
    addTerms(title, titleTerms[i], 1);
    return { tf, title: new Set(title.keys()) };
  });

  // Document frequency over the items and the background units.
  const df = new Map<string, number>();
  const count = (keys: Iterable<string>) => {
    for (const k of new Set(keys)) df.set(k, (df.get(k) ?? 0) + 1);
  };
  for (const f of features) count([...f.tf.keys(), ...f.title]);
  for (const ts of backgroundTerms) {
    const tf = new Map<string, number>();
    addTerms(tf, ts, 1);
    count(tf.keys());
  }
  const units = n + backgroundTerms.length;

  const vectors = features.map((f) => tfidf(f, (s) => idf(units, df.get(s) ?? 1)));

  // Character n-grams of the same words: they meet where stems and splits miss ("fengsel" and "fengslet").
  const grams = (ts: Term[]) => {
    const tf = new Map<string, number>();
    for (const t of ts) for (const g of charGrams(t.word)) tf.set(g, (tf.get(g) ?? 0) + 1);
    return tf;
  };
  const gramFeatures: Features[] = items.map((_, i) => ({ tf: grams(bodyTerms[i]), title: new Set(grams(titleTerms[i]).keys()) }));
  const gramDf = new Map<string, number>();
  for (const f of gramFeatures) for (const g of new Set([...f.tf.keys(), ...f.title])) gramDf.set(g, (gramDf.get(g) ?? 0) + 1);
  for (const ts of backgroundTerms) for (const g of grams(ts).keys()) gramDf.set(g, (gramDf.get(g) ?? 0) + 1);
  const gramVectors = gramFeatures.map((f) => tfidf(f, (g) => idf(units, gramDf.get(g) ?? 1)));

  // Themes and bodies, weighted by rarity among the items.
  const themes = items.map((it) => themesOf(strip(`${it.title}\n${it.text}`), parts));
  const themeDf = new Map<string, number>();
  for (const t of themes) for (const k of t.keys()) themeDf.set(k, (themeDf.get(k) ?? 0) + 1);
  const bodyDf = new Map<string, number>();
  for (const it of items) for (const b of new Set(it.bodies)) bodyDf.set(b, (bodyDf.get(b) ?? 0) + 1);

  // How a stem is shown: its most frequent form, lower-cased unless it is only ever written otherwise ("BTI", "ICDP").
  const word = (s: string) => {
    const forms = new Map<string, number>();
    let onlyCapitals = true;
    for (const [f, c] of surface.get(s) ?? new Map([[s, 1]])) {
      if (f === f.toLocaleLowerCase('nb')) onlyCapitals = false;
      const k = f.toLocaleLowerCase('nb');
      forms.set(k, (forms.get(k) ?? 0) + c);
    }
    const best = [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0][0];
    if (!onlyCapitals) return best;
    const written = [...(surface.get(s) ?? [])].filter(([f]) => f.toLocaleLowerCase('nb') === best).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    return written[0]?.[0] ?? best;
  };

  // Every pair's score, from postings (term → the items that have it), so a pair costs only the
  // terms it shares; the sums run in the same order as a pair-by-pair dot product, so the scores are the same.
  const themeSets = themes.map((t) => new Set(t.keys()));
  const bodySets = items.map((it) => new Set(it.bodies));
  const scored = scorePairs(items, {
    text: vectors,
    grams: gramVectors,
    themes: rarityVectors(themeSets, themeDf, n),
    bodies: rarityVectors(bodySets, bodyDf, n),
    floor: Math.log(n / 2),
    top: options.top,
  });

  // Only the pairs kept are explained.
  const pairs: OverlapPair[] = [];
  for (const [i, j, score] of scored) {
    const A = items[i];
    const B = items[j];
    const shared: [string, number][] = [];
    for (const [s, w] of vectors[i]) {
      const w2 = vectors[j].get(s);
      if (w2) shared.push([s, w * w2]);
    }
    const ta = themeSets[i];
    const tb = themeSets[j];
    const namedTogether = (A.places ?? []).some((x) => (B.places ?? []).some((y) => overlapsSpan(x, y)));
    const sharedThemes = THEMES.filter((t) => ta.has(t.key) && tb.has(t.key));
    const sharedStems = shared
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([s]) => s)
      // A part says less than the compound it came from: "foreldr" adds nothing next to "foreldreveiledning".
      .filter((s, _, all) => !all.some((o) => o !== s && o.length > s.length && parts(o).includes(s) && all.indexOf(o) < all.indexOf(s)));
    // Words few texts use say what the two share; common ones ("bedre", "vurdere") go last and are not read aloud.
    const distinctive = sharedStems.filter((x) => (df.get(x) ?? 0) <= DISTINCTIVE_SHARE * units);
    const topTerms = [...new Set(distinctive.slice(0, 8).map(word))];
    const otherTerms = [...new Set(sharedStems.filter((x) => !distinctive.includes(x)).slice(0, 8).map(word))];
    const commonBodies = [...new Set(A.bodies)]
      .filter((b) => B.bodies.includes(b))
      .sort((x, y) => (bodyDf.get(x) ?? 0) - (bodyDf.get(y) ?? 0) || (x < y ? -1 : 1))
      .map((b) => A.bodyNames.get(b) ?? B.bodyNames.get(b) ?? b);
    pairs.push({
      a: A.id,
      b: B.id,
      score: round(score.score),
      sharedTerms: [...new Set([...sharedThemes.map((t) => t.label), ...topTerms, ...otherTerms])].slice(0, 10),
      explanation: explain(A, B, { themes: sharedThemes.map((t) => t.label), terms: topTerms.length || sharedThemes.length ? topTerms : otherTerms, bodies: commonBodies, namedTogether }),
      explanationEn: explainEn(A, B, { themes: sharedThemes.map((t) => t.labelEn), terms: topTerms.length || sharedThemes.length ? topTerms : otherTerms, bodies: commonBodies, namedTogether }),
      textScore: round(score.text),
      themeScore: round(score.themes),
      bodyScore: round(score.bodies),
      namedTogether,
    });
  }
  return pairs;
}

/** A sparse vector: term numbers and their weights, in the order the sums run. */
interface Sparse {
  keys: Int32Array;
  weights: Float64Array;
}

/** Numbers the keys of maps (or sets) of every item, keeping each item's own key order. */
function sparse(maps: readonly (ReadonlyMap<string, number> | ReadonlySet<string>)[], weight?: (key: string) => number): Sparse[] {
  const ids = new Map<string, number>();
  return maps.map((m) => {
    const keys = new Int32Array(m.size);
    const weights = new Float64Array(m.size);
    let k = 0;
    for (const entry of m.entries()) {
      const key = entry[0] as string;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      keys[k] = id;
      weights[k++] = weight ? weight(key) : (entry[1] as number);
    }
    return { keys, weights };
  });
}

/**
 * Key sets weighted by rarity among n items (ln(n / df): 0 for a key every
 * item has), with each set's total weight. Two sets share the weight of their
 * common keys over the geometric mean of their totals (Ochiai); the
 * denominator is at least the weight of a key only two items have, so sharing
 * one common key ("samordning", in half the items) scores low even when it is
 * all the two have.
 */
interface RarityVectors {
  vectors: Sparse[];
  totals: Float64Array;
}

function rarityVectors(sets: readonly ReadonlySet<string>[], df: ReadonlyMap<string, number>, n: number): RarityVectors {
  const weight = (k: string) => Math.log(n / Math.max(1, df.get(k) ?? 1));
  const vectors = sparse(sets, weight);
  const totals = new Float64Array(sets.length);
  vectors.forEach((v, i) => {
    let sum = 0;
    for (let k = 0; k < v.weights.length; k++) sum += v.weights[k];
    totals[i] = sum;
  });
  return { vectors, totals };
}

/** The items that have each term, in item order, with the term's weight in each (1 with `unit`: a key counts its weight once, not squared). */
function postingsOf(vectors: readonly Sparse[], unit = false): { items: Int32Array; weights: Float64Array }[] {
  const lists: { items: number[]; weights: number[] }[] = [];
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.keys.length; k++) {
      const list = (lists[v.keys[k]] ??= { items: [], weights: [] });
      list.items.push(i);
      list.weights.push(unit ? 1 : v.weights[k]);
    }
  });
  return lists.map((l) => ({ items: Int32Array.from(l.items), weights: Float64Array.from(l.weights) }));
}

/** Adds item i's products with every later item j into acc[j], in i's key order (a dot product's order). */
function accumulate(i: number, v: Sparse, postings: ReturnType<typeof postingsOf>, acc: Float64Array): void {
  for (let k = 0; k < v.keys.length; k++) {
    const w = v.weights[k];
    const list = postings[v.keys[k]];
    for (let p = list.items.length - 1; p >= 0 && list.items[p] > i; p--) acc[list.items[p]] += w * list.weights[p];
  }
}

interface PairScore {
  score: number;
  text: number;
  themes: number;
  bodies: number;
}

/**
 * Scores every pair whose owner sets differ, best first (ties by item order);
 * with `top`, only the best `top` pairs are kept, so a corpus of thousands of
 * efforts never holds millions of pairs.
 */
function scorePairs(
  items: readonly OverlapItem[],
  v: { text: Map<string, number>[]; grams: Map<string, number>[]; themes: RarityVectors; bodies: RarityVectors; floor: number; top?: number },
): [number, number, PairScore][] {
  const n = items.length;
  const text = sparse(v.text);
  const grams = sparse(v.grams);
  const post = { text: postingsOf(text), grams: postingsOf(grams), themes: postingsOf(v.themes.vectors, true), bodies: postingsOf(v.bodies.vectors, true) };
  const acc = { text: new Float64Array(n), grams: new Float64Array(n), themes: new Float64Array(n), bodies: new Float64Array(n) };
  const ownerKeys = items.map((it) => (it.owners.length ? [...new Set(it.owners)].sort().join('\u0000') : null));
  const rarity = (both: number, sa: number, sb: number) => (both > 0 ? Math.min(1, both / Math.max(Math.sqrt(sa * sb), v.floor)) : 0);
  const kept = new PairHeap(v.top ?? Infinity);
  for (let i = 0; i < n; i++) {
    accumulate(i, text[i], post.text, acc.text);
    accumulate(i, grams[i], post.grams, acc.grams);
    accumulate(i, v.themes.vectors[i], post.themes, acc.themes);
    accumulate(i, v.bodies.vectors[i], post.bodies, acc.bodies);
    for (let j = i + 1; j < n; j++) {
      const cos = acc.text[j];
      const gramCos = acc.grams[j];
      const themeBoth = acc.themes[j];
      const bodyBoth = acc.bodies[j];
      acc.text[j] = acc.grams[j] = acc.themes[j] = acc.bodies[j] = 0;
      if (ownerKeys[i] !== null && ownerKeys[i] === ownerKeys[j]) continue;
      const themeScore = rarity(themeBoth, v.themes.totals[i], v.themes.totals[j]);
      const bodyScore = rarity(bodyBoth, v.bodies.totals[i], v.bodies.totals[j]);
      const textScore = Math.min(1, (1 - GRAM_SHARE) * cos + GRAM_SHARE * gramCos);
      const score = WEIGHTS.text * textScore + WEIGHTS.themes * themeScore + WEIGHTS.bodies * bodyScore;
      if (score <= 0) continue;
      kept.offer(i, j, round(score), score, textScore, themeScore, bodyScore);
    }
  }
  return kept.best();
}

/** The best pairs seen, by rounded score, then item order: a bounded heap whose root is the worst one kept. */
class PairHeap {
  private readonly heap: [number, number, number, PairScore][] = [];
  constructor(private readonly size: number) {}

  /** x is worse than y: lower score, or the same score later in item order. */
  private static worse(x: [number, number, number, unknown], y: [number, number, number, unknown]): boolean {
    return x[2] !== y[2] ? x[2] < y[2] : x[0] !== y[0] ? x[0] > y[0] : x[1] > y[1];
  }

  offer(i: number, j: number, rounded: number, score: number, text: number, themes: number, bodies: number): void {
    const h = this.heap;
    if (this.size <= 0) return;
    if (h.length >= this.size) {
      const root = h[0];
      // Not better than the worst kept: the same test as worse(root, pair), without making the pair.
      if (rounded < root[2] || (rounded === root[2] && (i > root[0] || (i === root[0] && j > root[1])))) return;
      h[0] = [i, j, rounded, { score, text, themes, bodies }];
      this.down(0);
      return;
    }
    h.push([i, j, rounded, { score, text, themes, bodies }]);
    let c = h.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!PairHeap.worse(h[c], h[p])) break;
      [h[c], h[p]] = [h[p], h[c]];
      c = p;
    }
  }

  private down(at: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let w = at;
      if (l < h.length && PairHeap.worse(h[l], h[w])) w = l;
      if (r < h.length && PairHeap.worse(h[r], h[w])) w = r;
      if (w === at) return;
      [h[w], h[at]] = [h[at], h[w]];
      at = w;
    }
  }

  /** The pairs kept, best first. */
  best(): [number, number, PairScore][] {
    return [...this.heap].sort((x, y) => (PairHeap.worse(x, y) ? 1 : PairHeap.worse(y, x) ? -1 : 0)).map(([i, j, , s]) => [i, j, s]);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} og ${xs[xs.length - 1]}`);

/** "Tiltak 10, «Sikre foreldreveiledning i introduksjonsprogrammet», hos KD" or "KS læringsnettverk hos KS". */
function named(it: OverlapItem): string {
  // Quotes inside a title become single quotes, so the title reads as one quotation.
  const title = it.title.replace(/«([^«»]*)»/g, '‘$1’');
  const what = title && title !== it.label ? `${it.label}, «${title}»,` : it.label;
  return it.ownerNames.length ? `${what} hos ${list(it.ownerNames)}` : `${what} uten oppgitt ansvarlig`;
}

/** What two efforts have in common, for their explanation. */
export interface Shared {
  /** Labels of shared themes, most specific first. */
  themes: readonly string[];
  /** Shared words, most telling first. */
  terms: readonly string[];
  /** Names of bodies both involve. */
  bodies: readonly string[];
  namedTogether: boolean;
}

/**
 * One Norwegian sentence a facilitator can read aloud: the two efforts with
 * their owners, what they share, and the bodies they have in common, e.g.
 * "Tiltak 10, «…», hos KD, og Tiltak 18, «…», hos BLD, handler begge om foreldreveiledning og foreldrestøtte, med felles stikkord som «foreldreveiledning»."
 */
export function explain(A: OverlapItem, B: OverlapItem, shared: Shared): string {
  const terms = shared.terms.slice(0, 3).map((t) => `«${t}»`);
  const [t1, t2] = shared.themes;
  let what: string;
  if (t1) what = `handler begge om ${t1}${t2 ? ` og om ${t2}` : ''}${terms.length ? `, med felles stikkord som ${list(terms)}` : ''}`;
  else if (terms.length) what = `bruker de samme ordene, som ${list(terms)}`;
  else what = 'ligner hverandre';
  const bodies = shared.bodies.length ? `, og begge involverer ${list(shared.bodies.slice(0, 3))}` : '';
  const together = shared.namedTogether ? ', og kilden nevner dem sammen' : '';
  return `${capitalise(named(A))}, og ${named(B)}, ${what}${bodies}${together}.`;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);

const listEn = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** "Measure 10, «…», owned by KD" or "KS læringsnettverk, owned by KS": Norwegian titles and shared words stay as quoted. */
function namedEn(it: OverlapItem): string {
  const title = it.title.replace(/«([^«»]*)»/g, '‘$1’');
  const label = it.label.replace(/^Tiltak(?= )/, 'Measure');
  const what = title && title !== it.label ? `${label}, «${title}»,` : label;
  return it.ownerNames.length ? `${what} owned by ${listEn(it.ownerNames)}` : `${what} with no named owner`;
}

/** The English twin of `explain`: the same efforts, shared themes (English labels), shared words and bodies. */
export function explainEn(A: OverlapItem, B: OverlapItem, shared: Shared): string {
  const terms = shared.terms.slice(0, 3).map((t) => `«${t}»`);
  const [t1, t2] = shared.themes;
  let what: string;
  if (t1) what = `are both about ${t1}${t2 ? ` and ${t2}` : ''}${terms.length ? `, with shared keywords such as ${listEn(terms)}` : ''}`;
  else if (terms.length) what = `use the same words, such as ${listEn(terms)}`;
  else what = 'resemble each other';
  const bodies = shared.bodies.length ? `, and both involve ${listEn(shared.bodies.slice(0, 3))}` : '';
  const together = shared.namedTogether ? ', and the source names them together' : '';
  return `${namedEn(A)}, and ${namedEn(B)}, ${what}${bodies}${together}.`;
}
