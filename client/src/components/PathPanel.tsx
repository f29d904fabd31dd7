/** "How are X and Y connected?": two pickers, then each step of the path with its evidence. */
import type { Evidence, NodeSummary, Path, SearchHit } from '../api/index.ts';
import { summaryLabel } from '../graph/index.ts';
import { translateOr } from '../i18n/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { SearchBox } from './SearchBox.tsx';

export interface PathPickerProps {
  from: string | null;
  to: string | null;
  labelOf(id: string): string;
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  onPick(end: 'from' | 'to', node: NodeSummary): void;
  onClear(): void;
}

export function PathPicker(props: PathPickerProps) {
  const { t } = useI18n();
  return (
    <section className="path-picker" aria-labelledby="path-heading" data-testid="path-picker">
      <h3 id="path-heading" className="section-title">
        {t('path.title')}
      </h3>
      <div className="path-end">
        <span className="path-dot from" aria-hidden="true">A</span>
        <SearchBox compact label={t('path.from')} placeholder={t('path.from')} value={props.from ? props.labelOf(props.from) : undefined} search={props.search} onChoose={(n) => props.onPick('from', n)} testId="path-from" />
      </div>
      <div className="path-end">
        <span className="path-dot to" aria-hidden="true">B</span>
        <SearchBox compact label={t('path.to')} placeholder={t('path.to')} value={props.to ? props.labelOf(props.to) : undefined} search={props.search} onChoose={(n) => props.onPick('to', n)} testId="path-to" />
      </div>
      {(props.from || props.to) && (
        <button type="button" className="text-button" onClick={props.onClear}>
          {t('path.clear')}
        </button>
      )}
    </section>
  );
}

export interface PathResultProps {
  path: Path | null;
  loading: boolean;
  error: string | null;
  onSelect(id: string): void;
  onOpenEvidence(e: Evidence): void;
  onClear(): void;
}

export function PathResult(props: PathResultProps) {
  const { t } = useI18n();
  const byId = new Map((props.path?.nodes ?? []).map((n) => [n.id, n]));
  return (
    <section className="path-result" aria-labelledby="path-result-heading" data-testid="path-result">
      <header className="panel-header">
        <h2 id="path-result-heading" className="panel-title">
          {t('path.title')}
        </h2>
        <button type="button" className="icon-button" onClick={props.onClear} aria-label={t('path.clear')}>
          ✕
        </button>
      </header>
      {props.loading && <p className="muted">{t('path.searching')}</p>}
      {props.error && <p className="error">{props.error}</p>}
      {!props.loading && !props.error && !props.path && <p className="muted">{t('path.none')}</p>}
      {props.path && (
        <>
          <p className="muted small">{t('path.steps', { n: props.path.edges.length })}</p>
          <ol className="path-steps">
            {props.path.edges.map((e, i) => {
              const s = byId.get(e.source);
              const tg = byId.get(e.target);
              const ev = e.evidence[0];
              return (
                <li key={i}>
                  <div className="path-step-head">
                    <button type="button" className="chip" onClick={() => props.onSelect(e.source)}>
                      {s ? summaryLabel(s) : e.source}
                    </button>
                    <span className="path-rel">
                      {/* A relation walked backwards reads in its own words ("har som ansvarlig"), not "(motsatt vei)". */}
                      {e.reversed ? translateOr(t, `edge.reversed.${e.type}`, `${translateOr(t, `edge.${e.type}`, e.type)} (${t('path.reversed')})`) : translateOr(t, `edge.${e.type}`, e.type)}
                    </span>
                    <button type="button" className="chip" onClick={() => props.onSelect(e.target)}>
                      {tg ? summaryLabel(tg) : e.target}
                    </button>
                  </div>
                  {ev && (
                    <figure className="path-quote">
                      <blockquote>{ev.quote}</blockquote>
                      <figcaption>
                        {ev.document.title}{' '}
                        <button type="button" className="link-button" onClick={() => props.onOpenEvidence(ev)}>
                          {t('details.openDocument')} →
                        </button>
                      </figcaption>
                    </figure>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
