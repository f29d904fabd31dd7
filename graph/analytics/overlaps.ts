/**
 * Overlapping efforts: every pair of measures or initiatives with different
 * owners, scored by TF-IDF cosine over stemmed Norwegian text, shared themes
 * and shared bodies, each with its shared terms and a sentence to read aloud.
 */
import { terms } from './norwegian-text.ts';
import { THEMES, themesOf } from './themes.ts';

/** One effort to compare: a measure or an initiative. */
export interface OverlapItem {
  id: string;
  /** "Tiltak 10" or the initiative's name. */
  label: string;
  title: string;
  text: string;
  /** Ids of the responsible bodies (measures) or the lead (initiatives). */
  owners: string[];
  /** Short names of the owners, for the explanation. */
  ownerNames: string[];
  /** Every body tied to the effort: owners, involved, participants. */
  bodies: string[];
  bodyNames: Map<string, string>;
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
}

/** Weights of the three signals; they add up to 1. */
export const WEIGHTS = { text: 0.55, themes: 0.3, bodies: 0.15 };

const jaccard = (a: Set<string>, b: Set<string>) => {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};

/** Scores every pair with different owners; best first. */
export function scoreOverlaps(items: readonly OverlapItem[]): OverlapPair[] {
  // TF-IDF over stems; titles count twice, since they say what the effort is.
  const docs = items.map((it) => terms(`${it.title}\n${it.title}\n${it.text}`));
  const df = new Map<string, number>();
  for (const d of docs) for (const s of new Set(d.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  const surface = new Map<string, Map<string, number>>();
  for (const d of docs)
    for (const t of d) {
      const m = surface.get(t.stem) ?? new Map<string, number>();
      m.set(t.word, (m.get(t.word) ?? 0) + 1);
      surface.set(t.stem, m);
    }
  const n = items.length;
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [s, f] of tf) {
      // Smoothed idf; terms in every document still weigh a little.
      const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(s) ?? 1));
      v.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
  const themes = items.map((it) => themesOf(`${it.title}\n${it.text}`));
  const word = (stem: string) => [...(surface.get(stem) ?? new Map([[stem, 1]])).entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];

  const pairs: OverlapPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const A = items[i];
      const B = items[j];
      const ownersA = new Set(A.owners);
      const ownersB = new Set(B.owners);
      if (ownersA.size === ownersB.size && [...ownersA].every((o) => ownersB.has(o))) continue;
      let cos = 0;
      const shared: [string, number][] = [];
      for (const [s, w] of vectors[i]) {
        const w2 = vectors[j].get(s);
        if (w2) {
          cos += w * w2;
          shared.push([s, w * w2]);
        }
      }
      const ta = new Set(themes[i].keys());
      const tb = new Set(themes[j].keys());
      const sharedThemes = THEMES.filter((t) => ta.has(t.key) && tb.has(t.key));
      const themeScore = jaccard(ta, tb);
      const bodiesA = new Set(A.bodies);
      const bodiesB = new Set(B.bodies);
      const bodyScore = jaccard(bodiesA, bodiesB);
      const score = WEIGHTS.text * Math.min(1, cos) + WEIGHTS.themes * themeScore + WEIGHTS.bodies * bodyScore;
      if (score <= 0) continue;
      const topTerms = shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 8).map(([s]) => word(s));
      const sharedTerms = [...sharedThemes.map((t) => t.label), ...topTerms.filter((t) => !sharedThemes.some((th) => th.label.includes(t)))].slice(0, 10);
      const commonBodies = [...bodiesA].filter((b) => bodiesB.has(b) && !ownersA.has(b) && !ownersB.has(b)).map((b) => A.bodyNames.get(b) ?? B.bodyNames.get(b) ?? b);
      pairs.push({
        a: A.id,
        b: B.id,
        score: Math.round(score * 1000) / 1000,
        sharedTerms,
        explanation: explain(A, B, sharedThemes.map((t) => t.label), topTerms, commonBodies),
        textScore: cos,
        themeScore,
        bodyScore,
      });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

const list = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} og ${xs[xs.length - 1]}`);
const owned = (it: OverlapItem) => (it.ownerNames.length ? `${it.label} (${list(it.ownerNames)})` : `${it.label} (uten ansvarlig)`);

/** One Norwegian sentence: what the two share, and that different bodies own them. */
function explain(A: OverlapItem, B: OverlapItem, themes: string[], topTerms: string[], commonBodies: string[]): string {
  const what = themes.length ? `handler begge om ${list(themes.slice(0, 2))}` : `bruker de samme ordene (${list(topTerms.slice(0, 3))})`;
  const bodies = commonBodies.length ? `, og begge involverer ${list(commonBodies.slice(0, 3))}` : '';
  return `${owned(A)} og ${owned(B)} ${what}${bodies}, men har ulike eiere.`;
}
