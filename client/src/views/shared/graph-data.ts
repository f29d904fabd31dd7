/**
 * Loading a view's graph: the whole view with the server's layout (computed
 * once per graph version), or a focus with its expanded neighbourhoods merged
 * (laid out in the browser's layout worker, as the server's positions belong
 * to the whole view).
 */
import type { ApiClient, GraphView, Subgraph } from '../../api/index.ts';
import { mergeSubgraphs } from '../../graph/index.ts';
import type { Focus } from '../../state/state.ts';

/** Cache-key part of a focus. */
export function focusKey(focus: Focus | null): string {
  return focus ? `|focus=${focus.id}|d=${focus.depth}|x=${focus.expanded.join(',')}` : '';
}

/** The view's graph: with server positions when whole, merged neighbourhoods when focused. */
export async function loadGraph(api: ApiClient, view: GraphView, focus: Focus | null, signal: AbortSignal): Promise<Subgraph> {
  if (!focus) return api.graph({ view, layout: true }, signal);
  const parts = await Promise.all([
    api.graph({ view, focus: focus.id, depth: focus.depth }, signal),
    ...focus.expanded.map((id) => api.graph({ view, focus: id, depth: 1 }, signal)),
  ]);
  return mergeSubgraphs(parts);
}

export const EMPTY_GRAPH: Subgraph = { nodes: [], edges: [], truncated: false };
