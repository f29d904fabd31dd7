/**
 * Shapes of the curated gazetteer: the public bodies of the 0-24 field, the
 * sectors they belong to and the renames that link old names to new ones.
 */
import type { ActorKind, SectorId } from '../model/index.ts';

/** A rename: the other body's key and the date (ISO, yyyy-mm-dd) the new name took effect. */
export interface Succession {
  key: string;
  date: string;
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
  /** The body it belongs to (directorate → ministry, Bufetat → Bufdir), or null. */
  parentKey: string | null;
  /** The body this one was renamed from, and when. */
  predecessor: Succession | null;
  /** The body this one was renamed to, and when. */
  successor: Succession | null;
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
