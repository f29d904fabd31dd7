/**
 * Shapes of the curated gazetteer: the public bodies of the 0-24 field, the
 * sectors they belong to, and the renames, mergers and splits that link old
 * bodies to new ones.
 */
import type { ActorKind, SectorId } from '../model/index.ts';

/**
 * How one body became another:
 * - `rename`: the same body under a new name (BLD → BFD);
 * - `merger`: the body ceased and went into the other, with others (Fjell → Øygarden);
 * - `split`: the body ceased and was divided; each part is one succession (KMD → KDD and DFD);
 * - `partial`: part of the body became the other, and the body itself lives on (Ålesund → Haram 2024).
 */
export type SuccessionKind = 'rename' | 'merger' | 'split' | 'partial';

/** A link in time: the other body's key, the date (ISO, yyyy-mm-dd) the change took effect, and its kind. */
export interface Succession {
  key: string;
  date: string;
  kind: SuccessionKind;
}

/** One curated public body. `key` is the slug used for `actorId(key)`. */
export interface GazetteerEntry {
  key: string;
  /** Canonical Norwegian name. */
  name: string;
  abbreviation: string | null;
  /** Other ways the body is written: old or short names, definite and plural forms, seed spellings. */
  aliases: readonly string[];
  kind: ActorKind;
  /** Keys of `LEVELS` (graph/model) the body works at. */
  levelKeys: readonly string[];
  /** Keys of `SECTORS`; the first is the body's primary sector. */
  sectorKeys: readonly string[];
  /** The body it belongs to (directorate → ministry, municipality → county), or null. */
  parentKey: string | null;
  /** Official number: kommunenummer (4 digits), fylkesnummer (2 digits), or null. */
  number: string | null;
  /** For municipalities and counties: the bare place name ("Askøy"), and other official forms of it (Sámi, Kven). */
  placeNames: readonly string[];
  /**
   * True when the body's names are also ordinary phrases in lower case
   * ("barn av rusmisbrukere", "mental helse", "akademikerne"): its forms then
   * match only in their own case.
   */
  caseSensitiveNames: boolean;
  /** The bodies this one came from, and when. */
  predecessors: readonly Succession[];
  /** The bodies this one went into, and when. */
  successors: readonly Succession[];
}

/** A policy sector: one column family of the system-perspective table. */
export interface SectorDef {
  key: string;
  id: SectorId;
  /** Bokmål name. */
  name: string;
  nameEn: string;
  /** Gazetteer key of the ministry that owns the sector. */
  ministryKey: string;
  order: number;
}
