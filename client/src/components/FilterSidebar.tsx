/** The left sidebar: filters by sector, level, kind, status, document and coordination kind, and how misses show. */
import type { ReactNode } from 'react';
import { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES, type Meta } from '../api/index.ts';
import { activeFilterCount, COORDINATION_STYLES, KIND_SHAPES, STATUS_COLORS, type Filters } from '../graph/index.ts';
import { localName, type MessageKey } from '../i18n/index.ts';
import type { FilterKey } from '../state/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { LineIcon, ShapeIcon, Swatch } from './ShapeIcon.tsx';

export interface FilterSidebarProps {
  meta: Meta | null;
  /** The filter groups the current view offers, in its module's order. */
  groups: readonly FilterKey[];
  filters: Filters;
  filterMode: 'dim' | 'hide';
  colors: Map<string, string>;
  onToggle(key: FilterKey, value: string): void;
  onClear(): void;
  onMode(mode: 'dim' | 'hide'): void;
  children?: ReactNode;
}

const GROUP_LEGEND: Record<FilterKey, MessageKey> = {
  sectors: 'filter.sector',
  levels: 'filter.level',
  kinds: 'filter.kind',
  statuses: 'filter.status',
  coordKinds: 'filter.coordKind',
  documents: 'filter.document',
};

interface Option {
  value: string;
  label: string;
  icon?: ReactNode;
}

function Group({ legend, name, options, chosen, onToggle }: { legend: string; name: FilterKey; options: Option[]; chosen: readonly string[]; onToggle(key: FilterKey, value: string): void }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {chosen.length > 0 && <span className="count">{chosen.length}</span>}
      </legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" name={name} value={o.value} checked={chosen.includes(o.value)} onChange={() => onToggle(name, o.value)} />
          {o.icon}
          <span className="check-label">{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function FilterSidebar(props: FilterSidebarProps) {
  const { t, lang } = useI18n();
  const { meta, filters, groups } = props;
  const count = activeFilterCount(filters);
  const sectors: Option[] = (meta?.sectors ?? []).map((s) => ({ value: s.id, label: localName(s, lang), icon: <Swatch color={props.colors.get(s.id) ?? '#9CA3AF'} /> }));
  const levels: Option[] = [...(meta?.levels ?? [])].sort((a, b) => a.rank - b.rank).map((l) => ({ value: l.id, label: localName(l, lang) }));
  const kinds: Option[] = ACTOR_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` satisfies MessageKey), icon: <ShapeIcon shape={KIND_SHAPES[k]} /> }));
  const statuses: Option[] = MEASURE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` satisfies MessageKey), icon: <Swatch color={STATUS_COLORS[s]} dashed={s === 'UNKNOWN'} /> }));
  const coord: Option[] = COORDINATION_KINDS.map((k) => ({ value: k, label: t(`coord.${k}` satisfies MessageKey), icon: <LineIcon style={COORDINATION_STYLES[k].lineStyle} dash={COORDINATION_STYLES[k].dash} /> }));
  const docs: Option[] = (meta?.documents ?? []).map((d) => ({ value: d.id, label: d.title.length > 60 ? `${d.title.slice(0, 58)}…` : d.title }));

  const options: Record<FilterKey, Option[]> = { sectors, levels, kinds, statuses, coordKinds: coord, documents: docs };

  return (
    <nav className="sidebar" aria-labelledby="filters-heading" data-testid="filter-sidebar">
      <header className="panel-header">
        <h2 id="filters-heading" className="panel-title">
          {t('sidebar.title')}
        </h2>
        {count > 0 && (
          <button type="button" className="text-button" onClick={props.onClear}>
            {t('filter.clear')} ({count})
          </button>
        )}
      </header>
      <div className="sidebar-body">
        {props.children}
        <div className="segmented" role="radiogroup" aria-label={t('filter.mode')}>
          <span className="segmented-label">{t('filter.mode')}</span>
          {(['dim', 'hide'] as const).map((m) => (
            <label key={m} className={props.filterMode === m ? 'on' : undefined}>
              <input type="radio" name="filter-mode" value={m} checked={props.filterMode === m} onChange={() => props.onMode(m)} />
              {t(`filter.mode.${m}`)}
            </label>
          ))}
        </div>
        {groups.map((key) => (
          <Group key={key} legend={t(GROUP_LEGEND[key])} name={key} options={options[key]} chosen={filters[key]} onToggle={props.onToggle} />
        ))}
      </div>
    </nav>
  );
}
