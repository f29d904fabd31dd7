/**
 * A compact way to write gazetteer entries: only what differs from the
 * defaults of the entry's kind needs to be stated. Successions may be written
 * on either side; `linkSuccessions` (gazetteer.ts) fills in the other side.
 */
import type { ActorKind } from '../model/index.ts';
import type { GazetteerEntry, Succession, SuccessionKind } from './types.ts';

/** A succession as written in the data: the kind defaults to a rename. */
export interface SuccessionSpec {
  key: string;
  date: string;
  kind?: SuccessionKind;
}

/** Fields of an entry as written in the data modules. */
export interface EntrySpec {
  key: string;
  name: string;
  abbreviation?: string | null;
  aliases?: readonly string[];
  kind: ActorKind;
  levelKeys: readonly string[];
  sectorKeys: readonly string[];
  parentKey?: string | null;
  number?: string | null;
  placeNames?: readonly string[];
  caseSensitiveNames?: boolean;
  predecessors?: readonly SuccessionSpec[];
  successors?: readonly SuccessionSpec[];
}

const succession = (s: SuccessionSpec): Succession => ({ key: s.key, date: s.date, kind: s.kind ?? 'rename' });

/** Fills in the optional fields of an entry. */
export function defineEntry(spec: EntrySpec): GazetteerEntry {
  return {
    key: spec.key,
    name: spec.name,
    abbreviation: spec.abbreviation ?? null,
    aliases: spec.aliases ?? [],
    kind: spec.kind,
    levelKeys: spec.levelKeys,
    sectorKeys: spec.sectorKeys,
    parentKey: spec.parentKey ?? null,
    number: spec.number ?? null,
    placeNames: spec.placeNames ?? [],
    caseSensitiveNames: spec.caseSensitiveNames ?? false,
    predecessors: (spec.predecessors ?? []).map(succession),
    successors: (spec.successors ?? []).map(succession),
  };
}
