/**
 * Matching rules: when a gold name is a served actor, when a served measure is
 * a gold measure, which served initiative a gold collaboration is. Pure.
 */
import { containsFromWordStart, normaliseName, normaliseNumber, splitAliasValue, titlesMatch } from './normalise.ts';
import type { FileAliases, GoldCollaboration, GoldMeasure } from './read-gold.ts';
import type { ServedActor, ServedInitiative, ServedMeasure } from './served.ts';

/**
 * The names one file's aliases.json makes equal: each key with its canonical
 * value (note stripped), joined transitively, so an abbreviation, an inflected
 * form and the full name all fall in one class. A value naming several actors
 * ("A + B") makes no equality: the joined form is neither A nor B.
 */
export class AliasClasses {
  private readonly parent = new Map<string, string>();

  constructor(aliases: FileAliases = {}) {
    for (const [written, value] of Object.entries(aliases)) {
      const names = splitAliasValue(value);
      if (names.length !== 1) continue;
      this.union(normaliseName(written), normaliseName(names[0]));
    }
  }

  /** Every normalised form equal to `name` in this file (at least the name itself). */
  forms(name: string): Set<string> {
    const n = normaliseName(name);
    const root = this.find(n);
    const out = new Set([n]);
    for (const k of this.parent.keys()) if (this.find(k) === root) out.add(k);
    return withPlaceNames(out);
  }

  private find(x: string): string {
    let root = x;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    return root;
  }

  private union(a: string, b: string): void {
    for (const x of [a, b]) if (!this.parent.has(x)) this.parent.set(x, x);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * A municipality is written "Fjell" in a list and "Fjell kommune" elsewhere: a
 * name ending in "kommune" also answers to the bare place name before it.
 * ("fylkeskommune" is left alone: "Hordaland" may be the county or the county municipality.)
 */
export function withPlaceNames(forms: Set<string>): Set<string> {
  for (const f of [...forms]) {
    const m = /^(.+) kommune$/.exec(f);
    if (m) forms.add(m[1]);
  }
  return forms;
}

/** The normalised names a served actor answers to: its name, abbreviation and aliases (and a municipality's bare place name). */
export function actorForms(actor: ServedActor): Set<string> {
  return withPlaceNames(new Set([actor.name, actor.abbreviation ?? '', ...actor.aliases].map(normaliseName).filter(Boolean)));
}

/** A gold name (given as its forms) is this actor. */
export function actorMatches(actor: ServedActor, goldForms: ReadonlySet<string>): boolean {
  for (const f of actorForms(actor)) if (goldForms.has(f)) return true;
  return false;
}

/** A served measure is this gold measure: same number, matching title. */
export function measureMatches(gold: GoldMeasure, served: ServedMeasure): boolean {
  return normaliseNumber(gold.number) === normaliseNumber(served.number) && titlesMatch(gold.title, served.title);
}

/** A served status text is the gold status. */
export function statusMatches(gold: string, served: string | null): boolean {
  return served !== null && normaliseName(gold) === normaliseName(served);
}

/**
 * How well a served initiative fits a gold collaboration: 2 for an equal name
 * (the served name or one of its aliases; the gold name or its aliases in the
 * file's aliases.json), otherwise, when one name contains the other from a word
 * start, the ratio of the shorter to the longer; 0 when they do not fit.
 */
export function collaborationFit(gold: GoldCollaboration, served: ServedInitiative, aliases: AliasClasses): number {
  const g = normaliseName(gold.name);
  if (!g) return 0;
  const goldForms = aliases.forms(gold.name);
  let best = 0;
  for (const name of [served.name, ...(served.aliases ?? [])]) {
    const s = normaliseName(name);
    if (!s) continue;
    if (goldForms.has(s)) return 2;
    if (containsFromWordStart(s, g) || containsFromWordStart(g, s)) best = Math.max(best, Math.min(g.length, s.length) / Math.max(g.length, s.length));
  }
  return best;
}

/**
 * One-to-one pairing of gold items with served items: every pair with a
 * positive fit, best fit first (ties: gold order, then served order).
 * Returns, for each gold item, the index of its served item or -1.
 */
export function pairBest<G, S>(gold: readonly G[], served: readonly S[], fit: (g: G, s: S) => number): number[] {
  const pairs: { g: number; s: number; f: number }[] = [];
  gold.forEach((g, gi) =>
    served.forEach((s, si) => {
      const f = fit(g, s);
      if (f > 0) pairs.push({ g: gi, s: si, f });
    }),
  );
  pairs.sort((a, b) => b.f - a.f || a.g - b.g || a.s - b.s);
  const out = gold.map(() => -1);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out[p.g] !== -1 || taken.has(p.s)) continue;
    out[p.g] = p.s;
    taken.add(p.s);
  }
  return out;
}
