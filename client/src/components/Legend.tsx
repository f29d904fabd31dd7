/** What colours, shapes and lines mean in the current view, in the current language. */
import { useState } from 'react';
import { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES, type Sector } from '../api/index.ts';
import { COORDINATION_STYLES, KIND_SHAPES, OVERLAP_COLORS, STATUS_COLORS, UI } from '../graph/index.ts';
import { localName, type MessageKey } from '../i18n/index.ts';
import type { BrokerSection, ViewName } from '../state/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { LineIcon, ShapeIcon, Swatch } from './ShapeIcon.tsx';

export interface LegendProps {
  view: ViewName;
  /** The part of the brokers view on show. */
  section?: BrokerSection | null;
  sectors: Sector[];
  colors: Map<string, string>;
  kindsPresent: Set<string>;
  showLinks: boolean;
  hasPath: boolean;
}

export function Legend(props: LegendProps) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 1500);
  const view: ViewName | 'sectors' = props.view === 'brokers' ? (props.section === 'unclear' ? 'measures' : props.section === 'gaps' ? 'sectors' : 'network') : props.view;
  const kinds = ACTOR_KINDS.filter((k) => props.kindsPresent.has(k));
  // The matrix's column headers already carry the sector colours.
  if (view === 'matrix' && !props.showLinks && !props.hasPath) return null;
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-labelledby="legend-heading" data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <h2 id="legend-heading">{t('legend.title')}</h2>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="legend-body">
          {view === 'network' && (
            <div className="legend-block">
              <h3>{t('legend.sectors')}</h3>
              <ul>
                {props.sectors.map((s) => (
                  <li key={s.id}>
                    <Swatch color={props.colors.get(s.id) ?? '#9CA3AF'} /> {localName(s, lang)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view === 'measures' && (
            <div className="legend-block">
              <h3>{t('legend.statuses')}</h3>
              <ul>
                {MEASURE_STATUSES.map((s) => (
                  <li key={s}>
                    <Swatch color={STATUS_COLORS[s]} dashed={s === 'UNKNOWN'} /> {t(`status.${s}` satisfies MessageKey)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view !== 'matrix' && kinds.length > 0 && (
            <div className="legend-block">
              <h3>{t('legend.kinds')}</h3>
              <ul>
                {kinds.map((k) => (
                  <li key={k}>
                    <ShapeIcon shape={KIND_SHAPES[k]} /> {t(`kind.${k}` satisfies MessageKey)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {(view === 'network' || (view === 'matrix' && props.showLinks)) && (
            <div className="legend-block">
              <h3>{t('legend.edges')}</h3>
              <ul>
                {COORDINATION_KINDS.map((k) => (
                  <li key={k}>
                    <LineIcon style={COORDINATION_STYLES[k].lineStyle} dash={COORDINATION_STYLES[k].dash} /> {t(`coord.${k}` satisfies MessageKey)}
                  </li>
                ))}
                <li className="muted small">{t('legend.weight')}</li>
              </ul>
            </div>
          )}
          {view === 'overlaps' && (
            <div className="legend-block">
              <h3>{t('legend.edges')}</h3>
              <ul>
                <li>
                  <LineIcon style="dotted" color={OVERLAP_COLORS.overlap} width={3.5} /> {t('overlaps.legend.overlap')}
                </li>
                <li>
                  <LineIcon style="solid" color="#374151" arrow /> {t('overlaps.legend.owner')}
                </li>
                <li>
                  <LineIcon style="solid" color="#4B5563" width={3} /> {t('overlaps.legend.link')}
                </li>
                <li>
                  <LineIcon style="dashed" dash={[7, 4]} color={OVERLAP_COLORS.missing} width={3} /> {t('overlaps.legend.noLink')}
                </li>
              </ul>
            </div>
          )}
          {view === 'sectors' && (
            <div className="legend-block">
              <h3>{t('legend.edges')}</h3>
              <ul>
                <li>
                  <LineIcon style="solid" color="#4B5563" width={4} /> {t('gaps.legend.link')}
                </li>
                <li>
                  <LineIcon style="dashed" dash={[6, 5]} color={OVERLAP_COLORS.missing} width={2} /> {t('gaps.legend.gap')}
                </li>
              </ul>
            </div>
          )}
          {props.view === 'brokers' && props.section === 'brokers' && (
            <div className="legend-block">
              <h3>{t('brokers.section.brokers')}</h3>
              <ul>
                <li>
                  <ShapeIcon shape="ellipse" stroke="#111827" /> {t('brokers.legend.top')}
                </li>
              </ul>
            </div>
          )}
          {props.view === 'brokers' && props.section === 'unclear' && (
            <div className="legend-block">
              <h3>{t('brokers.section.unclear')}</h3>
              <ul>
                <li>
                  <ShapeIcon shape="round-rectangle" stroke={OVERLAP_COLORS.missing} /> {t('unclear.legend')}
                </li>
              </ul>
            </div>
          )}
          {view === 'measures' && (
            <div className="legend-block">
              <h3>{t('legend.edges')}</h3>
              <ul>
                <li>
                  <LineIcon style="solid" color="#374151" arrow /> {t('legend.responsible')}
                </li>
                <li>
                  <LineIcon style="dashed" color="#6B7280" width={1.5} /> {t('legend.involved')}
                </li>
              </ul>
            </div>
          )}
          {props.hasPath && (
            <div className="legend-block">
              <ul>
                <li>
                  <LineIcon style="solid" color={UI.path} width={4} /> {t('legend.path')}
                </li>
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
