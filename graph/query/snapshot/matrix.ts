/**
 * The system-perspective table (levels × sectors, each cell the actors placed
 * there), built once per snapshot, with its level of detail: in a cell that
 * holds more than a handful of actors, the actors of one service type (local
 * services) or kind gather into a group ("Barnevernstjenesten · 356
 * kommuner"), split by county when a type alone is very large; `ungrouped`
 * lists the rest, to draw beside the groups.
 */
import { evidenceKey, groupId, type EvidenceRef, type GraphEdge } from '../../model/index.ts';
import type { GraphBase } from '../subgraph.ts';
import { byName, type ActorView, type LevelView, type SectorView } from '../views.ts';
import type { ActorFacts } from './facts.ts';
import { kindName, unitOf, type GroupInfo } from './groups.ts';
import type { NodesByLabel } from './snapshot.ts';

/** A cell with more actors than this gathers them into groups. */
export const CELL_HANDFUL = 8;
/** The fewest actors of one type that make a group. */
export const MIN_GROUP = 3;
/**
 * A type with more actors than this in one cell is split by county. Norway has
 * 357 municipalities (and a few dozen former ones), so at national scale a
 * service type stays one group, "Barnevernstjenesten · 356 kommuner"; only a
 * graph with more local bodies than the country has is split.
 */
export const COUNTY_SPLIT = 500;
/** Members shown with a group, by name. */
export const GROUP_SAMPLE = 3;

export interface MatrixGroupInfo extends GroupInfo {
  grouping: 'CELL';
}

export interface MatrixCellView {
  levelId: string;
  sectorId: string;
  /** Every actor of the cell, by name. */
  actors: readonly ActorView[];
  evidenceRefs: readonly EvidenceRef[];
  /** Groups, largest first, then by label. */
  groups: readonly MatrixGroupInfo[];
  /** The actors in no group, by name. */
  ungrouped: readonly ActorView[];
}

export interface SystemMatrixView {
  levels: readonly LevelView[];
  sectors: readonly SectorView[];
  /** Non-empty cells, by level rank and then sector order. */
  cells: readonly MatrixCellView[];
}

/** The groups of one cell's actors (in name order) and the actors left alone. */
export function cellGroups(levelId: string, sectorId: string, actors: readonly ActorView[], facts: ReadonlyMap<string, ActorFacts>): { groups: MatrixGroupInfo[]; ungrouped: ActorView[] } {
  if (actors.length <= CELL_HANDFUL) return { groups: [], ungrouped: [...actors] };
  const byType = new Map<string, ActorView[]>();
  for (const a of actors) {
    const f = facts.get(a.id)!;
    const type = f.service ?? f.kind;
    (byType.get(type) ?? byType.set(type, []).get(type)!).push(a);
  }
  const groups: MatrixGroupInfo[] = [];
  const grouped = new Set<string>();
  const make = (members: ActorView[], type: string, county: { id: string; name: string } | null) => {
    const f = facts.get(members[0].id)!;
    const name = f.service ? (f.serviceName ?? f.service) : kindName(f.kind);
    groups.push({
      id: groupId('CELL', [levelId, sectorId, type, ...(county ? [county.id] : [])].join('+')),
      grouping: 'CELL',
      members: 'Actor',
      stem: county ? `${name} · ${county.name}` : name,
      unit: unitOf(f.kind, f.service !== null),
      memberIds: members.map((m) => m.id),
      levelId,
      sectorId,
      countyId: county?.id ?? null,
      kind: f.kind,
    });
    for (const m of members) grouped.add(m.id);
  };
  for (const [type, members] of byType) {
    if (members.length < MIN_GROUP) continue;
    if (members.length <= COUNTY_SPLIT) {
      make(members, type, null);
      continue;
    }
    const byCounty = new Map<string, { county: { id: string; name: string } | null; members: ActorView[] }>();
    for (const m of members) {
      const f = facts.get(m.id)!;
      const k = f.countyId ?? '';
      if (!byCounty.has(k)) byCounty.set(k, { county: f.countyId ? { id: f.countyId, name: f.countyName ?? f.countyId } : null, members: [] });
      byCounty.get(k)!.members.push(m);
    }
    for (const { county, members: part } of byCounty.values()) if (part.length >= MIN_GROUP) make(part, type, county);
  }
  groups.sort((a, b) => b.memberIds.length - a.memberIds.length || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  return { groups, ungrouped: actors.filter((a) => !grouped.has(a.id)) };
}

/** The table, its cells' evidence (the spans that state both the level and the sector) and their groups. */
export function buildMatrix(nodes: NodesByLabel, base: GraphBase, facts: ReadonlyMap<string, ActorFacts>): SystemMatrixView {
  const actors = new Map(nodes.Actor.map((a) => [a.id, a]));
  const cellMap = new Map<string, { levelId: string; sectorId: string; actors: ActorView[]; evidenceRefs: EvidenceRef[]; actorIds: Set<string>; evKeys: Set<string> }>();
  const sectorEdges = new Map<string, GraphEdge[]>();
  for (const e of base.edges) if (e.type === 'IN_SECTOR') (sectorEdges.get(e.source) ?? sectorEdges.set(e.source, []).get(e.source)!).push(e);
  const keysOf = new Map<GraphEdge, Set<string>>();
  for (const l of base.edges) {
    if (l.type !== 'AT_LEVEL') continue;
    const actor = actors.get(l.source);
    if (!actor) continue;
    for (const s of sectorEdges.get(l.source) ?? []) {
      const k = `${l.target}\u0000${s.target}`;
      let cell = cellMap.get(k);
      if (!cell) cellMap.set(k, (cell = { levelId: l.target, sectorId: s.target, actors: [], evidenceRefs: [], actorIds: new Set(), evKeys: new Set() }));
      if (!cell.actorIds.has(actor.id)) {
        cell.actorIds.add(actor.id);
        cell.actors.push(actor);
      }
      // A table cell states both the level and the sector: the spans the two edges share.
      let sectorKeys = keysOf.get(s);
      if (!sectorKeys) keysOf.set(s, (sectorKeys = new Set(s.evidence.map(evidenceKey))));
      for (const ev of l.evidence) {
        const ek = evidenceKey(ev);
        if (sectorKeys.has(ek) && !cell.evKeys.has(ek)) {
          cell.evKeys.add(ek);
          cell.evidenceRefs.push(ev);
        }
      }
    }
  }
  const levelRank = new Map(nodes.Level.map((l) => [l.id, l.rank]));
  const sectorOrder = new Map(nodes.Sector.map((s, i) => [s.id, i]));
  const cells = [...cellMap.values()]
    .filter((c) => levelRank.has(c.levelId) && sectorOrder.has(c.sectorId))
    .map(({ levelId, sectorId, actors: list, evidenceRefs }) => {
      const sorted = [...list].sort(byName);
      return { levelId, sectorId, actors: sorted, evidenceRefs, ...cellGroups(levelId, sectorId, sorted, facts) };
    })
    .sort((a, b) => levelRank.get(a.levelId)! - levelRank.get(b.levelId)! || sectorOrder.get(a.sectorId)! - sectorOrder.get(b.sectorId)!);
  return { levels: nodes.Level, sectors: nodes.Sector, cells };
}
