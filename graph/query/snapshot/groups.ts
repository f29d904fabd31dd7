/**
 * Level-of-detail groups, built once per snapshot: for every grouping, which
 * group each actor (or, for OWNER_STATUS, each measure) falls in, and each
 * group's members by name; plus the groups of the system matrix's cells.
 * Group ids are stable strings, `group:<GROUPING>:<key>` (graph/model ids),
 * so the explorer and notebooks can keep them in a URL and pass them back.
 */
import { groupId, type ActorKind, type MeasureStatus } from '../../model/index.ts';
import type { GraphBase } from '../subgraph.ts';
import type { ActorView, MeasureView, NodeView } from '../views.ts';
import type { ActorFacts } from './facts.ts';
import type { MatrixGroupInfo } from './matrix.ts';
import type { NodesByLabel } from './snapshot.ts';

/** How an overview gathers nodes into groups. */
export const OVERVIEW_GROUPINGS = ['LEVEL', 'SECTOR', 'LEVEL_SECTOR', 'COUNTY', 'KIND', 'SERVICE_COUNTY', 'OWNER_STATUS'] as const;
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number];

/** One group: its members and what they share. */
export interface GroupInfo {
  id: string;
  /** The grouping, or CELL for a group of a system-matrix cell. */
  grouping: OverviewGrouping | 'CELL';
  /** The label before the count: "Barnevernstjenesten · Vestland". */
  stem: string;
  /** What a member is called, singular and plural: ["kommune", "kommuner"]. */
  unit: readonly [string, string];
  /** Member ids, by name (actors) or by document and number (measures). */
  memberIds: readonly string[];
  /** What the members are. */
  members: 'Actor' | 'Measure';
  levelId: string | null;
  sectorId: string | null;
  countyId: string | null;
  kind: ActorKind | null;
  /** For a group of measures: their status. */
  status?: MeasureStatus | null;
}

/** Every group of a snapshot. */
export interface GroupIndex {
  /** Every group by id, the matrix cells' included. */
  readonly byId: ReadonlyMap<string, GroupInfo>;
  /** Per grouping: the group of each node it gathers (nodes it leaves alone are not in the map). */
  readonly of: ReadonlyMap<OverviewGrouping, ReadonlyMap<string, string>>;
}

/** "Barnevernstjenesten · 356 kommuner"; `count` is the members shown (after filters), the whole group by default. */
export function groupLabel(g: GroupInfo, count = g.memberIds.length): string {
  const unit = count === 1 ? g.unit[0] : g.unit[1];
  const stem = groupStem(g);
  return stem === null ? `${count} ${unit}` : `${stem} · ${count} ${unit}`;
}

/**
 * What a group's members share, its label without the count ("Direktorat ·
 * Utdanning"): what the explorer writes under a group node, whose count is
 * drawn on it. Null when the stem only names the unit ("Kommuner · 405
 * kommuner" would say it twice): the label is then the count alone.
 */
export function groupStem(g: Pick<GroupInfo, 'stem' | 'unit'>): string | null {
  return g.stem.toLocaleLowerCase('nb') === g.unit[1] ? null : g.stem;
}

const KIND_NAMES: Record<ActorKind, string> = {
  MINISTRY: 'Departementer',
  DIRECTORATE: 'Direktorater og etater',
  REGIONAL_STATE: 'Regional stat',
  COUNTY: 'Fylkeskommunale tjenester',
  MUNICIPAL_SERVICE: 'Kommunale tjenester',
  MUNICIPALITY: 'Kommuner',
  COUNTY_MUNICIPALITY: 'Fylkeskommuner',
  ORGANISATION: 'Organisasjoner',
  OMBUDSMAN: 'Ombud',
  OTHER: 'Andre',
};

const STATUS_NAMES: Record<MeasureStatus, string> = {
  NOT_STARTED: 'ikke påbegynt',
  STARTED: 'påbegynt',
  IN_PROGRESS: 'pågående',
  ON_TRACK: 'i rute',
  DELAYED: 'forsinket',
  COMPLETED: 'gjennomført',
  UNKNOWN: 'uten status',
};

/**
 * What a member of an actor group is called. One municipality's service
 * ("Barnevernstjenesten i Bodø kommune", `local`) stands for its
 * municipality, one county's for its county; the generic services of the
 * gazetteer are services.
 */
export function unitOf(kind: ActorKind | null, local = false): readonly [string, string] {
  if (kind === 'MUNICIPALITY' || (kind === 'MUNICIPAL_SERVICE' && local)) return ['kommune', 'kommuner'];
  if (kind === 'COUNTY_MUNICIPALITY' || (kind === 'COUNTY' && local)) return ['fylke', 'fylker'];
  if (kind === 'MUNICIPAL_SERVICE' || kind === 'COUNTY') return ['tjeneste', 'tjenester'];
  return ['aktør', 'aktører'];
}

/** The Norwegian name of an actor kind, as a group heading. */
export const kindName = (k: ActorKind): string => KIND_NAMES[k];

interface Context {
  nodes: NodesByLabel;
  base: GraphBase;
  byId: ReadonlyMap<string, NodeView>;
  facts: ReadonlyMap<string, ActorFacts>;
  matrixGroups: readonly MatrixGroupInfo[];
}

/** A group key: the parts joined with "+" (ids and slugs never hold one). */
const key = (...parts: (string | null)[]) => parts.map((p) => p ?? 'none').join('+');

type GroupFields = Omit<GroupInfo, 'id' | 'grouping' | 'memberIds' | 'members'>;

/** The key of an actor's group under a grouping; null leaves the actor alone. Cheap: called for every actor and grouping. */
function actorKey(grouping: OverviewGrouping, f: ActorFacts): string | null {
  switch (grouping) {
    case 'LEVEL':
      return key(f.levelId);
    case 'SECTOR':
      return key(f.sectorId);
    case 'LEVEL_SECTOR':
      return key(f.levelId, f.sectorId);
    case 'KIND':
      return f.kind;
    case 'COUNTY':
      // Bodies of no county (the state's) are gathered by level.
      return f.countyId ? key(f.countyId) : key(f.levelId);
    case 'SERVICE_COUNTY':
      if (f.service) return key(f.service, f.countyId);
      if (f.kind === 'MUNICIPALITY' && f.countyId) return key(f.kind, f.countyId);
      return key(f.levelId, f.sectorId, f.kind);
    case 'OWNER_STATUS':
      // Measures are grouped by owner and status in buildGroups; actors there by level and sector.
      return null;
  }
}

/** What the members of an actor's group share, and its label: made once per group, from its first member. */
function actorFields(grouping: OverviewGrouping, f: ActorFacts, names: (id: string | null) => string): GroupFields {
  const none = { levelId: null, sectorId: null, countyId: null, kind: null };
  const people: readonly [string, string] = ['aktør', 'aktører'];
  switch (grouping) {
    case 'LEVEL':
      return { ...none, levelId: f.levelId, stem: names(f.levelId), unit: people };
    case 'SECTOR':
      return { ...none, sectorId: f.sectorId, stem: names(f.sectorId), unit: people };
    case 'LEVEL_SECTOR':
    case 'OWNER_STATUS':
      return { ...none, levelId: f.levelId, sectorId: f.sectorId, stem: levelSectorStem(f.levelId, f.sectorId, names), unit: people };
    case 'KIND':
      return { ...none, kind: f.kind, stem: KIND_NAMES[f.kind], unit: f.kind === 'MUNICIPALITY' || f.kind === 'COUNTY_MUNICIPALITY' ? unitOf(f.kind) : people };
    case 'COUNTY':
      if (f.countyId) return { ...none, countyId: f.countyId, stem: f.countyName ?? f.countyId, unit: people };
      return { ...none, levelId: f.levelId, stem: names(f.levelId), unit: people };
    case 'SERVICE_COUNTY':
      if (f.service) {
        const stem = f.countyName ? `${f.serviceName} · ${f.countyName}` : (f.serviceName ?? f.service);
        return { levelId: f.levelId, sectorId: f.sectorId, countyId: f.countyId, kind: f.kind, stem, unit: unitOf(f.kind, true) };
      }
      if (f.kind === 'MUNICIPALITY' && f.countyId) return { ...none, levelId: f.levelId, countyId: f.countyId, kind: f.kind, stem: `${KIND_NAMES[f.kind]} · ${f.countyName}`, unit: unitOf(f.kind) };
      return { ...none, levelId: f.levelId, sectorId: f.sectorId, kind: f.kind, stem: `${KIND_NAMES[f.kind]} · ${names(f.sectorId)}`, unit: unitOf(f.kind) };
  }
}

/** "Level · Sector"; a body placed on neither is "Uten plassering" once, not twice. */
export function levelSectorStem(levelId: string | null, sectorId: string | null, names: (id: string | null) => string): string {
  if (!levelId && !sectorId) return names(null);
  return `${names(levelId)} · ${names(sectorId)}`;
}

/** Builds the groups of every grouping and indexes the matrix's; yields to the event loop between groupings. */
export async function buildGroups(ctx: Context, breathe: () => Promise<void> = async () => {}): Promise<GroupIndex> {
  const names = (id: string | null) => {
    const n = id ? ctx.byId.get(id) : undefined;
    return n && (n.__typename === 'Level' || n.__typename === 'Sector') ? n.name : 'Uten plassering';
  };
  const byId = new Map<string, GroupInfo>();
  const of = new Map<OverviewGrouping, Map<string, string>>();
  for (const grouping of OVERVIEW_GROUPINGS) {
    const into = new Map<string, string>();
    of.set(grouping, into);
    const add = (k: string, member: string, members: GroupInfo['members'], fields: () => GroupFields) => {
      const id = groupId(grouping, k);
      let g = byId.get(id);
      if (!g) byId.set(id, (g = { id, grouping, memberIds: [], members, ...fields() }));
      (g.memberIds as string[]).push(member);
      into.set(member, id);
    };
    if (grouping === 'OWNER_STATUS') {
      // Measures by their first responsible body (in id order) and status.
      const owners = new Map<string, string>();
      for (const e of ctx.base.edges) if (e.type === 'RESPONSIBLE_FOR' && (!owners.has(e.target) || e.source < owners.get(e.target)!)) owners.set(e.target, e.source);
      for (const m of ctx.nodes.Measure as readonly MeasureView[]) {
        const owner = owners.get(m.id) ?? null;
        add(key(owner, m.status), m.id, 'Measure', () => {
          const o = owner ? (ctx.byId.get(owner) as ActorView | undefined) : undefined;
          const stem = `${o ? (o.abbreviation ?? o.name) : 'Uten ansvarlig'} · ${STATUS_NAMES[m.status]}`;
          return { stem, unit: ['tiltak', 'tiltak'], levelId: null, sectorId: null, countyId: null, kind: null, status: m.status };
        });
      }
      // The bodies around the measures, by level and sector, so a national measures view stays within its budget.
      for (const a of ctx.nodes.Actor) {
        const f = ctx.facts.get(a.id)!;
        add(`actors+${key(f.levelId, f.sectorId)}`, a.id, 'Actor', () => actorFields(grouping, f, names));
      }
    } else {
      for (const a of ctx.nodes.Actor) {
        const f = ctx.facts.get(a.id)!;
        const k = actorKey(grouping, f);
        if (k !== null) add(k, a.id, 'Actor', () => actorFields(grouping, f, names));
      }
    }
    await breathe();
  }
  for (const g of ctx.matrixGroups) byId.set(g.id, g);
  for (const g of byId.values()) Object.freeze(g.memberIds);
  return { byId, of };
}
