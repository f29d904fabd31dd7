/**
 * The whole curated gazetteer as one list, with lookups by key and the
 * surface forms (name, abbreviation, aliases) that name each body.
 * Successions written on one side in the data are linked both ways here.
 */
import { AGENCIES } from './data/agencies.ts';
import { KNOWLEDGE_BODIES } from './data/knowledge.ts';
import { ORGANISATIONS } from './data/organisations.ts';
import { REGIONAL_STATE } from './data/regional-state.ts';
import { DIRECTORATES } from './directorates.ts';
import { COUNTY_SERVICES, MUNICIPAL_SERVICES } from './local-services.ts';
import { MINISTRIES } from './ministries.ts';
import { OTHER_BODIES } from './other-bodies.ts';
import { buildCountyEntries, buildMunicipalityEntries } from './places.ts';
import { REGIONAL_BODIES } from './regional-bodies.ts';
import type { GazetteerEntry, Succession } from './types.ts';

/**
 * Fills in the other side of every succession (a successor written on the old
 * body becomes a predecessor of the new one, and back). Throws when the two
 * sides disagree on date or kind, or name a key that does not exist.
 */
export function linkSuccessions(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const keys = new Set(entries.map((e) => e.key));
  const preds = new Map<string, Map<string, Succession>>();
  const succs = new Map<string, Map<string, Succession>>();
  const add = (table: Map<string, Map<string, Succession>>, at: string, s: Succession) => {
    if (!keys.has(s.key) || !keys.has(at)) throw new Error(`succession ${at} ↔ ${s.key}: unknown key`);
    let m = table.get(at);
    if (!m) table.set(at, (m = new Map()));
    const had = m.get(s.key);
    if (had && (had.date !== s.date || had.kind !== s.kind)) throw new Error(`succession ${at} ↔ ${s.key} written twice, differently`);
    m.set(s.key, s);
  };
  for (const e of entries) {
    for (const s of e.successors) {
      add(succs, e.key, s);
      add(preds, s.key, { key: e.key, date: s.date, kind: s.kind });
    }
    for (const p of e.predecessors) {
      add(preds, e.key, p);
      add(succs, p.key, { key: e.key, date: p.date, kind: p.kind });
    }
  }
  return entries.map((e) => ({
    ...e,
    predecessors: [...(preds.get(e.key)?.values() ?? [])],
    successors: [...(succs.get(e.key)?.values() ?? [])],
  }));
}

/** Every curated body, ministries first, then down the levels, then organisations. */
export const GAZETTEER: readonly GazetteerEntry[] = linkSuccessions([
  ...MINISTRIES,
  ...DIRECTORATES,
  ...AGENCIES,
  ...REGIONAL_BODIES,
  ...REGIONAL_STATE,
  ...buildCountyEntries(),
  ...COUNTY_SERVICES,
  ...buildMunicipalityEntries(),
  ...MUNICIPAL_SERVICES,
  ...OTHER_BODIES,
  ...KNOWLEDGE_BODIES,
  ...ORGANISATIONS,
]);

const BY_KEY = new Map(GAZETTEER.map((e) => [e.key, e]));

/** The entry with this key, or null. */
export function entryByKey(key: string): GazetteerEntry | null {
  return BY_KEY.get(key) ?? null;
}

const BY_NUMBER = new Map(
  GAZETTEER.filter((e) => e.number && e.successors.every((s) => s.kind === 'partial')).map((e) => [e.number!, e]),
);

/** The municipality or county of today with this kommunenummer / fylkesnummer ("4627" → Askøy kommune, "46" → Vestland fylkeskommune), or null. */
export function entryByNumber(number: string): GazetteerEntry | null {
  return BY_NUMBER.get(number.trim()) ?? null;
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
  if (form === entry.abbreviation || entry.caseSensitiveNames) return true;
  if (/\s/u.test(form)) return false;
  const upper = (form.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 || form.length <= 4;
}

/**
 * All surface forms of all entries: canonical name, abbreviation and aliases.
 * A mixed-case abbreviation ("Bufdir", "IMDi") is also written in capitals
 * ("BUFDIR", "IMDI") in headings and tables, so that writing is a form too.
 * Bare place names are never forms: "Askøy" is a place, "Askøy kommune" a body.
 */
export function surfaceForms(entries: readonly GazetteerEntry[] = GAZETTEER): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const entry of entries) {
    const forms = new Set([entry.name, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.aliases]);
    // "Utenriksdepartement", "Helsedirektorat": the indefinite form of a ministry's or directorate's name.
    if (entry.kind === 'MINISTRY' || entry.kind === 'DIRECTORATE') {
      for (const text of [...forms]) if (/(departement|direktorat)et$/u.test(text)) forms.add(text.slice(0, -2));
    }
    for (const text of [...forms]) {
      if (!isCaseSensitiveForm(text, entry) || /\s/u.test(text) || !/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) continue;
      forms.add(text.toLocaleUpperCase('nb'));
    }
    for (const text of forms) out.push({ text, entry, caseSensitive: isCaseSensitiveForm(text, entry) });
  }
  return out;
}

/** The entry's first sector: the one a column or a node is coloured by. */
export function primarySectorKey(entry: GazetteerEntry): string | null {
  return entry.sectorKeys[0] ?? null;
}
