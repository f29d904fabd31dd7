/**
 * One overlapping pair: the explanation a facilitator reads aloud, large; the
 * shared themes and keywords; and the two texts side by side with every word
 * that starts with a shared stem marked.
 */
import { useMemo } from 'react';
import type { ActorRef, Coordination, Effort, Overlap } from '../api/index.ts';
import { effortLabel, effortOwners, effortText, effortTitle, highlightSegments, ownerNames, splitSharedTerms, termStems } from '../analysis/index.ts';
import { ownerLinks } from '../graph/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface OverlapDetailProps {
  overlap: Overlap;
  coordination: Coordination[] | null;
  /** For an initiative without a description: the paragraph of its source that names it. */
  context: Record<'a' | 'b', string | null> | null;
  onSelect(id: string): void;
}

const short = (a: ActorRef) => a.abbreviation || a.name;
const pairs = (list: [ActorRef, ActorRef][], and: string) => list.map(([x, y]) => `${short(x)} ${and} ${short(y)}`).join(', ');

function Marked({ text, stems }: { text: string; stems: string[] }) {
  const segments = useMemo(() => highlightSegments(text, stems), [text, stems]);
  return (
    <>
      {segments.map((s, i) =>
        s.stem ? (
          <mark key={i} className="term" data-stem={s.stem}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function EffortCard({ effort, stems, side, context, onSelect }: { effort: Effort; stems: string[]; side: 'a' | 'b'; context: string | null; onSelect(id: string): void }) {
  const { t } = useI18n();
  const own = effortText(effort);
  const text = own || context || '';
  const progress = effort.__typename === 'Measure' ? effort.progress : null;
  const count = useMemo(() => {
    const all = highlightSegments(`${text}\n${progress ?? ''}`, stems);
    return all.filter((s) => s.stem).length;
  }, [text, progress, stems]);
  const owners = effortOwners(effort);
  return (
    <article className={`effort-card side-${side}`} data-testid={`effort-${side}`} aria-labelledby={`effort-${side}-title`}>
      <p className="eyebrow">
        {t(`type.${effort.__typename}`)}
        {effort.__typename === 'Measure' && <span className="eyebrow-doc">{effort.document.title}</span>}
      </p>
      <h3 id={`effort-${side}-title`} className="effort-title">
        <button type="button" className="title-button" onClick={() => onSelect(effort.id)}>
          {effort.__typename === 'Measure' ? `${effortLabel(effort)}: ${effortTitle(effort)}` : effortTitle(effort)}
        </button>
      </h3>
      <p className="effort-owner">
        <span className="muted">{t('overlaps.owners')}:</span>{' '}
        {owners.length ? (
          owners.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" title={o.name} onClick={() => onSelect(o.id)}>
                {short(o)}
              </button>
            </span>
          ))
        ) : (
          <em>{t('overlaps.noOwner')}</em>
        )}
      </p>
      <div className="effort-text" tabIndex={0} lang="nb">
        {!own && context && <h4 className="effort-sub">{t('overlaps.context')}</h4>}
        {text ? (
          <p className={`prose${own ? '' : ' context'}`}>
            <Marked text={text} stems={stems} />
          </p>
        ) : (
          <p className="muted">{t('overlaps.noText')}</p>
        )}
        {progress && (
          <>
            <h4 className="effort-sub">{t('overlaps.progress')}</h4>
            <p className="prose">
              <Marked text={progress} stems={stems} />
            </p>
          </>
        )}
      </div>
      <p className="effort-count muted small">{t('overlaps.marked', { n: count })}</p>
    </article>
  );
}

export function OverlapDetail({ overlap, coordination, context, onSelect }: OverlapDetailProps) {
  const { t, lang } = useI18n();
  const { themes, words } = useMemo(() => splitSharedTerms(overlap.sharedTerms), [overlap.sharedTerms]);
  const stems = useMemo(() => termStems(words), [words]);
  const links = coordination ? ownerLinks(overlap, coordination) : null;
  const sameOwners = ownerNames(effortOwners(overlap.a)) === ownerNames(effortOwners(overlap.b));
  return (
    <section className="overlap-detail" aria-labelledby="overlap-why" data-testid="overlap-detail">
      <div className="overlap-head">
        <p id="overlap-why" className="eyebrow">
          {t('overlaps.why')}
          <span className="score-pill">
            {t('overlaps.score')} {t('overlaps.percent', { n: Math.round(overlap.score * 100) })}
          </span>
        </p>
        <p className="overlap-explanation" lang={lang} data-testid="overlap-explanation">
          {overlap.explanation}
        </p>
        <div className="overlap-terms">
          {themes.length > 0 && (
            <p>
              <span className="terms-label">{t('overlaps.themes')}:</span>
              {themes.map((x) => (
                <span key={x} className="term-chip theme" lang="nb">
                  {x}
                </span>
              ))}
            </p>
          )}
          {words.length > 0 && (
            <p>
              <span className="terms-label">{t('overlaps.words')}:</span>
              {words.map((x) => (
                <mark key={x} className="term-chip" lang="nb">
                  {x}
                </mark>
              ))}
            </p>
          )}
        </div>
        {links && (
          <p className={`owner-links${links.missing.length ? ' missing' : ''}`} data-testid="owner-links">
            {links.missing.length > 0 && <span className="missing-text">{t('overlaps.missing', { pairs: pairs(links.missing, t('overlaps.and')) })} </span>}
            {links.linked.length > 0 && <span>{t('overlaps.linked', { pairs: pairs(links.linked, t('overlaps.and')) })}</span>}
            {links.missing.length === 0 && links.linked.length === 0 && sameOwners && <span>{t('overlaps.sameOwners')}</span>}
          </p>
        )}
      </div>
      <div className="overlap-texts" lang={lang}>
        <EffortCard effort={overlap.a} stems={stems} side="a" context={context?.a ?? null} onSelect={onSelect} />
        <EffortCard effort={overlap.b} stems={stems} side="b" context={context?.b ?? null} onSelect={onSelect} />
      </div>
    </section>
  );
}
