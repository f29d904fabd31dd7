/**
 * Likely duplicate actors, for a person to confirm or dismiss in the review
 * panel: the same name up to inflection ("Fjordby Analyse" / "Fjordby
 * Analysen"), a misspelling (bounded edit distance, the gazetteer's), an
 * abbreviation that spells the other's name ("NSD" / "Norsk senter for
 * data"), or the same parent and mostly the same words. Pairs of two curated
 * gazetteer bodies are never suggested: the register keeps them apart on
 * purpose. Pure; nothing is merged here.
 */
import { boundedEditDistance, looseKey } from '../gazetteer/index.ts';
import { stem } from '../analytics/norwegian-text.ts';
import type { GraphEdge, GraphNode } from '../model/index.ts';

export type DuplicateReason = 'inflection' | 'spelling' | 'abbreviation' | 'same-parent';

export interface DuplicateSuggestion {
  /** Stable: `duplicate:<a>|<b>` with a < b. */
  id: string;
  a: string;
  b: string;
  reason: DuplicateReason;
  /** 0–1: how alike the names are. */
  score: number;
}

/** Larger groups of alike names are a pattern (every municipality's service), not duplicates; they are skipped, which also bounds the cost. */
const MAX_GROUP = 50;

const SMALL_WORDS = new Set(['for', 'og', 'i', 'av', 'til', 'på', 'med', 'om', 'the', 'of', 'and']);

const nameOf = (n: GraphNode) => (typeof n.props.name === 'string' ? n.props.name : n.id);
const words = (name: string) => looseKey(name).split(' ').filter(Boolean);
/** The name with every word stemmed: inflected forms of one name share it. */
const stemKey = (name: string) => words(name).map(stem).join(' ');
/** The letters an abbreviation of the name would be made of ("Norsk senter for forskningsdata" → "nsf", "nsfd" tried too). */
function initials(name: string): string[] {
  const ws = words(name);
  const big = ws.filter((w) => !SMALL_WORDS.has(w));
  return [...new Set([big.map((w) => w[0]).join(''), ws.map((w) => w[0]).join('')])].filter((s) => s.length >= 2);
}
const abbreviationOf = (n: GraphNode): string | null => {
  const own = typeof n.props.abbreviation === 'string' ? n.props.abbreviation : null;
  if (own) return own.toLowerCase();
  const name = nameOf(n);
  return /^[\p{Lu}\d]{2,8}$/u.test(name) ? name.toLowerCase() : null;
};

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  const both = [...A].filter((w) => B.has(w)).length;
  return both / (A.size + B.size - both || 1);
}

/** Likely duplicates among the actors (rejected and merged ones are left out), best first. `edges` gives parents (PART_OF). */
export function duplicateSuggestions(actors: readonly GraphNode[], edges: readonly GraphEdge[] = []): DuplicateSuggestion[] {
  const live = actors.filter((a) => a.label === 'Actor' && a.props.rejected !== true);
  const byId = new Map(live.map((a) => [a.id, a]));
  const found = new Map<string, DuplicateSuggestion>();
  const suggest = (x: GraphNode, y: GraphNode, reason: DuplicateReason, score: number) => {
    if (x.id === y.id) return;
    if (x.props.curated !== false && y.props.curated !== false) return;
    const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    const id = `duplicate:${a}|${b}`;
    const had = found.get(id);
    if (!had || had.score < score) found.set(id, { id, a, b, reason, score: Math.round(score * 100) / 100 });
  };

  // Same name up to inflection.
  const byStem = new Map<string, GraphNode[]>();
  for (const a of live) {
    const key = stemKey(nameOf(a));
    if (key) byStem.set(key, [...(byStem.get(key) ?? []), a]);
  }
  for (const group of byStem.values()) if (group.length <= MAX_GROUP) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) suggest(group[i], group[j], 'inflection', 0.95);

  // A misspelling: the names differ in one word only, of 6+ letters, by 1 edit (2 from 12 letters), and not in digits
  // ("Kystbyen kompetanssenter"), never in a short word ("Barnevernet i Bø" / "i Ås") or a number. Names are
  // grouped by the other words, so the cost grows with the names, not with their pairs.
  const byRest = new Map<string, { node: GraphNode; word: string }[]>();
  for (const a of live) {
    const ws = words(nameOf(a));
    ws.forEach((w, i) => {
      if (w.length < 6 || /\d/u.test(w)) return;
      const key = `${ws.length}|${i}|${ws.filter((_, j) => j !== i).join(' ')}`;
      byRest.set(key, [...(byRest.get(key) ?? []), { node: a, word: w }]);
    });
  }
  for (const group of byRest.values()) {
    if (group.length > MAX_GROUP) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i], group[j]];
        if (x.word === y.word || x.word[0] !== y.word[0]) continue;
        const max = Math.min(x.word.length, y.word.length) >= 12 ? 2 : 1;
        const d = boundedEditDistance(x.word, y.word, max);
        if (d <= max && stem(x.word) !== stem(y.word)) suggest(x.node, y.node, 'spelling', 1 - d / Math.max(x.word.length, y.word.length));
      }
    }
  }

  // An abbreviation that spells the other's name.
  const byAbbreviation = new Map<string, GraphNode[]>();
  for (const a of live) {
    const abbr = abbreviationOf(a);
    if (abbr) byAbbreviation.set(abbr, [...(byAbbreviation.get(abbr) ?? []), a]);
  }
  for (const a of live) {
    if (abbreviationOf(a) === looseKey(nameOf(a)).replace(/ /g, '')) continue;
    for (const letters of initials(nameOf(a))) for (const b of byAbbreviation.get(letters) ?? []) if (b.id !== a.id && nameOf(b) !== nameOf(a)) suggest(a, b, 'abbreviation', 0.8);
  }

  // The same parent and mostly the same words.
  const children = new Map<string, GraphNode[]>();
  for (const e of edges) {
    if (e.type !== 'PART_OF' || e.props.rejected === true) continue;
    const child = byId.get(e.source);
    if (child) children.set(e.target, [...(children.get(e.target) ?? []), child]);
  }
  for (const group of children.values()) {
    if (group.length > MAX_GROUP) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const score = jaccard(words(nameOf(group[i])).map(stem), words(nameOf(group[j])).map(stem));
        if (score >= 0.5) suggest(group[i], group[j], 'same-parent', score * 0.9);
      }
    }
  }
  return [...found.values()].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}
