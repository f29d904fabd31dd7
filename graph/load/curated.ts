/**
 * Curated facts from the gazetteer as nodes and edges: an actor's kind,
 * levels, sectors, parent and successions. They carry no document evidence
 * and are marked `curated: true`; text-derived facts come from build-document.
 */
import { entryByKey, type GazetteerEntry } from '../gazetteer/index.ts';
import { actorId, edgeId, levelId, sectorId, type GraphEdge, type GraphNode, type Props } from '../model/index.ts';

/**
 * The succession that continues a body's line: its first successor that is not
 * a partial split (a municipality that lives on after a part split off has none).
 */
function lineSuccessor(entry: GazetteerEntry) {
  return entry.successors.find((s) => s.kind !== 'partial') ?? null;
}

/** The actor node for a gazetteer entry. */
export function curatedActorNode(entry: GazetteerEntry): GraphNode {
  const props: Props = {
    name: entry.name,
    abbreviation: entry.abbreviation,
    aliases: distinctSpellings(entry.name, entry.aliases),
    kind: entry.kind,
    curated: true,
    succeededOn: lineSuccessor(entry)?.date ?? null,
  };
  // Kommunenummer / fylkesnummer, only where there is one, so other bodies keep their props.
  if (entry.number) props.number = entry.number;
  return { id: actorId(entry.key), label: 'Actor', props, evidence: [] };
}

/**
 * Entries for these keys plus, transitively, their parents and the bodies they
 * went into. The bodies they came from stay out until a text names them.
 */
export function curatedClosure(keys: Iterable<string>): GazetteerEntry[] {
  const out = new Map<string, GazetteerEntry>();
  const named = new Set(keys);
  const queue = [...named];
  while (queue.length) {
    const key = queue.shift()!;
    if (out.has(key)) continue;
    const entry = entryByKey(key);
    if (!entry) continue;
    out.set(key, entry);
    // Forward to today's body (a document's old name links to the current one); history behind a named body
    // stays out until a text names it, so the map shows what the documents speak of, not every predecessor.
    const next = [entry.parentKey, ...entry.successors.filter((s) => s.kind !== 'partial').map((s) => s.key)];
    for (const k of next) if (k && !out.has(k)) queue.push(k);
  }
  return [...out.values()];
}

/** Nodes and curated edges for the closure of these keys. Level and sector nodes must already be stored. */
export function curatedFacts(keys: Iterable<string>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const entries = curatedClosure(keys);
  const present = new Set(entries.map((e) => e.key));
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
    // SUCCEEDED_BY between bodies that are both in the graph; a rename keeps its old props (date only).
    for (const s of e.successors) {
      if (!present.has(s.key) || s.kind === 'partial') continue;
      const t = actorId(s.key);
      const props = s.kind === 'rename' ? { ...curated, date: s.date } : { ...curated, date: s.date, change: s.kind };
      edges.push({ id: edgeId('SUCCEEDED_BY', id, t), type: 'SUCCEEDED_BY', source: id, target: t, props, evidence: [] });
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
