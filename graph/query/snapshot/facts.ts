/**
 * What level-of-detail grouping needs to know of each actor, worked out once
 * per snapshot: its level (the highest, lowest rank), its first sector (in
 * table order), its service type (a local service's gazetteer entry) and its
 * county. The county comes from the gazetteer: a municipal service's place is
 * looked up as a municipality, whose parent is its county; a county service's
 * place is the county; a municipality's parent is its county.
 */
import { entryByKey, lookupPlace, type GazetteerEntry } from '../../gazetteer/index.ts';
import { actorId, type ActorKind } from '../../model/index.ts';
import type { GraphBase } from '../subgraph.ts';
import type { ActorView, LevelView, NodeView, SectorView } from '../views.ts';

export interface ActorFacts {
  kind: ActorKind;
  levelId: string | null;
  sectorId: string | null;
  /** Gazetteer key of a local service's service type. */
  service: string | null;
  /** The service type's name ("Barnevernstjenesten"). */
  serviceName: string | null;
  /** The county's actor id (e.g. `actor:vestland`), when known. */
  countyId: string | null;
  /** The county's place name ("Vestland"). */
  countyName: string | null;
}

const placeName = (e: GazetteerEntry) => e.placeNames[0] ?? e.name;

/** A county entry by key, with its actor id and place name. */
function county(key: string | null | undefined): { id: string; name: string } | null {
  const e = key ? entryByKey(key) : null;
  return e ? { id: actorId(e.key), name: placeName(e) } : null;
}

/** The county an actor sits in, or null. */
function countyOf(a: ActorView, parentOf: ReadonlyMap<string, string>, byId: ReadonlyMap<string, NodeView>): { id: string; name: string } | null {
  if (a.kind === 'COUNTY_MUNICIPALITY') return county(a.id.slice('actor:'.length));
  if (a.kind === 'MUNICIPALITY') {
    const parent = parentOf.get(a.id);
    const p = parent ? byId.get(parent) : undefined;
    if (p && p.__typename === 'Actor' && p.kind === 'COUNTY_MUNICIPALITY') return county(p.id.slice('actor:'.length));
    return county(entryByKey(a.id.slice('actor:'.length))?.parentKey);
  }
  if (!a.place) return null;
  const found = lookupPlace(a.place);
  if (a.kind === 'COUNTY') return found.county ? county(found.county.key) : null;
  if (a.kind === 'MUNICIPAL_SERVICE') return county(found.municipality?.parentKey);
  return null;
}

/** The facts of every actor. */
export function actorFacts(
  actors: readonly ActorView[],
  base: GraphBase,
  byId: ReadonlyMap<string, NodeView>,
  levels: readonly LevelView[],
  sectors: readonly SectorView[],
): Map<string, ActorFacts> {
  const levelRank = new Map(levels.map((l) => [l.id, l.rank]));
  const sectorOrder = new Map(sectors.map((s, i) => [s.id, i]));
  const parentOf = new Map<string, string>();
  for (const e of base.edges) if (e.type === 'PART_OF' && !parentOf.has(e.source)) parentOf.set(e.source, e.target);
  const first = (ids: readonly string[] | undefined, order: ReadonlyMap<string, number>) =>
    ids?.length ? [...ids].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || (a < b ? -1 : 1))[0] : null;
  const out = new Map<string, ActorFacts>();
  for (const a of actors) {
    const service = a.service ? entryByKey(a.service) : null;
    const c = countyOf(a, parentOf, byId);
    out.set(a.id, {
      kind: a.kind,
      levelId: first(base.levelsOf.get(a.id), levelRank),
      sectorId: first(base.sectorsOf.get(a.id), sectorOrder),
      service: service?.key ?? null,
      serviceName: service ? service.name.replace(/\s+i\s+(?:fylkes)?kommunen$/u, '') : null,
      countyId: c?.id ?? null,
      countyName: c?.name ?? null,
    });
  }
  return out;
}
