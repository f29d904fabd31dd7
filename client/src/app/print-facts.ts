/** The key facts printed under the map on a one-page handout: what the view shows, its own telling numbers (from its module), and the scene's choices. Pure. */
import { activeFilterCount } from '../graph/index.ts';
import type { Translate } from '../i18n/index.ts';
import type { ExplorerState } from '../state/index.ts';
import type { PrintFact } from '../components/PrintSheet.tsx';

export interface PrintFactsInput {
  t: Translate;
  state: ExplorerState;
  viewLabel: string;
  nodes: number;
  edges: number;
  labelOf(id: string): string;
  /** The view's own facts (`ViewModule.printFacts`). */
  viewFacts: PrintFact[];
}

/** The facts, in print order. */
export function printFacts({ t, state, viewLabel, nodes, edges, labelOf, viewFacts }: PrintFactsInput): PrintFact[] {
  const facts: PrintFact[] = [{ label: t('print.view'), value: `${viewLabel} · ${t('print.counts', { nodes, edges })}` }, ...viewFacts];
  if (state.focus) facts.push({ label: t('print.focus'), value: labelOf(state.focus.id) });
  if (state.selection) facts.push({ label: t('print.selection'), value: labelOf(state.selection.id) });
  if (state.highlights.length) facts.push({ label: t('print.highlights'), value: state.highlights.map(labelOf).join(', ') });
  const n = activeFilterCount(state.filters);
  if (n) facts.push({ label: t('print.filters'), value: t('filter.active', { n }) });
  return facts;
}
