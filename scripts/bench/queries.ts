/**
 * The benchmark's GraphQL queries, and the choice of their arguments from the
 * loaded graph (deterministic: the same graph gives the same choices).
 */
import { PATH_TYPES, DEFAULT_HOPS } from '../../graph/query/index.ts';
import type { EmbeddedStore } from '../../graph/store/index.ts';
import type { ApiQuery } from './api-bench.ts';

/** An actor with its responsibilities and the evidence for both. */
export const ACTOR_QUERY = /* GraphQL */ `query Actor($id: ID!) {
  actor(id: $id) {
    id name abbreviation kind
    responsibleFor { id number title status evidence { quote document { id title } } }
    evidence { start end quote document { id title } }
  }
}`;

/** The whole coordination network. */
export const NETWORK_QUERY = /* GraphQL */ `{ coordination { source { id name } target { id name } weight kinds } }`;

/** The system-perspective table. */
export const MATRIX_QUERY = /* GraphQL */ `{
  systemMatrix {
    levels { id name }
    sectors { id name }
    cells { level { id } sector { id } actors { id name } }
  }
}`;

/** A shortest evidenced chain between two actors. */
export const PATH_QUERY = /* GraphQL */ `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    nodes { id ... on Actor { name } ... on Measure { title } ... on Initiative { name } }
    edges { source target type evidence { quote } }
  }
}`;

/** Full-text search. */
export const SEARCH_QUERY = /* GraphQL */ `query Search($text: String!) {
  search(text: $text, limit: 20) { score snippet node { id ... on Actor { name } ... on Measure { title } ... on Initiative { name } } }
}`;

/** The explorer's focused view: one actor's neighbourhood, with layout positions when the schema has them. */
export const FOCUS_QUERY = (withLayout: boolean) => /* GraphQL */ `query Focus($focus: ID!) {
  graph(filter: { view: NETWORK, focus: $focus, depth: 1, limit: 500${withLayout ? ', layout: true' : ''} }) {
    truncated
    nodes { id data { label type kind sector degree${withLayout ? ' x y' : ''} } }
    edges { id source target data { weight kinds } }
  }
}`;

/** Arguments chosen from the graph. */
export interface QueryArgs {
  actor: string;
  pathFrom: string;
  pathTo: string;
  pathHops: number;
  search: string;
}

/**
 * The two actors farthest apart along evidenced relations, within the path
 * query's default hops: from the first local service (or the first actor) by
 * id, breadth-first, the farthest actor, ties by id.
 */
export function distantPair(store: EmbeddedStore): { from: string; to: string; hops: number } {
  const g = store.raw;
  const types = new Set<string>(PATH_TYPES);
  const actors = g.filterNodes((_, a) => a.label === 'Actor').sort();
  const from = actors.find((id) => g.getNodeAttribute(id, 'props').service) ?? actors.find((id) => g.degree(id) > 0) ?? actors[0];
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= DEFAULT_HOPS && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      g.forEachEdge(id, (_, a, s, t) => {
        if (!types.has(a.type) || !a.ev.length) return;
        const other = s === id ? t : s;
        if (dist.has(other)) return;
        dist.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  let to = from;
  let hops = 0;
  for (const [id, d] of [...dist].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (g.getNodeAttribute(id, 'label') === 'Actor' && d > hops) [to, hops] = [id, d];
  }
  return { from, to, hops };
}

/** The five queries of the brief (and the focused subgraph as a sixth), with arguments for this graph. */
export function benchQueriesFor(args: QueryArgs, withLayout: boolean): ApiQuery[] {
  return [
    { name: 'actor', what: `actor(id: "${args.actor}") with responsibilities and evidence`, query: ACTOR_QUERY, variables: { id: args.actor } },
    { name: 'network', what: 'the whole coordination network', query: NETWORK_QUERY },
    { name: 'matrix', what: 'systemMatrix', query: MATRIX_QUERY },
    { name: 'path', what: `path ${args.pathFrom} → ${args.pathTo} (${args.pathHops} hops)`, query: PATH_QUERY, variables: { from: args.pathFrom, to: args.pathTo } },
    { name: 'search', what: `search("${args.search}", limit 20)`, query: SEARCH_QUERY, variables: { text: args.search } },
    { name: 'focus', what: `graph(filter: NETWORK, focus ${args.actor}, depth 1, limit 500${withLayout ? ', layout' : ''})`, query: FOCUS_QUERY(withLayout), variables: { focus: args.actor } },
  ];
}
