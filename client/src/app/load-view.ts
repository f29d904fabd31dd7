/** What each view loads from the API, and the key its result is cached under. */
import type { ApiClient, Subgraph, SystemMatrix } from '../api/index.ts';
import { mergeSubgraphs } from '../graph/index.ts';
import type { ExplorerState } from '../state/index.ts';

export interface ViewData {
  matrix: SystemMatrix | null;
  graph: Subgraph;
}

/** Cache key of the data a state's view needs (filters are applied client-side, so they are not in it). */
export function viewKey(s: ExplorerState): string {
  const focus = s.focus ? `|focus=${s.focus.id}|d=${s.focus.depth}|x=${s.focus.expanded.join(',')}` : '';
  return s.view === 'matrix' ? 'view:matrix' : `view:${s.view}${focus}`;
}

/** Loads the data of a state's view. */
export async function loadView(api: ApiClient, s: ExplorerState, signal: AbortSignal): Promise<ViewData> {
  if (s.view === 'matrix') {
    const [matrix, graph] = await Promise.all([api.systemMatrix(signal), api.graph({ view: 'NETWORK' }, signal)]);
    return { matrix, graph };
  }
  const view = s.view === 'network' ? 'NETWORK' : 'MEASURES';
  if (!s.focus) return { matrix: null, graph: await api.graph({ view }, signal) };
  const parts = await Promise.all([
    api.graph({ view, focus: s.focus.id, depth: s.focus.depth }, signal),
    ...s.focus.expanded.map((id) => api.graph({ view, focus: id, depth: 1 }, signal)),
  ]);
  return { matrix: null, graph: mergeSubgraphs(parts) };
}
