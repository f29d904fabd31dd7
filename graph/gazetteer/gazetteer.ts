/**
 * The whole curated gazetteer as one list, with lookups by key and the
 * surface forms (name, abbreviation, aliases) that name each body.
 */
import { DIRECTORATES } from './directorates.ts';
import { COUNTY_SERVICES, MUNICIPAL_SERVICES } from './local-services.ts';
import { MINISTRIES } from './ministries.ts';
import { OTHER_BODIES } from './other-bodies.ts';
import { REGIONAL_BODIES } from './regional-bodies.ts';
import type { GazetteerEntry } from './types.ts';

/** Every curated body, ministries first, then down the levels. */
export const GAZETTEER: readonly GazetteerEntry[] = [
  ...MINISTRIES,
  ...DIRECTORATES,
  ...REGIONAL_BODIES,
  ...COUNTY_SERVICES,
  ...MUNICIPAL_SERVICES,
  ...OTHER_BODIES,
];

const BY_KEY = new Map(GAZETTEER.map((e) => [e.key, e]));

/** The entry with this key, or null. */
export function entryByKey(key: string): GazetteerEntry | null {
  return BY_KEY.get(key) ?? null;
}

/** One way of writing a body's name, and whether its letter case must match. */
export interface SurfaceForm {
  text: string;
  entry: GazetteerEntry;
  caseSensitive: boolean;
}

/**
 * Abbreviations and short single tokens ("KS", "FM", "OT", "Nav") match only in
 * their own case, so "ks" inside a word or "nav" as a noun is not a body.
 */
export function isCaseSensitiveForm(form: string, entry: GazetteerEntry): boolean {
  if (form === entry.abbreviation) return true;
  if (/\s/u.test(form)) return false;
  const upper = (form.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 || form.length <= 4;
}

/** All surface forms of all entries: canonical name, abbreviation and aliases. */
export function surfaceForms(entries: readonly GazetteerEntry[] = GAZETTEER): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const entry of entries) {
    const forms = [entry.name, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.aliases];
    for (const text of new Set(forms)) out.push({ text, entry, caseSensitive: isCaseSensitiveForm(text, entry) });
  }
  return out;
}

/** The entry's first sector: the one a column or a node is coloured by. */
export function primarySectorKey(entry: GazetteerEntry): string | null {
  return entry.sectorKeys[0] ?? null;
}
