/** Search and shortest paths over a snapshot's indexes. Pure. */
import { InvalidInputError } from '../../model/index.ts';
import { paging } from '../limits.ts';
import { DEFAULT_HOPS, shortestPathIn, type PathStep } from '../path.ts';
import type { SearchResult } from '../search.ts';
import type { NodeView } from '../views.ts';
import { nodesById, requireNode } from './nodes.ts';
import type { GraphSnapshot } from './snapshot.ts';

export interface PathView {
  nodes: NodeView[];
  steps: PathStep[];
}

/** Search over names, abbreviations, aliases, titles and text; best first. */
export function search(s: GraphSnapshot, text: string, limit?: number | null): (SearchResult & { node: NodeView })[] {
  const { limit: n } = paging(limit ?? 20, 0);
  if (text.length > 200) throw new InvalidInputError('search text is longer than 200 characters');
  return s.search.search(text, n).map((r) => ({ ...r, node: s.byId.get(r.id)! }));
}

/** A shortest evidenced chain between two nodes, or null. Unknown ends are NOT_FOUND. */
export async function path(s: GraphSnapshot, from: string, to: string, maxHops?: number | null): Promise<PathView | null> {
  requireNode(s, from);
  requireNode(s, to);
  const found = await shortestPathIn(from, to, maxHops ?? DEFAULT_HOPS, s.pathIndex);
  return found ? { nodes: nodesById(s, found.nodeIds), steps: found.steps } : null;
}
