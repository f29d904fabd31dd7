/**
 * Branded, readable, stable ids. Every id in the graph is made here, so the
 * same documents give the same ids on every run and in every store.
 */

declare const brand: unique symbol;
/** A string that can only be made by the helper for its kind. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type SectorId = Brand<string, 'SectorId'>;
export type LevelId = Brand<string, 'LevelId'>;
export type MeasureId = Brand<string, 'MeasureId'>;
export type InitiativeId = Brand<string, 'InitiativeId'>;
export type NodeId = DocumentId | ActorId | SectorId | LevelId | MeasureId | InitiativeId;

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

/** Lower-case ASCII slug: "Barne- og familiedepartementet" → "barne-og-familiedepartementet". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Id of a document from its file name: "000_588be.txt" → "doc:000-588be".
 * Latin names give the ASCII slug they always had; letters of other scripts
 * are kept ("доклад.txt" → "doc:доклад"), and a name with no letters or digits
 * ("..txt") gets a short hash of itself, so no name maps to the bare "doc:".
 * Two files whose names still share an id in one load are told apart by the
 * loader (a hash of the path, see graph/load).
 */
export function documentId(fileName: string): DocumentId {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = unicodeSlug(base);
  return `doc:${slug || `file-${shortHash(fileName.replace(/^.*[\\/]/, ''))}`}` as DocumentId;
}

/** slugify, but letters and digits of any script are kept (lower-cased) rather than dropped. */
function unicodeSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Eight hex digits of FNV-1a over the UTF-16 code units: stable, and the same in Node and the browser. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Id of an actor from its gazetteer key or, for uncurated bodies, its name. */
export function actorId(keyOrName: string): ActorId {
  return `actor:${slugify(keyOrName)}` as ActorId;
}

/** Id of a sector from its key ("helse", "utdanning"). */
export function sectorId(key: string): SectorId {
  return `sector:${slugify(key)}` as SectorId;
}

/** Id of an administrative level from its key ("departement" … "kommune"). */
export function levelId(key: string): LevelId {
  return `level:${slugify(key)}` as LevelId;
}

/** Id of a measure: its document and its number as written ("Tiltak 20" in doc:000 → "measure:000-588be:20"). */
export function measureId(doc: DocumentId, number: string): MeasureId {
  return `measure:${doc.slice('doc:'.length)}:${slugify(number)}` as MeasureId;
}

/** Id of an initiative or collaboration from its name. */
export function initiativeId(name: string): InitiativeId {
  return `initiative:${slugify(name)}` as InitiativeId;
}

/** The node label an id belongs to, read from its prefix. */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return PREFIX_LABEL[prefix] ?? null;
}

import type { NodeLabel, RelType } from './types.ts';
const PREFIX_LABEL: Record<string, NodeLabel> = {
  doc: 'Document',
  actor: 'Actor',
  sector: 'Sector',
  level: 'Level',
  measure: 'Measure',
  initiative: 'Initiative',
};

// ---------------------------------------------------------------------------
// Ids of relations and of the read model's derived elements. Built and read
// back only here, so no other module parses an id with a pattern of its own.
// ---------------------------------------------------------------------------

/** Stable id of a stored edge from its ends, type and optional key: "actor:a-[PART_OF]->actor:b". */
export function edgeId(type: RelType, source: string, target: string, key?: string): string {
  return `${source}-[${type}${key ? ':' + key : ''}]->${target}`;
}

/** The parts of a stored edge id, or null when `id` is not one. */
export interface EdgeIdParts {
  source: string;
  type: string;
  key: string | null;
  target: string;
}

/** Reads an `edgeId` back. Node ids never hold "-[" or "]->", so the first and last of them split it. */
export function parseEdgeId(id: string): EdgeIdParts | null {
  const open = id.indexOf('-[');
  const close = id.lastIndexOf(']->');
  if (open <= 0 || close < open || close + 3 >= id.length) return null;
  const middle = id.slice(open + 2, close);
  const m = /^([A-Z_]+)(?::([A-Za-z0-9_-]+))?$/.exec(middle);
  if (!m) return null;
  return { source: id.slice(0, open), type: m[1], key: m[2] ?? null, target: id.slice(close + 3) };
}

/** The same edge id with other ends (the middle, type and key, kept): for moving a document's ids. */
export function withEdgeEnds(id: string, source: string, target: string): string {
  const parts = parseEdgeId(id);
  if (!parts) throw new Error(`not an edge id: ${id}`);
  return edgeId(parts.type as RelType, source, target, parts.key ?? undefined);
}

const COORD = 'coord:';

/** Id of a merged coordination pair: "coord:<a>|<b>", the ids in order. */
export function coordinationPairId(a: string, b: string): string {
  const [s, t] = a <= b ? [a, b] : [b, a];
  return `${COORD}${s}|${t}`;
}

/** Reads a `coordinationPairId` back, or null. */
export function parseCoordinationPairId(id: string): { source: string; target: string } | null {
  if (!id.startsWith(COORD)) return null;
  const bar = id.indexOf('|', COORD.length);
  if (bar <= COORD.length || bar === id.length - 1) return null;
  return { source: id.slice(COORD.length, bar), target: id.slice(bar + 1) };
}

const GROUP = 'group:';

/** Id of a level-of-detail group: "group:<GROUPING>:<key>"; keys are made of ids and slugs, never empty. */
export function groupId(grouping: string, key: string): string {
  return `${GROUP}${grouping}:${key}`;
}

/** Reads a `groupId` back, or null. */
export function parseGroupId(id: string): { grouping: string; key: string } | null {
  if (!id.startsWith(GROUP)) return null;
  const colon = id.indexOf(':', GROUP.length);
  if (colon <= GROUP.length || colon === id.length - 1) return null;
  return { grouping: id.slice(GROUP.length, colon), key: id.slice(colon + 1) };
}

/** Id of an edge between two groups (or a group and a node) of an overview. */
export function aggregateEdgeId(a: string, b: string): string {
  const [s, t] = a <= b ? [a, b] : [b, a];
  return `agg:${s}|${t}`;
}
