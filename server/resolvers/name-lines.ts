/**
 * Thin resolvers for display lines (issue 15.6): a body renamed one-to-one is
 * shown once, under today's name, when a query asks to fold renames. The
 * lines come from graph/query's name-lines, once per graph version.
 */
import {
  displayName,
  foldList,
  foldSubgraph,
  LINE_WORDS,
  lineIdOf,
  memberAsOf,
  nameLinesOf,
  requireNode,
  search,
  shortName,
  subgraph,
  type ActorView,
  type GraphSnapshot,
  type NameChange,
  type NameLines,
  type Subgraph,
  type SubgraphFilter,
} from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';
import type { ActorCurrentNameArgs, ActorDisplayNameArgs, ActorShortNameArgs, Language, QueryGraphArgs, QuerySearchArgs, QuerySystemMatrixArgs } from '../generated/schema-types.ts';

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

/** The snapshot's lines of renames (computed once per snapshot, from its base). */
const linesOf = (s: GraphSnapshot): NameLines => nameLinesOf(s.base);

const wordsOf = (language?: Language | null) => (language === 'EN' ? LINE_WORDS.en : LINE_WORDS.nb);

/** The view of a line's head, for lists that show the line under it. */
const headOf = (s: GraphSnapshot) => (id: string) => (s.byId.get(id) as ActorView | undefined) ?? null;

/** An overview with renamed bodies folded when asked (groups are left as they are). */
export function foldOverview<O extends { nodes: Subgraph['nodes']; edges: Subgraph['edges'] }>(s: GraphSnapshot, o: O, naming: { foldRenames?: boolean | null; asOfYear?: number | null; language?: Language | null }): O {
  if (!naming.foldRenames) return o;
  const folded = foldSubgraph({ nodes: o.nodes, edges: o.edges, truncated: false }, linesOf(s), naming.asOfYear, wordsOf(naming.language));
  return { ...o, nodes: folded.nodes, edges: folded.edges };
}

/** Query fields that take `foldRenames`. */
export const nameLineQuery = {
  graph: (async (_, a, { reader }) => {
    const { foldRenames, asOfYear, language, ...filter } = a.filter ?? {};
    const s = await reader.snapshot();
    const sg = await subgraph(s, filter as SubgraphFilter);
    return foldRenames ? foldSubgraph(sg, linesOf(s), asOfYear, wordsOf(language)) : sg;
  }) as R<unknown, QueryGraphArgs>,
  systemMatrix: (async (_, a, { reader }) => {
    const s = await reader.snapshot();
    if (!a.foldRenames) return s.matrix;
    const lines = linesOf(s);
    const fold = (list: readonly ActorView[]) => foldList(list, lines, headOf(s));
    return { ...s.matrix, cells: s.matrix.cells.map((c) => ({ ...c, actors: fold(c.actors), ungrouped: fold(c.ungrouped) })) };
  }) as R<unknown, QuerySystemMatrixArgs>,
  search: (async (_, a, { reader }) => {
    const s = await reader.snapshot();
    const hits = search(s, a.text, a.limit);
    if (!a.foldRenames) return hits;
    const lines = linesOf(s);
    // Best hit first already: a later hit of the same line is dropped.
    const seen = new Set<string>();
    const out: typeof hits = [];
    for (const h of hits) {
      const id = h.node.__typename === 'Actor' ? lineIdOf(lines, h.node.id) : h.node.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id === h.node.id ? h : { ...h, node: s.byId.get(id) ?? h.node });
    }
    return out;
  }) as R<unknown, QuerySearchArgs>,
};

/** Actor and NameChange fields of display lines. */
export const nameLineTypes = {
  lineId: ((a, _, { reader }) => lineIdOf(linesOf(reader.now), a.id)) as R<ActorView>,
  currentName: ((a, args, { reader }) => {
    const line = linesOf(reader.now).lineOf.get(a.id);
    return line ? memberAsOf(line, args.asOfYear).name : a.name;
  }) as R<ActorView, ActorCurrentNameArgs>,
  shortName: ((a, args, { reader }) => shortName(linesOf(reader.now), a, args.asOfYear)) as R<ActorView, ActorShortNameArgs>,
  displayName: ((a, args, { reader }) => displayName(linesOf(reader.now), a, args.asOfYear, wordsOf(args.language))) as R<ActorView, ActorDisplayNameArgs>,
  nameHistory: ((a, _, { reader }) => {
    const line = linesOf(reader.now).lineOf.get(a.id);
    return line ? line.members : [{ actorId: a.id, name: a.name, abbreviation: a.abbreviation, from: null, until: a.succeededOn }];
  }) as R<ActorView>,
};

export const nameChangeType = {
  actor: ((c, _, { reader }) => requireNode(reader.now, c.actorId, 'actor')) as R<NameChange>,
};
