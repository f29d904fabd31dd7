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
  shortName,
  nodesById,
  requireNode,
  search,
  subgraph,
  type ActorView,
  type GraphSnapshot,
  type NameChange,
  type NameLines,
  type SubgraphFilter,
} from '../../graph/query/index.ts';
import type { Context } from './resolvers.ts';
import type { ActorCurrentNameArgs, ActorDisplayNameArgs, ActorShortNameArgs, Language, QueryGraphArgs, QuerySearchArgs, QuerySystemMatrixArgs } from '../generated/schema-types.ts';

type R<P, A = Record<string, never>, T = unknown> = (parent: P, args: A, ctx: Context) => T | Promise<T>;

/** The graph's lines of renames at the snapshot's version. */
export function linesOf(snapshot: GraphSnapshot): NameLines {
  return nameLinesOf(snapshot.base);
}

const wordsOf = (language?: Language | null) => (language === 'EN' ? LINE_WORDS.en : LINE_WORDS.nb);

/** The head's view of a line, from the request's held actors. */
function headViews(snapshot: GraphSnapshot, lines: NameLines): Map<string, ActorView> {
  const heads = [...new Set(lines.lines.map((l) => l.headId))];
  const views = nodesById(snapshot, heads) as ActorView[];
  return new Map(views.map((v) => [v.id, v]));
}

/** Query fields that take `foldRenames`. */
export const nameLineQuery = {
  graph: (async (_, a, { reader }) => {
    const { foldRenames, asOfYear, language, ...filter } = a.filter ?? {};
    const snapshot = await reader.snapshot();
    const sg = await subgraph(snapshot, filter as SubgraphFilter);
    return foldRenames ? foldSubgraph(sg, linesOf(snapshot), asOfYear, wordsOf(language)) : sg;
  }) as R<unknown, QueryGraphArgs>,
  systemMatrix: (async (_, a, { reader }) => {
    const snapshot = await reader.snapshot();
    const matrix = snapshot.matrix;
    if (!a.foldRenames) return matrix;
    const lines = linesOf(snapshot);
    const heads = headViews(snapshot, lines);
    return { ...matrix, cells: matrix.cells.map((c) => ({ ...c, actors: foldList(c.actors, lines, (id) => heads.get(id)) })) };
  }) as R<unknown, QuerySystemMatrixArgs>,
  search: (async (_, a, { reader }) => {
    const snapshot = await reader.snapshot();
    const hits = search(snapshot, a.text, a.limit);
    if (!a.foldRenames) return hits;
    const lines = linesOf(snapshot);
    const heads = headViews(snapshot, lines);
    // Best hit first already: a later hit of the same line is dropped.
    const seen = new Set<string>();
    const out: typeof hits = [];
    for (const h of hits) {
      const id = h.node.__typename === 'Actor' ? lineIdOf(lines, h.node.id) : h.node.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id === h.node.id ? h : { ...h, node: heads.get(id) ?? h.node });
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
