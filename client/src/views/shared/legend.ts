/** Legend blocks several views share: sectors, statuses, kinds, coordination lines, the measures graph's lines. Pure data. */
import { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES, type Sector } from '../../api/index.ts';
import { COORDINATION_STYLES, KIND_SHAPES, STATUS_COLORS } from '../../graph/index.ts';
import { localName, type Lang, type MessageKey, type Translate } from '../../i18n/index.ts';
import type { LegendBlock } from '../types.ts';

/** Sector colours. */
export function sectorsBlock(t: Translate, lang: Lang, sectors: readonly Sector[], colors: Map<string, string>): LegendBlock {
  return { title: t('legend.sectors'), items: sectors.map((s) => ({ icon: { swatch: colors.get(s.id) ?? '#9CA3AF' }, label: localName(s, lang) })) };
}

/** Measure status colours. */
export function statusesBlock(t: Translate): LegendBlock {
  return { title: t('legend.statuses'), items: MEASURE_STATUSES.map((s) => ({ icon: { swatch: STATUS_COLORS[s], dashed: s === 'UNKNOWN' }, label: t(`status.${s}` satisfies MessageKey) })) };
}

/** Shapes of the actor kinds present on the canvas (none: no block). */
export function kindsBlocks(t: Translate, present: ReadonlySet<string>): LegendBlock[] {
  const kinds = ACTOR_KINDS.filter((k) => present.has(k));
  return kinds.length ? [{ title: t('legend.kinds'), items: kinds.map((k) => ({ icon: { shape: KIND_SHAPES[k] }, label: t(`kind.${k}` satisfies MessageKey) })) }] : [];
}

/** Line styles of the coordination kinds, and what width means. */
export function coordinationBlock(t: Translate): LegendBlock {
  return {
    title: t('legend.edges'),
    items: [
      ...COORDINATION_KINDS.map((k) => ({ icon: { line: COORDINATION_STYLES[k].lineStyle, dash: COORDINATION_STYLES[k].dash }, label: t(`coord.${k}` satisfies MessageKey) })),
      { label: t('legend.weight'), muted: true },
    ],
  };
}

/** Lines of the measures graph: responsible (arrow) and involved (dashed). */
export function measureEdgesBlock(t: Translate): LegendBlock {
  return {
    title: t('legend.edges'),
    items: [
      { icon: { line: 'solid', color: '#374151', arrow: true }, label: t('legend.responsible') },
      { icon: { line: 'dashed', color: '#6B7280', width: 1.5 }, label: t('legend.involved') },
    ],
  };
}
