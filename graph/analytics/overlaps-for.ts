/**
 * Overlaps for the API: builds the comparison items from the graph (measures
 * with their responsible and involved bodies, initiatives with their lead and
 * participants), scores them once per graph version, and pages the result.
 */
import { InvalidInputError } from '../model/index.ts';
import { page, type ActorView, type GraphReader, type InitiativeView, type MeasureView, type NodeView } from '../query/index.ts';
import { scoreOverlaps, type OverlapItem, type OverlapPair } from './overlaps.ts';

/** Builds the items to compare from the graph's base data. */
export async function overlapItems(reader: GraphReader): Promise<OverlapItem[]> {
  const base = await reader.base();
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const short = (id: string) => {
    const a = byId.get(id) as ActorView | undefined;
    return a ? (a.abbreviation ?? a.name) : id;
  };
  const into = new Map<string, { owners: string[]; bodies: string[] }>();
  const at = (id: string) => into.get(id) ?? (into.set(id, { owners: [], bodies: [] }), into.get(id)!);
  for (const e of base.edges) {
    if (e.type === 'RESPONSIBLE_FOR' || e.type === 'LEADS') at(e.target).owners.push(e.source);
    if (['RESPONSIBLE_FOR', 'INVOLVED_IN', 'LEADS', 'PARTICIPATES_IN'].includes(e.type)) at(e.target).bodies.push(e.source);
  }
  const items: OverlapItem[] = [];
  for (const n of base.nodes) {
    if (n.__typename !== 'Measure' && n.__typename !== 'Initiative') continue;
    const rel = into.get(n.id) ?? { owners: [], bodies: [] };
    const owners = [...new Set(rel.owners)].sort();
    const bodies = [...new Set(rel.bodies)].sort();
    const m = n as MeasureView | InitiativeView;
    items.push({
      id: n.id,
      label: m.__typename === 'Measure' ? `Tiltak ${m.number}` : m.name,
      title: m.__typename === 'Measure' ? m.title : m.name,
      text: m.__typename === 'Measure' ? `${m.text}\n${m.progress ?? ''}` : (m.description ?? ''),
      owners,
      ownerNames: owners.map(short),
      bodies,
      bodyNames: new Map(bodies.map((b) => [b, short(b)])),
    });
  }
  return items.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const cache = new WeakMap<object, { version: string; pairs: OverlapPair[] }>();

/** Overlapping pairs at or above minScore, best first, with their nodes. */
export async function overlapsFor(
  reader: GraphReader,
  minScore?: number | null,
  limit?: number | null,
): Promise<(Omit<OverlapPair, 'a' | 'b'> & { a: NodeView; b: NodeView })[]> {
  if (minScore != null && (minScore < 0 || minScore > 1)) throw new InvalidInputError('minScore must be between 0 and 1');
  const base = await reader.base();
  const version = await reader.version();
  let hit = cache.get(base);
  if (!hit || hit.version !== version) {
    hit = { version, pairs: scoreOverlaps(await overlapItems(reader)) };
    cache.set(base, hit);
  }
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const pairs = hit.pairs.filter((p) => p.score >= (minScore ?? 0.05));
  return page(pairs, limit ?? 50, 0).map((p) => ({ ...p, a: byId.get(p.a)!, b: byId.get(p.b)! }));
}
