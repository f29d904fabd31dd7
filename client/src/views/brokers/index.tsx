/**
 * Meglere og hull: three parts. Brokers: the linked network with the leading
 * brokers ringed, sized by betweenness on demand. Gaps: the sectors in a
 * circle (preset) with the sector pairs that never meet. Unclear
 * responsibility: the measures graph with the flagged measures marked.
 */
import type { Broker, BrokerMap, ResponsibilityFlag, SectorGapMatrix, Subgraph } from '../../api/index.ts';
import { BrokersPanel } from '../../components/BrokersPanel.tsx';
import { GapTable } from '../../components/GapTable.tsx';
import { OVERLAP_COLORS, sectorGapElements, subgraphElements, topBrokers, withBrokers, withFlags } from '../../graph/index.ts';
import { formatNumber, localName, type MessageKey } from '../../i18n/index.ts';
import { enumParam, numberParam } from '../../state/url-schema.ts';
import { EMPTY_GRAPH } from '../shared/graph-data.ts';
import { coordinationBlock, kindsBlocks, measureEdgesBlock, sectorsBlock, statusesBlock } from '../shared/legend.ts';
import { defineView, type LegendBlock, type ViewPanelProps } from '../types.ts';
import { BROKER_SECTIONS, reduceBrokers, type BrokersAction, type BrokersSlice } from './slice.ts';
import { packWide } from '../shared/pack-wide.ts';

/** Brokers on the map at first, and the choices offered (the server takes 1 to 200). */
export const BACKBONE_TOPS = [20, 40, 60, 80] as const;

export interface BrokersData {
  graph: Subgraph;
  brokers?: Broker[];
  /** The brokers' map as the server drew it (graph is what the canvas draws of it). */
  map?: BrokerMap;
  gaps?: SectorGapMatrix;
  flags?: ResponsibilityFlag[];
}
/** Only the part on show has a ranked table. */
function pick(data: BrokersData | null, section: BrokersSlice['section']): Partial<BrokersData> | null {
  if (!data) return null;
  return section === 'brokers' ? { brokers: data.brokers } : section === 'gaps' ? { gaps: data.gaps } : { flags: data.flags };
}

type Props = ViewPanelProps<BrokersSlice, BrokersData, null, BrokersAction>;

/** How many brokers the canvas draws, offered when the network is too large to draw whole. */
function Tools({ slice, data, env, act }: Props) {
  if (slice.section !== 'brokers' || !data?.map?.reduced) return null;
  return (
    <label className="select-label">
      <span>{env.t('brokers.onMap')}</span>
      <select value={slice.top} onChange={(e) => act({ type: 'setTop', top: Number(e.target.value) })} data-testid="brokers-top">
        {BACKBONE_TOPS.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

function Side({ env, slice, data, loading, selection, act, selectNode }: Props) {
  if (env.presenting && slice.section === 'gaps') return null;
  return (
    <BrokersPanel
      section={slice.section}
      sizeBy={slice.sizeBy}
      gapScope={slice.gapScope}
      brokers={data?.brokers ?? null}
      gaps={data?.gaps ?? null}
      flags={data?.flags ?? null}
      loading={loading && !data}
      selection={selection}
      onSection={(section) => act({ type: 'setSection', section }, true)}
      onSizeBy={(sizeBy) => act({ type: 'setSizeBy', sizeBy })}
      onGapScope={(scope) => act({ type: 'setGapScope', scope })}
      onSelect={selectNode}
    />
  );
}

function Top({ slice, data, env }: Props) {
  return slice.section === 'gaps' && data?.gaps ? <GapTable matrix={data.gaps} colors={env.colors} /> : null;
}

export const brokersView = defineView<BrokersSlice, BrokersData, null, BrokersAction>({
  id: 'brokers',
  label: 'view.brokers',
  help: 'view.brokers.help',
  title: (slice, t) => `${t('view.brokers')} · ${t(`brokers.section.${slice.section}` satisfies MessageKey)}`,
  className: (slice) => `section-${slice.section}`,
  slice: {
    initial: { section: 'brokers', sizeBy: 'degree', gapScope: 'below-ministries', top: BACKBONE_TOPS[0] },
    params: {
      section: enumParam('sec', BROKER_SECTIONS, 'brokers'),
      sizeBy: enumParam('size', ['degree', 'betweenness'] as const, 'degree'),
      gapScope: enumParam('gaps', ['below-ministries', 'all'] as const, 'below-ministries'),
      top: numberParam('bt', BACKBONE_TOPS[0], (x) => BACKBONE_TOPS.reduce((best, n) => (Math.abs(n - x) < Math.abs(best - x) ? n : best))),
    },
    reduce: reduceBrokers,
  },
  dataKey: (_state, s) => `view:brokers|${s.section}${s.section === 'gaps' ? `|${s.gapScope}` : s.section === 'brokers' ? `|${s.top}` : ''}`,
  load: async (api, _state, s, signal) => {
    if (s.section === 'gaps') {
      let levelIds: string[] | null = null;
      if (s.gapScope === 'below-ministries') levelIds = (await api.meta(signal)).levels.filter((l) => l.rank > 0).map((l) => l.id);
      return { graph: EMPTY_GRAPH, gaps: await api.sectorGaps(levelIds, signal) };
    }
    if (s.section === 'unclear') {
      const [graph, flags] = await Promise.all([api.graph({ view: 'MEASURES', layout: true }, signal), api.unclearResponsibility(signal)]);
      return { graph, flags };
    }
    // The server draws the map (the whole linked network when small, else its backbone); a network drawn whole is packed to the canvas's shape.
    const [map, brokers] = await Promise.all([api.brokerMap(s.top, signal), api.brokers(100, signal)]);
    return { graph: map.reduced ? map.graph : packWide(map.graph), map, brokers };
  },
  graph: (d) => d.graph,
  elements: ({ data, slice, env }) => {
    if (!data) return [];
    if (slice.section === 'gaps') return data.gaps ? sectorGapElements(data.gaps, { colors: env.colors, lang: env.lang }) : [];
    // Brokers sit in the linked part of the network (bodies without a link broker nothing); a national one draws its backbone.
    if (slice.section === 'brokers') return subgraphElements(data.graph, { colors: env.colors }, 'network');
    return subgraphElements(data.graph, { colors: env.colors }, 'measures');
  },
  layout: (slice) => (slice.section === 'gaps' ? 'preset' : 'pick'),
  status: ({ slice, data, env: { t, lang } }) => {
    const b = slice.section === 'brokers' ? data?.map : undefined;
    return b?.reduced ? t('brokers.backbone', { brokers: b.brokers, bridged: b.bridged, total: formatNumber(lang, b.total) }) : null;
  },
  // Brokers and flags decorate the laid-out graph, so sizing by betweenness never moves a node.
  decorate: (positioned, { data, slice }) => {
    if (slice.section === 'brokers' && data?.brokers) return withBrokers(positioned, data.brokers, slice.sizeBy);
    if (slice.section === 'unclear' && data?.flags) return withFlags(positioned, data.flags);
    return positioned;
  },
  legend: ({ slice, env }, present) => {
    const { t } = env;
    if (slice.section === 'gaps') {
      return [
        {
          title: t('legend.edges'),
          items: [
            { icon: { line: 'solid', color: '#4B5563', width: 4 }, label: t('gaps.legend.link') },
            { icon: { line: 'dashed', dash: [6, 5], color: OVERLAP_COLORS.missing, width: 2 }, label: t('gaps.legend.gap') },
          ],
        },
      ];
    }
    if (slice.section === 'unclear') {
      const unclear: LegendBlock = { title: t('brokers.section.unclear'), items: [{ icon: { shape: 'round-rectangle', stroke: OVERLAP_COLORS.missing }, label: t('unclear.legend') }] };
      return [statusesBlock(t), ...kindsBlocks(t, present.kinds), unclear, measureEdgesBlock(t)];
    }
    const top: LegendBlock = { title: t('brokers.section.brokers'), items: [{ icon: { shape: 'ellipse', stroke: '#111827' }, label: t('brokers.legend.top') }] };
    return [sectorsBlock(t, env.lang, env.sectors, env.colors), ...kindsBlocks(t, present.kinds), coordinationBlock(t), top];
  },
  filters: [],
  table: ({ data, slice }) => ({ view: 'brokers', section: slice.section, columns: { layout: 'graph', typeColumn: slice.section === 'unclear' ? 'status' : 'kind' }, matrix: null, data: pick(data, slice.section) }),
  printFacts: ({ slice, data, env: { t, lang } }) => {
    if (!data) return [];
    if (slice.section === 'brokers' && data.brokers) {
      return [{ label: t('print.topBrokers'), value: topBrokers(data.brokers).map((b) => `${b.actor.abbreviation || b.actor.name} (${formatNumber(lang, b.betweenness, 3)})`).join(', ') }];
    }
    if (slice.section === 'gaps' && data.gaps) {
      const name = new Map(data.gaps.sectors.map((s) => [s.id, localName(s, lang)]));
      const gaps = data.gaps.gaps;
      return [{ label: t('print.gaps'), value: gaps.length ? `${gaps.length}: ${gaps.map((g) => `${name.get(g.a.id)} – ${name.get(g.b.id)}`).join(', ')}` : t('gaps.noGaps') }];
    }
    if (slice.section === 'unclear' && data.flags) {
      return [{ label: t('print.unclear'), value: data.flags.map((f) => `Tiltak ${f.measure.number} (${t(`unclear.reason.${f.reason}`)})`).join(', ') }];
    }
    return [];
  },
  focusable: false,
  homeOf: [],
  lists: [],
  Side,
  Top,
  Tools,
});
