/**
 * The one-page handout of the current scene, shown only when printing: the
 * title, the note, the map as an image, its legend, the key facts, the date
 * and the sources. The image is made from the canvas just before the print
 * dialog opens.
 */
import { useI18n } from '../app/i18n-context.ts';
import { formatToday } from '../i18n/index.ts';
import type { LegendBlock } from '../views/types.ts';
import { LineIcon, ShapeIcon, Swatch } from './ShapeIcon.tsx';

export interface PrintFact {
  label: string;
  value: string;
}

export interface PrintSheetProps {
  title: string;
  subtitle: string;
  note: string;
  image: string;
  facts: PrintFact[];
  /** The legend of the map, as on screen. */
  legend?: readonly LegendBlock[];
  /** Titles of the documents the map's facts come from. */
  sources?: readonly string[];
}

function PrintLegend({ blocks }: { blocks: readonly LegendBlock[] }) {
  const { t } = useI18n();
  const shown = blocks.filter((b) => b.items.length);
  if (!shown.length) return null;
  return (
    <section className="print-legend" data-testid="print-legend">
      <h2>{t('legend.title')}</h2>
      {shown.map((b, i) => (
        <div key={i} className="print-legend-block">
          {b.title && <h3>{b.title}</h3>}
          <ul>
            {b.items.map((item, j) => (
              <li key={j} className={item.muted ? 'muted' : undefined}>
                {item.icon && 'swatch' in item.icon && <Swatch color={item.icon.swatch} dashed={item.icon.dashed} />}
                {item.icon && 'shape' in item.icon && <ShapeIcon shape={item.icon.shape} stroke={item.icon.stroke} size={14} />}
                {item.icon && 'line' in item.icon && <LineIcon style={item.icon.line} dash={item.icon.dash} color={item.icon.color} width={item.icon.width} arrow={item.icon.arrow} />}
                {' '}
                {item.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function PrintSheet(props: PrintSheetProps) {
  const { t, lang } = useI18n();
  const date = formatToday(lang);
  return (
    <article className="print-sheet" aria-hidden="true" data-testid="print-sheet">
      <p className="print-eyebrow">{props.subtitle}</p>
      <h1 className="print-title">{props.title}</h1>
      {props.note && <p className="print-note">{props.note}</p>}
      {props.image && <img className="print-image" src={props.image} alt="" />}
      {props.legend && <PrintLegend blocks={props.legend} />}
      {props.facts.length > 0 && (
        <section className="print-facts">
          <h2>{t('print.facts')}</h2>
          <dl>
            {props.facts.map((f, i) => (
              <div key={i} className="print-fact">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {props.sources && props.sources.length > 0 && (
        <section className="print-sources" data-testid="print-sources">
          <h2>{t('export.about.sources')}</h2>
          <ul>
            {props.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="print-source">{t('print.source', { date, url: typeof window === 'undefined' ? '' : window.location.href })}</p>
    </article>
  );
}
