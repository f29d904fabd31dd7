/**
 * Resolves a name as written (one body, not running text) to its gazetteer
 * entry, and says how: `exact` (a surface form as written), `normalised`
 * (after folding case, whitespace, dashes, missing or extra hyphens and
 * spaces, the genitive s, definite/indefinite endings and Nynorsk forms) or
 * `fuzzy` (a misspelling within a small edit distance). Bare place names are
 * not bodies and never resolve; see `lookupPlace` for those.
 */
import { boundedEditDistance } from './edit-distance.ts';
import { GAZETTEER, surfaceForms } from './gazetteer.ts';
import { joinSplitWords, looseKey, normaliseSurface } from './normalise.ts';
import type { GazetteerEntry } from './types.ts';

/** How a name was resolved, and how sure the match is (1 for exact). */
export interface ActorNameResolution {
  entry: GazetteerEntry;
  method: 'exact' | 'normalised' | 'fuzzy';
  confidence: number;
  /** The surface form it matched. */
  form: string;
}

export interface ResolveOptions {
  /** Also try edit distance (default true). */
  fuzzy?: boolean;
}

/** Confidence of a match found after normalisation. */
export const NORMALISED_CONFIDENCE = 0.95;

/** Names shorter than this (without spaces and punctuation) are never matched fuzzily. */
export const FUZZY_MIN_LENGTH = 10;

interface Indexes {
  /** Surface form as written (NFC, one space, one dash) → entry; case-insensitive forms folded to lower case. */
  exact: Map<string, { entry: GazetteerEntry; form: string }>;
  /** looseKey (punctuation → space) → entry. */
  loose: Map<string, GazetteerEntry>;
  /** compactKey (letters and digits only) → entry, or null where two bodies share it. */
  compact: Map<string, GazetteerEntry | null>;
  /** Compact keys by length, for the fuzzy scan; abbreviations left out. */
  byLength: Map<number, { key: string; entry: GazetteerEntry; form: string }[]>;
}

let indexes: Indexes | null = null;

/** Letters and digits only, lower case: "Barne-, ungdoms- og familiedirektoratet" → "barneungdomsogfamiliedirektoratet". */
export function compactKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').replace(/[\u00ad]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

const exactKey = (text: string, caseSensitive: boolean): string => {
  const t = normaliseSurface(text.normalize('NFC'));
  return caseSensitive ? t : t.toLocaleLowerCase('nb');
};

function build(): Indexes {
  const exact = new Map<string, { entry: GazetteerEntry; form: string }>();
  const loose = new Map<string, GazetteerEntry>();
  const compact = new Map<string, GazetteerEntry | null>();
  const byLength = new Map<number, { key: string; entry: GazetteerEntry; form: string }[]>();
  for (const form of surfaceForms(GAZETTEER)) {
    const ek = exactKey(form.text, form.caseSensitive);
    if (!exact.has(ek)) exact.set(ek, { entry: form.entry, form: form.text });
    const lk = looseKey(form.text);
    if (lk && !loose.has(lk)) loose.set(lk, form.entry);
    const ck = compactKey(form.text);
    if (!ck) continue;
    const had = compact.get(ck);
    if (had === undefined) compact.set(ck, form.entry);
    else if (had && had.key !== form.entry.key) compact.set(ck, null);
    if (!form.caseSensitive && ck.length >= FUZZY_MIN_LENGTH) {
      let list = byLength.get(ck.length);
      if (!list) byLength.set(ck.length, (list = []));
      list.push({ key: ck, entry: form.entry, form: form.text });
    }
  }
  return { exact, loose, compact, byLength };
}

function getIndexes(): Indexes {
  return (indexes ??= build());
}

/** Loose key → entry for every surface form; the first entry wins on a clash (the tests forbid clashes). */
export function looseNameIndex(): Map<string, GazetteerEntry> {
  return getIndexes().loose;
}

/**
 * Spelling variants of a compact key to try: the genitive s, a missing
 * definite ending ("utenriksdepartement" → "…departementet"), and Nynorsk
 * forms ("statsforvaltaren" → "statsforvalteren", "-tenesta" → "-tjenesten").
 */
function variants(key: string): string[] {
  const out = new Set<string>([key]);
  const nynorsk = key
    .replace(/forvaltar/g, 'forvalter')
    .replace(/tenesta/g, 'tjenesten')
    .replace(/teneste/g, 'tjeneste')
    .replace(/ombodet/g, 'ombudet')
    .replace(/ombod/g, 'ombud')
    .replace(/høgskule/g, 'høgskole');
  for (const k of [key, nynorsk]) {
    out.add(k);
    if (k.endsWith('s')) out.add(k.slice(0, -1));
  }
  for (const k of [...out]) {
    const definite = k.replace(/(departement|direktorat|tilsyn|ombud|institutt|kontor|råd|senter)$/u, (w) => (w === 'senter' ? 'senteret' : `${w}et`));
    if (definite !== k) out.add(definite);
    if (/tjeneste$/u.test(k)) out.add(`${k}n`);
    if (/etat$/u.test(k)) out.add(`${k}en`);
  }
  return [...out];
}

/** Largest edit distance allowed for a compact name of this length. */
function maxDistance(length: number): number {
  if (length < FUZZY_MIN_LENGTH) return 0;
  if (length < 20) return 1;
  if (length < 30) return 2;
  return 3;
}

/** Strips markup and wrapping punctuation that never belongs to a name. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*_«»"“”]/g, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—]+$/gu, '')
    .trim();
}

/** True for a token that reads as an abbreviation: short, or with capitals after the first letter. */
function looksLikeAbbreviation(name: string): boolean {
  if (/\s/u.test(name)) return false;
  return name.length <= 5 || (name.slice(1).match(/\p{Lu}/gu) ?? []).length >= 1;
}

function resolveExactOrNormalised(name: string): ActorNameResolution | null {
  const idx = getIndexes();
  const ex = idx.exact.get(exactKey(name, true)) ?? idx.exact.get(exactKey(name, false));
  if (ex) return { entry: ex.entry, method: 'exact', confidence: 1, form: ex.form };
  for (const candidate of [name, joinSplitWords(name)]) {
    const lk = looseKey(candidate);
    if (!lk) continue;
    const direct = idx.loose.get(lk) ?? (lk.endsWith('s') ? idx.loose.get(lk.slice(0, -1)) : undefined);
    if (direct) return { entry: direct, method: 'normalised', confidence: NORMALISED_CONFIDENCE, form: direct.name };
    for (const v of variants(compactKey(candidate))) {
      const hit = idx.compact.get(v);
      if (hit) return { entry: hit, method: 'normalised', confidence: NORMALISED_CONFIDENCE, form: hit.name };
    }
  }
  return null;
}

function resolveFuzzy(name: string): ActorNameResolution | null {
  if (looksLikeAbbreviation(name)) return null;
  const key = compactKey(name);
  const max = maxDistance(key.length);
  if (max === 0) return null;
  const idx = getIndexes();
  let best: { d: number; entry: GazetteerEntry; form: string } | null = null;
  let tie = false;
  for (let len = key.length - max; len <= key.length + max; len++) {
    for (const cand of idx.byLength.get(len) ?? []) {
      const d = boundedEditDistance(key, cand.key, best ? Math.min(best.d, max) : max);
      if (d > max) continue;
      if (!best || d < best.d) {
        best = { d, entry: cand.entry, form: cand.form };
        tie = false;
      } else if (d === best.d && cand.entry.key !== best.entry.key) tie = true;
    }
  }
  if (!best || tie) return null;
  // One edit in a long name is nearly certain; each further edit, relative to length, less so.
  const confidence = Math.max(0.5, Math.round((0.9 - (best.d / key.length) * 3) * 100) / 100);
  return { entry: best.entry, method: 'fuzzy', confidence, form: best.form };
}

const cache = new Map<string, ActorNameResolution | null>();

/**
 * The gazetteer entry for a name as written, with how it matched, or null.
 * "Helsedepartementet" → HOD (exact); "Barne, ungdoms og familiedirektoratet"
 * → Bufdir (normalised); "Utdanningsdirektoratett" → Udir (fuzzy).
 */
export function resolveActorNameDetailed(text: string, options: ResolveOptions = {}): ActorNameResolution | null {
  const fuzzy = options.fuzzy ?? true;
  const cacheKey = `${fuzzy ? 1 : 0}\u0000${text}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey)!;
  const result = resolveUncached(text, fuzzy);
  if (cache.size > 50_000) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

function resolveUncached(text: string, fuzzy: boolean): ActorNameResolution | null {
  const name = clean(text);
  if (!name) return null;
  const found = resolveExactOrNormalised(name);
  if (found) return found;
  // "Kommunesektorens organisasjon (KS)": the name outside or inside the brackets.
  const paren = /^(.*?)\s*\(([^()]+)\)$/u.exec(name);
  if (paren) {
    const inner = resolveUncached(paren[1], fuzzy) ?? resolveUncached(paren[2], false);
    if (inner) return inner;
  }
  return fuzzy ? resolveFuzzy(name) : null;
}

/** The gazetteer entry for a name as written, or null: "Helsedepartementet" → HOD, "FM" → Fylkesmannen, "Bufdirs" → Bufdir. Never fuzzy. */
export function resolveActorName(text: string): GazetteerEntry | null {
  return resolveActorNameDetailed(text, { fuzzy: false })?.entry ?? null;
}
