/**
 * Display lines: a body renamed one-to-one (Fylkesmannen → Statsforvalteren,
 * BLD → BFD) stays two actors linked by SUCCEEDED_BY in the data, but the
 * explorer shows one line of responsibility under today's name, with its
 * history. Mergers and splits (`props.change` is `merger` or `split`) are not
 * renames: those bodies stay apart. Computed once per graph version from the
 * base; everything here is pure and never changes its inputs.
 */
import type { GraphEdge } from '../model/index.ts';
import type { Subgraph, SubgraphNodeData } from './subgraph.ts';

/** What a line needs to know of an actor. */
export interface LineActor {
  id: string;
  name: string;
  abbreviation: string | null;
}

/** One name in a line's history: the body that bore it, and when (ISO dates; null when open or unknown). */
export interface NameChange {
  actorId: string;
  name: string;
  abbreviation: string | null;
  /** The date the name took effect (the rename's date), or null for the first name. */
  from: string | null;
  /** The date the next name took effect, or null for today's name. */
  until: string | null;
}

/** A chain of one-to-one renames, oldest name first; `headId` bears today's name. */
export interface NameLine {
  headId: string;
  members: NameChange[];
}

/** Every line of the graph, by each member's id. Actors never renamed have no line. */
export interface NameLines {
  lines: NameLine[];
  lineOf: ReadonlyMap<string, NameLine>;
}

/** True for a succession that is a rename: no `change`, or `change: 'rename'`. */
export function isRename(e: Pick<GraphEdge, 'props'>): boolean {
  const change = e.props.change;
  return change === undefined || change === null || change === 'rename';
}

/**
 * The one-to-one rename chains among `actors`: an edge A -SUCCEEDED_BY-> B is a
 * rename when it is marked as one, A has no other successor and B no other
 * renamed predecessor. Only actor-to-actor successions count.
 */
export function buildNameLines(actors: readonly LineActor[], edges: readonly GraphEdge[]): NameLines {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const successions = edges.filter((e) => e.type === 'SUCCEEDED_BY' && byId.has(e.source) && byId.has(e.target));
  const outCount = new Map<string, number>();
  for (const e of successions) outCount.set(e.source, (outCount.get(e.source) ?? 0) + 1);
  const renamesInto = new Map<string, GraphEdge[]>();
  for (const e of successions) if (isRename(e)) renamesInto.set(e.target, [...(renamesInto.get(e.target) ?? []), e]);
  const next = new Map<string, GraphEdge>();
  const prev = new Map<string, GraphEdge>();
  for (const [target, into] of renamesInto) {
    if (into.length !== 1) continue;
    const e = into[0];
    if (outCount.get(e.source) !== 1 || e.source === target) continue;
    next.set(e.source, e);
    prev.set(target, e);
  }
  const lines: NameLine[] = [];
  const lineOf = new Map<string, NameLine>();
  const dateOf = (e: GraphEdge | undefined) => (e && typeof e.props.date === 'string' ? e.props.date : null);
  // Walk from every chain's oldest member (one with a next but no prev); a cycle has none and is left alone.
  for (const start of [...next.keys()].filter((id) => !prev.has(id)).sort()) {
    const members: NameChange[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = start; id && !seen.has(id); id = next.get(id)?.target) {
      seen.add(id);
      const a = byId.get(id)!;
      members.push({ actorId: id, name: a.name, abbreviation: a.abbreviation, from: dateOf(prev.get(id)), until: dateOf(next.get(id)) });
    }
    const line: NameLine = { headId: members[members.length - 1].actorId, members };
    lines.push(line);
    for (const m of members) lineOf.set(m.actorId, line);
  }
  return { lines, lineOf };
}

/** The year a date string starts with, or null. */
const yearOf = (date: string | null) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/** The name a line bore at the end of `year` (today's name when no year is given). */
export function memberAsOf(line: NameLine, year?: number | null): NameChange {
  if (year == null) return line.members[line.members.length - 1];
  let found = line.members[0];
  for (const m of line.members) {
    const from = yearOf(m.from);
    if (from === null || from <= year) found = m;
  }
  return found;
}

/** Words around the names a line is shown with, per language. */
export interface LineWords {
  /** "tidligere" / "formerly". */
  formerly: string;
  /** "nå" / "now". */
  now: string;
}
export const LINE_WORDS: Record<'nb' | 'en', LineWords> = {
  nb: { formerly: 'tidligere', now: 'nå' },
  en: { formerly: 'formerly', now: 'now' },
};

/**
 * How an actor is shown: a line under today's name with the name before it
 * ("Statsforvalteren (tidligere Fylkesmannen)"), or, as of a year, the name of
 * that year with today's ("Fylkesmannen (nå Statsforvalteren)"). An actor with
 * no line keeps its name.
 */
export function displayName(lines: NameLines, actor: LineActor, asOfYear?: number | null, words: LineWords = LINE_WORDS.nb): string {
  const line = lines.lineOf.get(actor.id);
  if (!line) return actor.name;
  const head = line.members[line.members.length - 1];
  const shown = memberAsOf(line, asOfYear);
  if (shown.actorId !== head.actorId) return `${shown.name} (${words.now} ${head.name})`;
  if (asOfYear != null) return shown.name;
  const before = line.members[line.members.length - 2];
  return `${head.name} (${words.formerly} ${before.name})`;
}

/** The short label of a line as of a year: that name's abbreviation, else the name. */
export function shortName(lines: NameLines, actor: LineActor, asOfYear?: number | null): string {
  const line = lines.lineOf.get(actor.id);
  const shown = line ? memberAsOf(line, asOfYear) : { name: actor.name, abbreviation: actor.abbreviation };
  return shown.abbreviation?.trim() || shown.name;
}

/** The id a node is shown under: its line's head, or itself. */
export function lineIdOf(lines: NameLines, id: string): string {
  return lines.lineOf.get(id)?.headId ?? id;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * A subgraph with every renamed body folded into its line: one node under the
 * head's id, named as of `asOfYear` (today when null); edges moved to the head,
 * the renames between members dropped, and edges that now join the same two
 * nodes with the same type merged (weights added). Facts are not filtered.
 */
export function foldSubgraph(sg: Subgraph, lines: NameLines, asOfYear?: number | null, words: LineWords = LINE_WORDS.nb): Subgraph {
  if (lines.lines.length === 0) return sg;
  const to = (id: string) => lineIdOf(lines, id);
  const nodes = new Map<string, SubgraphNodeData>();
  /** The degree of the name whose position a folded node took. */
  const placedBy = new Map<string, number>();
  for (const n of sg.nodes) {
    const id = to(n.id);
    const line = lines.lineOf.get(n.id);
    const prev = nodes.get(id);
    if (prev) {
      prev.sectorIds = union(prev.sectorIds, n.data.sectorIds);
      prev.levelIds = union(prev.levelIds, n.data.levelIds);
      prev.documentIds = union(prev.documentIds, n.data.documentIds).sort();
      prev.levelRank = prev.levelRank == null ? n.data.levelRank : n.data.levelRank == null ? prev.levelRank : Math.min(prev.levelRank, n.data.levelRank);
      prev.sector ??= n.data.sector;
      prev.curated = prev.curated || n.data.curated;
      // The folded node stands where its best-linked name stood in the layout: a renamed
      // body's links are often all under one of its names, and the others stood alone.
      const best = placedBy.get(id) ?? -1;
      if (n.data.x !== undefined && (n.data.degree > best || (n.data.degree === best && n.id === id))) {
        [prev.x, prev.y] = [n.data.x, n.data.y];
        placedBy.set(id, n.data.degree);
      }
      continue;
    }
    if (n.data.x !== undefined) placedBy.set(id, n.data.degree);
    const data: SubgraphNodeData = { ...n.data, id, parent: n.data.parent ? to(n.data.parent) : null };
    if (line) {
      const head = line.members[line.members.length - 1];
      const actor = { id: head.actorId, name: head.name, abbreviation: head.abbreviation };
      data.label = shortName(lines, actor, asOfYear);
      data.name = displayName(lines, actor, asOfYear, words);
    }
    nodes.set(id, data);
  }
  const edges = new Map<string, Subgraph['edges'][number]>();
  const degree = new Map<string, number>();
  for (const e of sg.edges) {
    const source = to(e.source);
    const target = to(e.target);
    if (source === target) continue;
    const undirected = e.data.type === 'COORDINATES_WITH';
    const [a, b] = undirected && target < source ? [target, source] : [source, target];
    const key = `${e.data.type}\u0000${a}\u0000${b}`;
    const prev = edges.get(key);
    if (prev) {
      prev.data.weight += e.data.weight;
      prev.data.kinds = union(prev.data.kinds, e.data.kinds).sort() as typeof prev.data.kinds;
      prev.data.documentIds = union(prev.data.documentIds, e.data.documentIds).sort();
      continue;
    }
    edges.set(key, { id: e.id, source: a, target: b, data: { ...e.data, source: a, target: b } });
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  for (const [id, data] of nodes) {
    data.degree = degree.get(id) ?? 0;
    if (data.parent === id) data.parent = null;
  }
  return { nodes: [...nodes.values()].map((data) => ({ id: data.id, data })), edges: [...edges.values()], truncated: sg.truncated };
}

/** A list with every renamed member replaced by its line's head (`headOf` gives its view), first place kept. */
export function foldList<T extends { id: string }>(items: readonly T[], lines: NameLines, headOf: (id: string) => T | null | undefined): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const id = lineIdOf(lines, item.id);
    if (out.has(id)) continue;
    out.set(id, id === item.id ? item : (headOf(id) ?? item));
  }
  return [...out.values()];
}

const cache = new WeakMap<object, NameLines>();

/** The lines of a graph version's base (kept per base object, which the reader keeps per version). */
export function nameLinesOf(base: { nodes: readonly { id: string; __typename: string }[]; edges: readonly GraphEdge[] }): NameLines {
  let lines = cache.get(base);
  if (!lines) {
    const actors = base.nodes.filter((n): n is typeof n & LineActor => n.__typename === 'Actor');
    cache.set(base, (lines = buildNameLines(actors, base.edges)));
  }
  return lines;
}
