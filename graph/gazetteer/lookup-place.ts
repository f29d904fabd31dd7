/**
 * Bare place names ("Askøy", "Fjell", "Vestland") resolved to the
 * municipality and county of that name, for callers that read a place after
 * "i" or "for", and a word test for the privacy filter: a capitalised word
 * that names a place or a body is never a person's name.
 */
import { GAZETTEER, surfaceForms } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';

/** What a place name stands for. `ambiguous` lists the municipalities when the name is shared (Herøy, Våler). */
export interface PlaceLookup {
  municipality: GazetteerEntry | null;
  county: GazetteerEntry | null;
  ambiguous: GazetteerEntry[];
}

interface PlaceIndex {
  municipalities: Map<string, GazetteerEntry[]>;
  counties: Map<string, GazetteerEntry[]>;
  words: Set<string>;
}

let index: PlaceIndex | null = null;

/** NFC, one space, one dash, first letter in lower case: the key places are compared by. */
function placeKey(name: string): string {
  const t = name
    .normalize('NFC')
    .replace(/[\u2010-\u2014\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return t ? t[0].toLocaleLowerCase('nb') + t.slice(1) : '';
}

/** A body of today sorts before a former one of the same name. */
const isCurrent = (e: GazetteerEntry): boolean => e.successors.every((s) => s.kind === 'partial');

function push(map: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

function build(): PlaceIndex {
  const municipalities = new Map<string, GazetteerEntry[]>();
  const counties = new Map<string, GazetteerEntry[]>();
  const words = new Set<string>();
  for (const e of GAZETTEER) {
    const map = e.kind === 'MUNICIPALITY' ? municipalities : e.kind === 'COUNTY_MUNICIPALITY' ? counties : null;
    if (!map) continue;
    for (const p of e.placeNames) {
      push(map, placeKey(p), e);
      words.add(placeKey(p));
    }
  }
  for (const list of [...municipalities.values(), ...counties.values()]) list.sort((a, b) => Number(isCurrent(b)) - Number(isCurrent(a)));
  // Single-word names and abbreviations of bodies: "Bufdir", "Statped", "Husbanken".
  for (const f of surfaceForms()) if (!/\s/u.test(f.text)) words.add(placeKey(f.text));
  return { municipalities, counties, words };
}

function getIndex(): PlaceIndex {
  return (index ??= build());
}

/** The one body a list names: a single current one, else the single former one; null when two of the same standing share the name. */
function pick(list: readonly GazetteerEntry[] | undefined): { one: GazetteerEntry | null; ambiguous: GazetteerEntry[] } {
  if (!list?.length) return { one: null, ambiguous: [] };
  const current = list.filter(isCurrent);
  const pool = current.length ? current : list;
  return pool.length === 1 ? { one: pool[0], ambiguous: [] } : { one: null, ambiguous: [...pool] };
}

/**
 * The municipality and the county a bare place name stands for: "Askøy" →
 * Askøy kommune (and no county), "Oslo" → Oslo kommune and Oslo fylke,
 * "Vestland" → Vestland fylkeskommune, "Fjell" → Fjell kommune (merged into
 * Øygarden 2020). Case-insensitive on the first letter only, NFC.
 */
export function lookupPlace(name: string): PlaceLookup {
  const idx = getIndex();
  const key = placeKey(name);
  const m = pick(idx.municipalities.get(key));
  const c = pick(idx.counties.get(key));
  return { municipality: m.one, county: c.one, ambiguous: m.ambiguous };
}

/**
 * True when a word (or a name of a few words) is a municipality, county or
 * body name, with or without a genitive s: "Fjell", "Sund", "Moss", "Hole",
 * "Lier", "Bufdirs". Such a word is never a person.
 */
export function isKnownPlaceOrBodyWord(word: string): boolean {
  const { words } = getIndex();
  const key = placeKey(word.replace(/['’]s?$/u, ''));
  if (!key) return false;
  return words.has(key) || (key.endsWith('s') && words.has(key.slice(0, -1)));
}

/** A place name read from a text, with its span and what it stands for. */
export interface PlaceMention extends PlaceLookup {
  start: number;
  end: number;
  text: string;
}

/**
 * The place name that directly follows position `at` in `text` (after one
 * space), as in a local unit "Røde Kors Stranda", "NAV Askøy" or "Kirkens
 * Bymisjon i Oslo" (with `allowI`); the longest known name of up to four
 * words wins ("Nore og Uvdal", "Indre Østfold"). Null when no municipality or
 * county of that name follows.
 */
export function placeAfter(text: string, at: number, options: { allowI?: boolean } = {}): PlaceMention | null {
  const head = /[ \u00a0](?:i[ \u00a0])?/uy;
  head.lastIndex = at;
  const h = head.exec(text);
  if (!h || (!options.allowI && h[0].length > 1)) return null;
  const start = at + h[0].length;
  const words = /\p{Lu}[\p{L}-]*(?:[ \u00a0](?:og[ \u00a0])?\p{Lu}?[\p{L}-]+){0,3}/uy;
  words.lastIndex = start;
  const m = words.exec(text);
  if (!m) return null;
  const parts = m[0].split(/[ \u00a0]/u);
  for (let n = parts.length; n >= 1; n--) {
    const name = parts.slice(0, n).join(' ');
    const found = lookupPlace(name);
    if (found.municipality || found.county || found.ambiguous.length) {
      return { ...found, start, end: start + name.length, text: text.slice(start, start + name.length) };
    }
  }
  return null;
}
