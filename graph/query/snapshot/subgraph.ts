/** Subgraphs for the explorer and notebooks, from a snapshot's prepared views and layouts. */
import { buildSubgraph, type Subgraph, type SubgraphFilter } from '../subgraph.ts';
import { viewLayout } from './layouts.ts';
import { requireNode } from './nodes.ts';
import type { GraphSnapshot } from './snapshot.ts';

/** The subgraph a filter asks for; waits only for the view's layout, when `layout` is asked for. */
export async function subgraph(s: GraphSnapshot, filter: SubgraphFilter = {}): Promise<Subgraph> {
  if (filter.focus) requireNode(s, filter.focus);
  const view = filter.view ?? 'NETWORK';
  const positions = filter.layout ? await viewLayout(s, view) : undefined;
  return buildSubgraph(s.base, s.coordination, filter, s.views.get(view), positions);
}
