/**
 * Sector gaps: a sector × sector matrix counting the coordination links
 * between actors of the two sectors, and the pairs of sectors that never meet.
 * An actor in several sectors counts for each (Statsforvalteren links six).
 * Links can be narrowed to some coordination kinds and to actors at some
 * levels, since the ministries' core group alone ties every ministry to every
 * other and hides the gaps below them.
 */
import { COORDINATION_KINDS, InvalidInputError, LEVELS, type CoordinationKind } from '../model/index.ts';
import { mergeCoordination, type CoordinationView, type GraphSnapshot } from '../query/index.ts';
import { derived } from './derived.ts';

/** One unordered pair of sectors (a ≤ b in sector order; a = b for links inside one sector). */
export interface SectorCell {
  a: string;
  b: string;
  /** Coordination pairs of actors, one in each sector. */
  links: number;
  /** Sum of those pairs' weights (independent pieces of evidence). */
  weight: number;
  /** The heaviest of those pairs, at most three. */
  examples: CoordinationView[];
}

export interface SectorGapMatrix {
  /** Sector ids, in order. */
  sectors: string[];
  /** Every pair of sectors, a ≤ b, in sector order; empty pairs included. */
  cells: SectorCell[];
  /** Pairs of different sectors with no link. */
  gaps: { a: string; b: string }[];
}

export interface SectorGapFilter {
  /** Only links of these kinds (a link with several kinds counts if it has one). */
  kinds?: readonly CoordinationKind[] | null;
  /** Only links whose two actors both sit at one of these levels. */
  levelIds?: readonly string[] | null;
}

const EXAMPLES = 3;

/** The matrix for sectors in the given order. Pure. */
export function sectorGapMatrix(
  sectorIds: readonly string[],
  network: readonly CoordinationView[],
  sectorsOf: ReadonlyMap<string, readonly string[]>,
): SectorGapMatrix {
  const index = new Map(sectorIds.map((s, i) => [s, i]));
  const cells: SectorCell[] = [];
  const at = new Map<string, SectorCell>();
  for (let i = 0; i < sectorIds.length; i++)
    for (let j = i; j < sectorIds.length; j++) {
      const cell: SectorCell = { a: sectorIds[i], b: sectorIds[j], links: 0, weight: 0, examples: [] };
      cells.push(cell);
      at.set(`${i}|${j}`, cell);
    }
  const heaviest = [...network].sort(
    (x, y) => y.weight - x.weight || (x.sourceId < y.sourceId ? -1 : x.sourceId > y.sourceId ? 1 : x.targetId < y.targetId ? -1 : x.targetId > y.targetId ? 1 : 0),
  );
  for (const link of heaviest) {
    const from = (sectorsOf.get(link.sourceId) ?? []).filter((s) => index.has(s));
    const to = (sectorsOf.get(link.targetId) ?? []).filter((s) => index.has(s));
    const seen = new Set<SectorCell>();
    for (const s of from)
      for (const t of to) {
        const [i, j] = [index.get(s)!, index.get(t)!].sort((x, y) => x - y);
        const cell = at.get(`${i}|${j}`)!;
        // A link counts once per cell, even when both actors share several sectors.
        if (seen.has(cell)) continue;
        seen.add(cell);
        cell.links++;
        cell.weight += link.weight;
        if (cell.examples.length < EXAMPLES) cell.examples.push(link);
      }
  }
  return { sectors: [...sectorIds], cells, gaps: cells.filter((c) => c.a !== c.b && c.links === 0).map(({ a, b }) => ({ a, b })) };
}

/** The sector matrix of the graph's coordination network, narrowed by the filter; cached per graph version and filter. */
export async function sectorGapsFor(snapshot: GraphSnapshot, filter: SectorGapFilter = {}): Promise<SectorGapMatrix> {
  const kinds = filter.kinds?.length ? [...new Set(filter.kinds)].sort() : null;
  if (kinds?.some((k) => !COORDINATION_KINDS.includes(k))) throw new InvalidInputError('unknown coordination kind');
  // Unknown level ids match no actor; dropping them keeps the cache to the few real combinations.
  const known = new Set<string>(LEVELS.map((l) => l.id));
  const levels = filter.levelIds?.length ? [...new Set(filter.levelIds)].filter((l) => known.has(l)).sort() : null;
  return derived(snapshot, `sector-gaps:${kinds?.join(',') ?? '*'}:${levels ? levels.join(',') : '*'}`, async () => {
    const { base, nodes } = snapshot;
    const sectors = nodes.Sector;
    let network = kinds
      ? mergeCoordination(base.edges.filter((e) => e.type === 'COORDINATES_WITH' && kinds.includes(e.props.kind as CoordinationKind)))
      : snapshot.coordination;
    if (levels) {
      const at = (id: string) => (base.levelsOf.get(id) ?? []).some((l) => levels.includes(l));
      network = network.filter((l) => at(l.sourceId) && at(l.targetId));
    }
    return sectorGapMatrix(
      sectors.map((s) => s.id),
      network,
      base.sectorsOf,
    );
  });
}
