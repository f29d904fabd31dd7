/** The overlaps view's list: pairs ranked by similarity, above a minimum the slider sets. */
import type { Overlap } from '../api/index.ts';
import { effortLabel, effortOwners, ownerNames, pairKey } from '../analysis/index.ts';
import { MIN_SCORE_RANGE } from '../views/overlaps/slice.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface OverlapsPanelProps {
  overlaps: Overlap[] | null;
  loading: boolean;
  minScore: number;
  selected: { a: string; b: string } | null;
  onSelect(pair: { a: string; b: string }): void;
  onMinScore(score: number): void;
}

const percent = (x: number) => Math.round(x * 100);

export function OverlapsPanel(props: OverlapsPanelProps) {
  const { t } = useI18n();
  const shown = (props.overlaps ?? []).filter((o) => o.score >= props.minScore - 1e-9);
  const selectedKey = props.selected ? pairKey(props.selected.a, props.selected.b) : null;
  const top = Math.max(0.01, ...shown.map((o) => o.score));
  return (
    <section className="stage-side overlap-list" aria-labelledby="overlap-list-heading" data-testid="overlap-list">
      <header className="side-header">
        <h2 id="overlap-list-heading" className="panel-title">
          {t('overlaps.list')}
        </h2>
        <span className="count">{t('overlaps.count', { n: shown.length })}</span>
      </header>
      <label className="slider no-present">
        <span className="slider-label">
          {t('overlaps.minScore')} <output>{t('overlaps.percent', { n: percent(props.minScore) })}</output>
        </span>
        <input
          type="range"
          min={MIN_SCORE_RANGE.min}
          max={MIN_SCORE_RANGE.max}
          step={MIN_SCORE_RANGE.step}
          value={props.minScore}
          onChange={(e) => props.onMinScore(Number(e.target.value))}
          data-testid="min-score"
        />
      </label>
      {props.loading && !props.overlaps && <p className="muted side-pad">{t('app.loading')}</p>}
      {props.overlaps && shown.length === 0 && <p className="empty-hint">{t('overlaps.none')}</p>}
      <ol className="pair-list">
        {shown.map((o, i) => {
          const key = pairKey(o.a.id, o.b.id);
          const on = key === selectedKey;
          return (
            <li key={key}>
              <button
                type="button"
                className={`pair${on ? ' on' : ''}`}
                aria-pressed={on}
                data-selected={on}
                data-testid="overlap-pair"
                onClick={() => props.onSelect({ a: o.a.id, b: o.b.id })}
              >
                <span className="pair-rank" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="pair-body">
                  <span className="pair-side">
                    <strong>{effortLabel(o.a)}</strong> <span className="pair-owner">{ownerNames(effortOwners(o.a), t('overlaps.and')) || '–'}</span>
                  </span>
                  <span className="pair-side">
                    <strong>{effortLabel(o.b)}</strong> <span className="pair-owner">{ownerNames(effortOwners(o.b), t('overlaps.and')) || '–'}</span>
                  </span>
                  <span className="pair-score">
                    <span className="bar" aria-hidden="true">
                      <span style={{ width: `${Math.round((100 * o.score) / top)}%` }} />
                    </span>
                    <span className="visually-hidden">{t('overlaps.score')} </span>
                    {t('overlaps.percent', { n: percent(o.score) })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
