/**
 * The one-page handout of the current scene, shown only when printing: the
 * title, the note, the map as an image and the key facts. The image is made
 * from the canvas just before the print dialog opens.
 */
import { useI18n } from '../app/i18n-context.ts';

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
}

export function PrintSheet(props: PrintSheetProps) {
  const { t, lang } = useI18n();
  const date = new Date().toLocaleDateString(lang === 'nb' ? 'nb-NO' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <article className="print-sheet" aria-hidden="true" data-testid="print-sheet">
      <p className="print-eyebrow">{props.subtitle}</p>
      <h1 className="print-title">{props.title}</h1>
      {props.note && <p className="print-note">{props.note}</p>}
      {props.image && <img className="print-image" src={props.image} alt="" />}
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
      <p className="print-source">{t('print.source', { date, url: typeof window === 'undefined' ? '' : window.location.href })}</p>
    </article>
  );
}
