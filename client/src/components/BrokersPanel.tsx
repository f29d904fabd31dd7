/**
 * The "brokers and gaps" view's side panel: its three parts (brokers ranked
 * by betweenness, the sector gaps, measures with unclear responsibility) and
 * the list for the part on show. Selecting a row selects on the canvas.
 */
import type { ActorRef, Broker, ResponsibilityFlag, SectorGapMatrix } from '../api/index.ts';
import { topBrokers } from '../graph/index.ts';
import { formatNumber, localName, type MessageKey } from '../i18n/index.ts';
import type { Selection } from '../state/index.ts';
import { BROKER_SECTIONS, type BrokerSection, type GapScope, type SizeBy } from '../views/brokers/slice.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface BrokersPanelProps {
  section: BrokerSection;
  sizeBy: SizeBy;
  gapScope: GapScope;
  brokers: Broker[] | null;
  gaps: SectorGapMatrix | null;
  flags: ResponsibilityFlag[] | null;
  loading: boolean;
  selection: Selection | null;
  onSection(section: BrokerSection): void;
  onSizeBy(sizeBy: SizeBy): void;
  onGapScope(scope: GapScope): void;
  onSelect(id: string): void;
}

const short = (a: ActorRef) => a.abbreviation || a.name;
const SHOWN_BROKERS = 15;

function BrokerList({ brokers, selected, onSelect }: { brokers: Broker[]; selected: string | null; onSelect(id: string): void }) {
  const { t, lang } = useI18n();
  const ranked = brokers.filter((b) => b.partners > 0).slice(0, SHOWN_BROKERS);
  const max = Math.max(1e-9, ...ranked.map((b) => b.betweenness));
  const top = new Set(topBrokers(brokers).map((b) => b.actor.id));
  if (ranked.length === 0) return <p className="empty-hint">{t('brokers.none')}</p>;
  return (
    <ol className="rank-list" data-testid="broker-list">
      {ranked.map((b, i) => (
        <li key={b.actor.id}>
          <button type="button" className={`rank-row${selected === b.actor.id ? ' on' : ''}${top.has(b.actor.id) ? ' top' : ''}`} aria-pressed={selected === b.actor.id} onClick={() => onSelect(b.actor.id)}>
            <span className="pair-rank" aria-hidden="true">
              {i + 1}
            </span>
            <span className="rank-body">
              <span className="rank-name">
                <strong>{short(b.actor)}</strong> {b.actor.abbreviation && <span className="rank-full">{b.actor.name}</span>}
              </span>
              <span className="pair-score">
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${Math.round((100 * b.betweenness) / max)}%` }} />
                </span>
                <span className="rank-value">
                  <span className="visually-hidden">{t('brokers.betweenness')} </span>
                  {formatNumber(lang, b.betweenness, 3)}
                </span>
              </span>
              <span className="rank-meta">
                {t('brokers.bridges', { n: b.sectorsBridged.length })} · {t('brokers.crossSector', { n: b.crossSectorPartners })}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function GapSummary({ gaps, scope, onScope }: { gaps: SectorGapMatrix; scope: GapScope; onScope(s: GapScope): void }) {
  const { t, lang } = useI18n();
  const name = new Map(gaps.sectors.map((s) => [s.id, localName(s, lang)]));
  return (
    <div className="gap-summary">
      <label className="switch no-present">
        <input type="checkbox" checked={scope === 'all'} onChange={() => onScope(scope === 'all' ? 'below-ministries' : 'all')} data-testid="gap-scope" />
        <span>{t('gaps.includeMinistries')}</span>
      </label>
      <p className="muted small">{t(`gaps.scopeNote.${scope}` satisfies MessageKey)}</p>
      <p className="gap-count" data-testid="gap-count">
        {gaps.gaps.length ? t('gaps.count', { n: gaps.gaps.length }) : t('gaps.noGaps')}
      </p>
      {gaps.gaps.length > 0 && (
        <ul className="gap-pairs">
          {gaps.gaps.map((g) => (
            <li key={`${g.a.id}|${g.b.id}`}>
              <span className="gap-dash" aria-hidden="true" />
              {name.get(g.a.id) ?? g.a.id} – {name.get(g.b.id) ?? g.b.id}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FlagList({ flags, selected, onSelect }: { flags: ResponsibilityFlag[]; selected: string | null; onSelect(id: string): void }) {
  const { t } = useI18n();
  if (flags.length === 0) return <p className="empty-hint">{t('unclear.none')}</p>;
  return (
    <ul className="flag-list" data-testid="unclear-list">
      {flags.map((f) => {
        const on = selected === f.measure.id;
        return (
          <li key={`${f.measure.id}|${f.reason}`} className={`flag-card${on ? ' on' : ''}`} data-selected={on}>
            <p className="flag-reason">
              <span className={`reason reason-${f.reason}`}>{t(`unclear.reason.${f.reason}` satisfies MessageKey)}</span>
              {f.owners.length > 0 && <span className="muted">{f.owners.map(short).join(' + ')}</span>}
            </p>
            <h3 className="flag-title">
              <button type="button" className="title-button" aria-pressed={on} onClick={() => onSelect(f.measure.id)}>
                Tiltak {f.measure.number}: {f.measure.title}
              </button>
            </h3>
            <p className="flag-explanation" lang="nb">
              {f.explanation}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function BrokersPanel(props: BrokersPanelProps) {
  const { t } = useI18n();
  const selected = props.selection?.type === 'node' ? props.selection.id : null;
  return (
    <section className="stage-side brokers-panel" aria-labelledby="brokers-heading" data-testid="brokers-panel">
      <h2 id="brokers-heading" className="visually-hidden">
        {t('view.brokers')}
      </h2>
      <div className="section-switch no-present" role="radiogroup" aria-label={t('brokers.sections')}>
        {BROKER_SECTIONS.map((s) => (
          <label key={s} className={props.section === s ? 'on' : undefined}>
            <input type="radio" name="broker-section" checked={props.section === s} onChange={() => props.onSection(s)} data-testid={`section-${s}`} />
            {t(`brokers.section.${s}` satisfies MessageKey)}
          </label>
        ))}
      </div>
      {props.loading && <p className="muted side-pad">{t('app.loading')}</p>}
      {props.section === 'brokers' && props.brokers && (
        <>
          <header className="side-header">
            <h3 className="panel-title">{t('brokers.title')}</h3>
          </header>
          <label className="switch side-pad no-present">
            <input type="checkbox" checked={props.sizeBy === 'betweenness'} onChange={() => props.onSizeBy(props.sizeBy === 'betweenness' ? 'degree' : 'betweenness')} data-testid="size-by-betweenness" />
            <span>{t('brokers.sizeBy')}</span>
          </label>
          <p className="muted small side-pad">{t('brokers.help')}</p>
          <BrokerList brokers={props.brokers} selected={selected} onSelect={props.onSelect} />
        </>
      )}
      {props.section === 'gaps' && props.gaps && (
        <>
          <header className="side-header">
            <h3 className="panel-title">{t('brokers.section.gaps')}</h3>
          </header>
          <GapSummary gaps={props.gaps} scope={props.gapScope} onScope={props.onGapScope} />
        </>
      )}
      {props.section === 'unclear' && props.flags && (
        <>
          <header className="side-header">
            <h3 className="panel-title">{t('unclear.title')}</h3>
            <span className="count">{t('unclear.count', { n: new Set(props.flags.map((f) => f.measure.id)).size })}</span>
          </header>
          <FlagList flags={props.flags} selected={selected} onSelect={props.onSelect} />
        </>
      )}
    </section>
  );
}
