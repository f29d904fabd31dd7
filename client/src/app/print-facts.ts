/** The key facts printed under the map on a one-page handout: what the view shows, and its most telling numbers. Pure. */
import type { Overlap } from '../api/index.ts';
import { effortLabel, effortOwners, ownerNames } from '../analysis/index.ts';
import { activeFilterCount, topBrokers } from '../graph/index.ts';
import { localName, type Lang, type Translate } from '../i18n/index.ts';
import type { ExplorerState } from '../state/index.ts';
import type { PrintFact } from '../components/PrintSheet.tsx';
import type { ViewData } from './load-view.ts';

export interface PrintFactsInput {
  t: Translate;
  lang: Lang;
  state: ExplorerState;
  viewLabel: string;
  nodes: number;
  edges: number;
  labelOf(id: string): string;
  pair: Overlap | null;
  data: ViewData | null;
}

/** The facts, in print order. */
export function printFacts({ t, lang, state, viewLabel, nodes, edges, labelOf, pair, data }: PrintFactsInput): PrintFact[] {
  const facts: PrintFact[] = [{ label: t('print.view'), value: `${viewLabel} · ${t('print.counts', { nodes, edges })}` }];
  if (state.view === 'overlaps' && pair) {
    const side = (o: Overlap['a']) => `${effortLabel(o)} (${ownerNames(effortOwners(o), t('overlaps.and')) || t('overlaps.noOwner')})`;
    facts.push({ label: t('print.pair'), value: `${side(pair.a)} ↔ ${side(pair.b)} · ${t('overlaps.score')} ${t('overlaps.percent', { n: Math.round(pair.score * 100) })}` });
    facts.push({ label: t('print.why'), value: pair.explanation });
  }
  if (state.view === 'brokers' && state.section === 'brokers' && data?.brokers) {
    facts.push({ label: t('print.topBrokers'), value: topBrokers(data.brokers).map((b) => `${b.actor.abbreviation || b.actor.name} (${b.betweenness.toFixed(3)})`).join(', ') });
  }
  if (state.view === 'brokers' && state.section === 'gaps' && data?.gaps) {
    const name = new Map(data.gaps.sectors.map((s) => [s.id, localName(s, lang)]));
    facts.push({
      label: t('print.gaps'),
      value: data.gaps.gaps.length ? `${data.gaps.gaps.length}: ${data.gaps.gaps.map((g) => `${name.get(g.a.id)} – ${name.get(g.b.id)}`).join(', ')}` : t('gaps.noGaps'),
    });
  }
  if (state.view === 'brokers' && state.section === 'unclear' && data?.flags) {
    facts.push({ label: t('print.unclear'), value: data.flags.map((f) => `Tiltak ${f.measure.number} (${t(`unclear.reason.${f.reason}`)})`).join(', ') });
  }
  if (state.focus) facts.push({ label: t('print.focus'), value: labelOf(state.focus.id) });
  if (state.selection) facts.push({ label: t('print.selection'), value: labelOf(state.selection.id) });
  if (state.highlights.length) facts.push({ label: t('print.highlights'), value: state.highlights.map(labelOf).join(', ') });
  const n = activeFilterCount(state.filters);
  if (n) facts.push({ label: t('print.filters'), value: t('filter.active', { n }) });
  return facts;
}
