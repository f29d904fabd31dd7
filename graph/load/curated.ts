/**
 * Curated facts from the gazetteer as nodes and edges: an actor's kind,
 * levels, sectors, parent and renames. They carry no document evidence and
 * are marked `curated: true`; text-derived facts come from build-document.
 */
import { entryByKey, type GazetteerEntry } from '../gazetteer/index.ts';
import { actorId, edgeId, levelId, sectorId, type GraphEdge, type GraphNode } from '../model/index.ts';

/** The actor node for a gazetteer entry. */
export function curatedActorNode(entry: GazetteerEntry): GraphNode {
  return {
    id: actorId(entry.key),
    label: 'Actor',
    props: {
      name: entry.name,
      abbreviation: entry.abbreviation,
      aliases: distinctSpellings(entry.name, entry.aliases),
      kind: entry.kind,
      curated: true,
      succeededOn: entry.successor?.date ?? null,
    },
    evidence: [],
  };
}

/** Entries for these keys plus, transitively, their parents and renamed forms. */
export function curatedClosure(keys: Iterable<string>): GazetteerEntry[] {
  const out = new Map<string, GazetteerEntry>();
  const queue = [...keys];
  while (queue.length) {
    const key = queue.shift()!;
    if (out.has(key)) continue;
    const entry = entryByKey(key);
    if (!entry) continue;
    out.set(key, entry);
    for (const k of [entry.parentKey, entry.successor?.key, entry.predecessor?.key]) if (k && !out.has(k)) queue.push(k);
  }
  return [...out.values()];
}

/** Nodes and curated edges for the closure of these keys. Level and sector nodes must already be stored. */
export function curatedFacts(keys: Iterable<string>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const entries = curatedClosure(keys);
  const nodes = entries.map(curatedActorNode);
  const edges: GraphEdge[] = [];
  const curated = { curated: true };
  for (const e of entries) {
    const id = actorId(e.key);
    for (const l of e.levelKeys) edges.push({ id: edgeId('AT_LEVEL', id, levelId(l)), type: 'AT_LEVEL', source: id, target: levelId(l), props: curated, evidence: [] });
    for (const s of e.sectorKeys) edges.push({ id: edgeId('IN_SECTOR', id, sectorId(s)), type: 'IN_SECTOR', source: id, target: sectorId(s), props: curated, evidence: [] });
    if (e.parentKey) {
      const p = actorId(e.parentKey);
      edges.push({ id: edgeId('PART_OF', id, p), type: 'PART_OF', source: id, target: p, props: curated, evidence: [] });
    }
    if (e.successor) {
      const s = actorId(e.successor.key);
      edges.push({ id: edgeId('SUCCEEDED_BY', id, s), type: 'SUCCEEDED_BY', source: id, target: s, props: { ...curated, date: e.successor.date }, evidence: [] });
    }
  }
  return { nodes, edges };
}

/** Aliases without the ones that differ from the name or each other only in spacing, commas or case. */
function distinctSpellings(name: string, aliases: readonly string[]): string[] {
  const key = (s: string) => s.toLocaleLowerCase('nb').replace(/[\s,.-]+/g, '');
  const seen = new Set([key(name)]);
  return aliases.filter((a) => !seen.has(key(a)) && (seen.add(key(a)), true));
}
