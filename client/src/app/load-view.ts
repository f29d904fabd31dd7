/** What each view loads from the API, and the key its result is cached under. */
import type { ApiClient, Broker, Overlap, ResponsibilityFlag, SectorGapMatrix, Subgraph, SystemMatrix } from '../api/index.ts';
import { mergeSubgraphs } from '../graph/index.ts';
import type { ExplorerState } from '../state/index.ts';

export interface ViewData {
  matrix: SystemMatrix | null;
  /** The view's graph: the network, or the measures graph for unclear responsibility. */
  graph: Subgraph;
  overlaps?: Overlap[];
  brokers?: Broker[];
  gaps?: SectorGapMatrix;
  flags?: ResponsibilityFlag[];
}

/** Overlaps are fetched once down to this score; the slider filters them in the browser. */
export const OVERLAP_FLOOR = 0.05;
export const OVERLAP_LIMIT = 300;

/** Cache key of the data a state's view needs (filters are applied client-side, so they are not in it). */
export function viewKey(s: ExplorerState): string {
  const focus = s.focus ? `|focus=${s.focus.id}|d=${s.focus.depth}|x=${s.focus.expanded.join(',')}` : '';
  if (s.view === 'matrix') return 'view:matrix';
  if (s.view === 'overlaps') return 'view:overlaps';
  if (s.view === 'brokers') return `view:brokers|${s.section}${s.section === 'gaps' ? `|${s.gapScope}` : ''}`;
  return `view:${s.view}${focus}`;
}

/** Loads the data of a state's view. */
export async function loadView(api: ApiClient, s: ExplorerState, signal: AbortSignal): Promise<ViewData> {
  if (s.view === 'matrix') {
    const [matrix, graph] = await Promise.all([api.systemMatrix(signal), api.graph({ view: 'NETWORK' }, signal)]);
    return { matrix, graph };
  }
  if (s.view === 'overlaps') {
    const [overlaps, graph] = await Promise.all([api.overlaps(OVERLAP_FLOOR, OVERLAP_LIMIT, signal), api.graph({ view: 'NETWORK' }, signal)]);
    return { matrix: null, graph, overlaps };
  }
  if (s.view === 'brokers') {
    if (s.section === 'gaps') {
      let levelIds: string[] | null = null;
      if (s.gapScope === 'below-ministries') levelIds = (await api.meta(signal)).levels.filter((l) => l.rank > 0).map((l) => l.id);
      return { matrix: null, graph: { nodes: [], edges: [], truncated: false }, gaps: await api.sectorGaps(levelIds, signal) };
    }
    if (s.section === 'unclear') {
      const [graph, flags] = await Promise.all([api.graph({ view: 'MEASURES' }, signal), api.unclearResponsibility(signal)]);
      return { matrix: null, graph, flags };
    }
    const [graph, brokers] = await Promise.all([api.graph({ view: 'NETWORK' }, signal), api.brokers(100, signal)]);
    return { matrix: null, graph, brokers };
  }
  const view = s.view === 'network' ? 'NETWORK' : 'MEASURES';
  if (!s.focus) return { matrix: null, graph: await api.graph({ view }, signal) };
  const parts = await Promise.all([
    api.graph({ view, focus: s.focus.id, depth: s.focus.depth }, signal),
    ...s.focus.expanded.map((id) => api.graph({ view, focus: id, depth: 1 }, signal)),
  ]);
  return { matrix: null, graph: mergeSubgraphs(parts) };
}
