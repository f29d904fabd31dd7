/**
 * A compact way to write gazetteer entries: only what differs from the
 * defaults of the entry's kind needs to be stated.
 */
import type { ActorKind } from '../model/index.ts';
import type { GazetteerEntry, Succession } from './types.ts';

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
  predecessor?: Succession | null;
  successor?: Succession | null;
}

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
    predecessor: spec.predecessor ?? null,
    successor: spec.successor ?? null,
  };
}
