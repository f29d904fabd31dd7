/**
 * Curated names of the collaborations and projects the seeds talk about, so
 * that "0-24 samarbeidet", "0-24-samarbeidet" and "0 - 24 SAMARBEIDET" are one
 * initiative. Only names live here; who takes part is read from the text.
 */
import { addressSpans, looseKey, overlapsAny } from './normalise.ts';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';

/** One curated initiative. */
export interface InitiativeEntry {
  key: string;
  /** Canonical name, used for `initiativeId(name)`. */
  name: string;
  abbreviation: string | null;
  aliases: readonly string[];
}

const initiative = (key: string, name: string, abbreviation: string | null, aliases: readonly string[]): InitiativeEntry => ({
  key,
  name,
  abbreviation,
  aliases,
});

/** The curated initiatives. */
export const INITIATIVES: readonly InitiativeEntry[] = [
  initiative('0-24-samarbeidet', '0-24-samarbeidet', null, ['0-24 samarbeidet', '0 - 24 samarbeidet', '0-24']),
  initiative('kjernegruppen', 'Kjernegruppen for utsatte barn og unge', null, [
    'kjernegruppe',
    'kjernegruppen',
    'kjernegruppa',
    'kjernegruppepiloten',
    'kjernegruppepilot',
  ]),
  // Seed 003: the directorates' assignment "å etablere en struktur seg i mellom" that supports the core group.
  initiative('direktoratenes-struktur', 'Direktoratenes struktur for kjernegruppepiloten', null, [
    'en struktur seg i mellom',
    'struktur seg i mellom',
    'struktur seg imellom',
  ]),
  initiative('barn-og-unge-med-sammensatte-behov', 'Barn og unge med sammensatte behov', null, [
    'Livshendelsen Barn og unge med sammensatte behov',
  ]),
  // Seed 000 writes "Bedre tverrsektorielt samarbeid (BTS)", seed 002's page is titled "Bedre tverrfaglig
  // samarbeid": both are the 0-24 directorates' project with KS started in 2019, so they are one initiative.
  initiative('bts', 'Bedre tverrfaglig samarbeid', 'BTS', ['Bedre tverrsektorielt samarbeid', 'BTS-prosjektet']),
  initiative('bti', 'Bedre tverrfaglig innsats', 'BTI', []),
  initiative('modellkommune', 'Tidlig identifikasjon og oppfølging av utsatte barn', null, [
    'Modellkommuneforsøket',
    'Modellkommune',
  ]),
  initiative('ks-laeringsnettverk', 'KS læringsnettverk', null, [
    'KS-læringsnettverk',
    "KS' læringsnettverk",
    'læringsnettverk (KS)',
    'God samhandling for barn og unge',
  ]),
  initiative('ny-giv', 'Ny GIV', null, []),
];

const BY_KEY = new Map(INITIATIVES.map((i) => [i.key, i]));

/** The curated initiative with this key, or null. */
export function initiativeByKey(key: string): InitiativeEntry | null {
  return BY_KEY.get(key) ?? null;
}

const formsOf = (i: InitiativeEntry): string[] => [i.name, ...(i.abbreviation ? [i.abbreviation] : []), ...i.aliases];

let byLoose: Map<string, InitiativeEntry> | null = null;

/** The curated initiative for a name as written, or null ("0-24 samarbeidet" → 0-24-samarbeidet). */
export function resolveInitiativeName(text: string): InitiativeEntry | null {
  if (!byLoose) {
    byLoose = new Map();
    for (const i of INITIATIVES) for (const f of formsOf(i)) if (!byLoose.has(looseKey(f))) byLoose.set(looseKey(f), i);
  }
  const t = text.replace(/[*«»"“”]/g, ' ');
  return byLoose.get(looseKey(t)) ?? byLoose.get(looseKey(t.replace(/\s*\([^()]*\)\s*$/u, ''))) ?? null;
}

/** One occurrence of a curated initiative in a text. */
export interface InitiativeNameMatch {
  start: number;
  end: number;
  text: string;
  entry: InitiativeEntry;
}

let matcher: PhraseMatcher<InitiativeEntry> | null = null;

/** Every mention of a curated initiative in `text`; offsets are indices into `text` plus `offset`. */
export function findInitiativeMentions(text: string, offset = 0): InitiativeNameMatch[] {
  if (!matcher) {
    matcher = createPhraseMatcher(
      INITIATIVES.flatMap((i) => formsOf(i).map((f) => ({ phrase: f, value: i, caseSensitive: f === i.abbreviation || f === 'Ny GIV' }))),
    );
  }
  const out: InitiativeNameMatch[] = [];
  const addresses = addressSpans(text);
  let covered = 0;
  for (const m of matcher(text)) {
    if (overlapsAny(addresses, m.start, m.end)) continue;
    if (m.start < covered) continue;
    let end = m.end;
    const bracket = /^\s*\(([^()\n]{1,40})\)/u.exec(text.slice(end));
    if (bracket && resolveInitiativeName(bracket[1])?.key === m.value.key) end += bracket[0].length;
    covered = end;
    out.push({ start: m.start + offset, end: end + offset, text: text.slice(m.start, end), entry: m.value });
  }
  return out;
}
