/** What colours, shapes and lines mean in the current view: the blocks the view's module declares, drawn. */
import { useState } from 'react';
import type { LegendBlock, LegendIcon } from '../views/types.ts';
import { useI18n } from '../app/i18n-context.ts';
import { LineIcon, ShapeIcon, Swatch } from './ShapeIcon.tsx';

export interface LegendProps {
  blocks: LegendBlock[];
}

/** The icon of a legend row. */
export function LegendIconView({ icon }: { icon: LegendIcon }) {
  if ('swatch' in icon) return <Swatch color={icon.swatch} dashed={icon.dashed} />;
  if ('shape' in icon) return <ShapeIcon shape={icon.shape} stroke={icon.stroke} />;
  return <LineIcon style={icon.line} dash={icon.dash} color={icon.color} width={icon.width} arrow={icon.arrow} />;
}

export function Legend({ blocks }: LegendProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 1500);
  if (blocks.length === 0) return null;
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-labelledby="legend-heading" data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <h2 id="legend-heading">{t('legend.title')}</h2>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="legend-body">
          {blocks.map((b, i) => (
            <div className="legend-block" key={`${b.title ?? ''}|${i}`}>
              {b.title && <h3>{b.title}</h3>}
              <ul>
                {b.items.map((item) => (
                  <li key={item.label} className={item.muted ? 'muted small' : undefined}>
                    {item.icon && <LegendIconView icon={item.icon} />} {item.label}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
