/**
 * Overlapp: measures and initiatives that look like the same effort under
 * different owners, one pair at a time, with whether their owners coordinate.
 * The pair is drawn with preset positions; its owners' coordination and, for
 * an initiative without a description, the paragraph naming it, are loaded
 * when the pair changes (the view's extra data).
 */
import type { Coordination, Overlap, Subgraph } from '../../api/index.ts';
import { contextEvidence, effortLabel, effortOwners, findOverlap, ownerNames, pairKey, paragraphAround } from '../../analysis/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { OverlapDetail } from '../../components/OverlapDetail.tsx';
import { OverlapsPanel } from '../../components/OverlapsPanel.tsx';
import { OVERLAP_COLORS, overlapElements } from '../../graph/index.ts';
import { overlapsExportGraph } from '../../export/index.ts';
import { numberParam, normaliseId, type Param } from '../../state/url-schema.ts';
import { EMPTY_GRAPH } from '../shared/graph-data.ts';
import { defineView, type ViewPanelProps } from '../types.ts';
import { clampScore, MIN_SCORE_RANGE, reduceOverlaps, type OverlapsAction, type OverlapsSlice } from './slice.ts';

export interface OverlapsData {
  overlaps: Overlap[];
  /** Empty: the pairs carry what their owners are drawn with (kept for the view interface's `graph`). */
  graph: Subgraph;
}
export interface OverlapsExtra {
  /** The pair the extra data belongs to. */
  pair: Overlap;
  /** Coordination between the pair's owners, as the sources give it. */
  coordination: Coordination[];
  context: Record<'a' | 'b', string | null>;
}

/** The pair on show: the chosen one, else the best above the minimum. */
export function pairOf(data: OverlapsData | null, slice: OverlapsSlice): Overlap | null {
  if (!data) return null;
  if (slice.overlap) return findOverlap(data.overlaps, slice.overlap);
  return data.overlaps.find((o) => o.score >= slice.minScore - 1e-9) ?? null;
}

/** The owners of both sides of a pair, sorted. */
function ownersOf(pair: Overlap): string[] {
  return [...new Set([...effortOwners(pair.a), ...effortOwners(pair.b)].map((a) => a.id))].sort();
}

/** The extra data, when it belongs to the pair on show. */
function shown(data: OverlapsData | null, slice: OverlapsSlice, extra: OverlapsExtra | null): OverlapsExtra | null {
  const pair = pairOf(data, slice);
  return pair && extra && extra.pair.a.id === pair.a.id && extra.pair.b.id === pair.b.id ? extra : null;
}
type Props = ViewPanelProps<OverlapsSlice, OverlapsData, OverlapsExtra, OverlapsAction>;

/** Overlaps are fetched once down to this score; the slider filters them in the browser. */
export const OVERLAP_FLOOR = 0.05;
export const OVERLAP_LIMIT = 300;

/** Two different ids as `oa=` and `ob=`. */
const pairParam: Param<{ a: string; b: string } | null> = {
  keys: ['oa', 'ob'],
  read: (p) => {
    const a = normaliseId(p.get('oa'));
    const b = normaliseId(p.get('ob'));
    return a && b && a !== b ? { a, b } : null;
  },
  write: (v) => (v ? [['oa', v.a], ['ob', v.b]] : []),
};

function Side({ env, data, loading, slice, act }: Props) {
  if (env.presenting) return null;
  const pair = pairOf(data, slice);
  return (
    <OverlapsPanel
      overlaps={data?.overlaps ?? null}
      loading={loading}
      minScore={slice.minScore}
      selected={pair ? { a: pair.a.id, b: pair.b.id } : null}
      onSelect={(p) => act({ type: 'setOverlap', overlap: p })}
      onMinScore={(minScore) => act({ type: 'setMinScore', minScore })}
    />
  );
}

function Top({ data, slice, extra, selectNode }: Props) {
  const { t } = useI18n();
  const pair = pairOf(data, slice);
  const x = shown(data, slice, extra);
  if (pair) return <OverlapDetail key={pairKey(pair.a.id, pair.b.id)} overlap={pair} coordination={x?.coordination ?? null} context={x?.context ?? null} onSelect={selectNode} />;
  if (!data) return null;
  return <p className="empty-hint stage-hint">{slice.overlap ? t('overlaps.missingPair') : t('overlaps.none')}</p>;
}

export const overlapsView = defineView<OverlapsSlice, OverlapsData, OverlapsExtra, OverlapsAction>({
  id: 'overlaps',
  label: 'view.overlaps',
  help: 'view.overlaps.help',
  slice: {
    initial: { overlap: null, minScore: MIN_SCORE_RANGE.initial },
    params: { overlap: pairParam, minScore: numberParam('min', MIN_SCORE_RANGE.initial, clampScore) },
    reduce: reduceOverlaps,
  },
  dataKey: () => 'view:overlaps',
  load: async (api, _state, _slice, signal) => {
    // The pairs carry their owners' sectors and levels: the whole network (8 MB at national scale, a second of the
    // server's time before the first paint) is not needed to draw them.
    return { overlaps: await api.overlaps(OVERLAP_FLOOR, OVERLAP_LIMIT, signal), graph: EMPTY_GRAPH };
  },
  extra: {
    key: ({ data, slice }) => {
      const pair = pairOf(data, slice);
      return pair ? `pair|${pairKey(pair.a.id, pair.b.id)}` : null;
    },
    load: async (api, { data, slice }, signal) => {
      const pair = pairOf(data, slice)!;
      const ownerIds = ownersOf(pair);
      // An initiative without a description is shown by the paragraph that names it.
      const paragraph = async (side: 'a' | 'b') => {
        const ev = contextEvidence(pair[side]);
        if (!ev) return null;
        const doc = await api.document(ev.document.id, signal);
        return doc ? paragraphAround(doc.text, ev.start, ev.end) : null;
      };
      const [coordination, a, b] = await Promise.all([ownerIds.length > 1 ? api.coordination(ownerIds, signal) : Promise.resolve([]), paragraph('a'), paragraph('b')]);
      return { pair, coordination, context: { a, b } };
    },
  },
  graph: (d) => d.graph,
  exportGraph: ({ data, slice }) => (data ? overlapsExportGraph(data.overlaps, slice.minScore) : null),
  elements: ({ data, slice, extra, env }) => {
    const x = shown(data, slice, extra);
    if (!data || !x) return [];
    const { t } = env;
    return overlapElements(x.pair, x.coordination, {
      colors: env.colors,
      textScale: env.textScale,
      network: data.graph,
      labels: { overlap: (n) => t('overlaps.edge.overlap', { n }), link: (n) => t('overlaps.edge.link', { n }), noLink: t('overlaps.edge.noLink') },
    });
  },
  layout: () => 'preset',
  legend: ({ env: { t } }) => [
    {
      title: t('legend.edges'),
      items: [
        { icon: { line: 'dotted', color: OVERLAP_COLORS.overlap, width: 3.5 }, label: t('overlaps.legend.overlap') },
        { icon: { line: 'solid', color: '#374151', arrow: true }, label: t('overlaps.legend.owner') },
        { icon: { line: 'solid', color: '#4B5563', width: 3 }, label: t('overlaps.legend.link') },
        { icon: { line: 'dashed', dash: [7, 4], color: OVERLAP_COLORS.missing, width: 3 }, label: t('overlaps.legend.noLink') },
      ],
    },
  ],
  filters: [],
  table: ({ data, slice }, act) => ({ view: 'overlaps', columns: { layout: 'graph', typeColumn: 'kind' }, matrix: null, data, minScore: slice.minScore, pair: pairOf(data, slice), onPair: (overlap) => act({ type: 'setOverlap', overlap }) }),
  printFacts: ({ data, slice, env: { t } }) => {
    const pair = pairOf(data, slice);
    if (!pair) return [];
    const side = (o: Overlap['a']) => `${effortLabel(o)} (${ownerNames(effortOwners(o), t('overlaps.and')) || t('overlaps.noOwner')})`;
    return [
      { label: t('print.pair'), value: `${side(pair.a)} ↔ ${side(pair.b)} · ${t('overlaps.score')} ${t('overlaps.percent', { n: Math.round(pair.score * 100) })}` },
      { label: t('print.why'), value: pair.explanation },
    ];
  },
  focusable: false,
  homeOf: [],
  lists: [],
  Side,
  Top,
});
