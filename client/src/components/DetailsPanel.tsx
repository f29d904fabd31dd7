/** The facts of the selected node or link, and the quotes behind them. */
import type { ReactNode } from 'react';
import type { ActorRef, Coordination, Evidence, InitiativeRef, MeasureRef, NodeDetails, Path } from '../api/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { formatDate, formatNumber, localName, translateOr } from '../i18n/index.ts';
import { STATUS_COLORS } from '../graph/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { Swatch } from './ShapeIcon.tsx';

/** What the app loaded for an edge. */
export type EdgeDetails =
  | { kind: 'coordination'; source: string; target: string; coordination: Coordination | null }
  | { kind: 'relation'; type: string; source: string; target: string; path: Path | null };

/** What a line member brings to the line's details (the node query asks for it on `nameHistory.actor`). */
interface LineFacts {
  evidence: Evidence[];
  responsibleFor: MeasureRef[];
  involvedIn: MeasureRef[];
  initiatives: InitiativeRef[];
}

export interface DetailsPanelProps {
  selectionType: 'node' | 'edge' | null;
  node: NodeDetails | null;
  edge: EdgeDetails | null;
  labelOf(id: string): string;
  loading: boolean;
  /**
   * What the canvas already knows of the selected node (its name and kind),
   * shown at once while its details load, so a click answers in the same frame.
   */
  preview?: { title: string; eyebrow: string } | null;
  error: { message: string; code: string } | null;
  inView: boolean;
  /** Whether the selection is in the spotlight (a story's highlight). */
  highlighted: boolean;
  onSelect(id: string): void;
  onOpenEvidence(e: Evidence): void;
  onExpand(id: string): void;
  onFocus(id: string): void;
  onPathEnd(end: 'from' | 'to', id: string): void;
  onHighlight(id: string): void;
  onClose(): void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '' || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Chips<T extends { id: string }>({ items, label, onSelect }: { items: T[]; label(item: T): ReactNode; onSelect(id: string): void }) {
  if (items.length === 0) return null;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="chip" onClick={() => onSelect(item.id)}>
            {label(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}

const actorName = (a: ActorRef) => (a.abbreviation ? `${a.abbreviation} – ${a.name}` : a.name);

/** Items of several lists, each id once, first place kept. */
function unique<T extends { id: string }>(...lists: (readonly T[] | undefined)[]): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const item of list ?? []) if (!out.has(item.id)) out.set(item.id, item);
  return [...out.values()];
}

/** Evidence of several lists, each span once. */
function uniqueEvidence(...lists: (readonly Evidence[] | undefined)[]): Evidence[] {
  const out = new Map<string, Evidence>();
  for (const list of lists) for (const e of list ?? []) out.set(`${e.document.id}:${e.start}:${e.end}`, out.get(`${e.document.id}:${e.start}:${e.end}`) ?? e);
  return [...out.values()];
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { t, lang } = useI18n();
  const { node, edge } = props;
  const measureLabel = (m: MeasureRef) => (
    <>
      <Swatch color={STATUS_COLORS[m.status]} dashed={m.status === 'UNKNOWN'} />
      <span className="chip-line" title={m.title}>
        <strong>Tiltak {m.number}</strong> {m.title}
      </span>
    </>
  );
  const initiativeLabel = (i: InitiativeRef) => i.name;

  let body: ReactNode = null;
  let title = '';
  let eyebrow = '';
  let evidence: Evidence[] = [];
  let actions: ReactNode = null;

  if (props.selectionType === 'node' && node) {
    eyebrow = t(`type.${node.__typename}` satisfies MessageKey);
    evidence = 'evidence' in node ? node.evidence : [];
    actions = (node.__typename === 'Actor' || node.__typename === 'Measure' || node.__typename === 'Initiative') && (
      <div className="details-actions">
        <button type="button" className="button" onClick={() => props.onExpand(node.id)}>
          {t('details.expand')}
        </button>
        <button type="button" className="button" onClick={() => props.onFocus(node.id)}>
          {t('details.focus')}
        </button>
        <button type="button" className="button subtle" onClick={() => props.onPathEnd('from', node.id)}>
          {t('details.pathFrom')}
        </button>
        <button type="button" className="button subtle" onClick={() => props.onPathEnd('to', node.id)}>
          {t('details.pathTo')}
        </button>
        <button type="button" className="button subtle highlight-button" aria-pressed={props.highlighted} onClick={() => props.onHighlight(node.id)} data-testid="highlight-toggle">
          {props.highlighted ? t('details.unhighlight') : t('details.highlight')}
        </button>
      </div>
    );
    switch (node.__typename) {
      case 'Actor': {
        // A line of renames is one body: its facts and quotes are those of every name it has had.
        const line = node.nameHistory.length > 1 ? node.nameHistory : [];
        const lineIds = new Set(line.map((n) => n.actor.id));
        const members: LineFacts[] = line.map((n) => n.actor).filter((a) => a.id !== node.id);
        evidence = uniqueEvidence(node.evidence, ...members.map((m) => m.evidence));
        const responsibleFor = unique(node.responsibleFor, ...members.map((m) => m.responsibleFor));
        const involvedIn = unique(node.involvedIn, ...members.map((m) => m.involvedIn));
        const initiatives = unique(node.initiatives, ...members.map((m) => m.initiatives));
        const predecessors = node.predecessors.filter((p) => !lineIds.has(p.id));
        const successors = node.successors.filter((p) => !lineIds.has(p.id));
        title = node.displayName || node.name;
        body = (
          <dl className="facts">
            <Fact label={t('details.abbreviation')}>{node.abbreviation}</Fact>
            <Fact label={t('details.kind')}>{t(`kind.${node.kind}` satisfies MessageKey)}</Fact>
            <Fact label={t('details.levels')}>{node.levels.map((l) => localName(l, lang)).join(', ')}</Fact>
            <Fact label={t('details.sectors')}>{node.sectors.map((s) => localName(s, lang)).join(', ')}</Fact>
            <Fact label={t('details.aliases')}>{node.aliases.join(' · ')}</Fact>
            <Fact label={t('details.parent')}>{node.parent && <Chips items={[node.parent]} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.children')}>{node.children.length > 0 && <Chips items={node.children} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.nameHistory')}>
              {line.length > 0 && (
                <ol className="plain name-history" data-testid="name-history">
                  {line.map((n) => (
                    <li key={n.actor.id}>
                      <strong>{n.name}</strong>
                      {n.abbreviation && ` (${n.abbreviation})`}
                      {n.from && <span className="muted"> {t('details.nameFrom', { date: formatDate(lang, n.from) })}</span>}
                      {n.until && <span className="muted"> {t('details.nameUntil', { date: formatDate(lang, n.until) })}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </Fact>
            <Fact label={t('details.predecessors')}>{predecessors.length > 0 && <Chips items={predecessors} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.successors')}>{successors.length > 0 && <Chips items={successors} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.succeededOn')}>{!lineIds.has(node.id) || successors.length > 0 ? formatDate(lang, node.succeededOn) : ''}</Fact>
            <Fact label={t('details.responsibleFor')}>{responsibleFor.length > 0 && <Chips items={responsibleFor} label={measureLabel} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.involvedIn')}>{involvedIn.length > 0 && <Chips items={involvedIn} label={measureLabel} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.initiatives')}>{initiatives.length > 0 && <Chips items={initiatives} label={initiativeLabel} onSelect={props.onSelect} />}</Fact>
            {!node.curated && <Fact label="">{t('details.notCurated')}</Fact>}
          </dl>
        );
        break;
      }
      case 'Measure':
        title = `Tiltak ${node.number}: ${node.title}`;
        body = (
          <dl className="facts">
            <Fact label={t('details.status')}>
              <span className="status-pill">
                <Swatch color={STATUS_COLORS[node.status]} dashed={node.status === 'UNKNOWN'} /> {t(`status.${node.status}` satisfies MessageKey)}
              </span>
            </Fact>
            <Fact label={t('details.statusText')}>{node.statusText}</Fact>
            <Fact label={t('details.responsible')}>{node.responsible.length > 0 && <Chips items={node.responsible} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.involved')}>{node.involved.length > 0 && <Chips items={node.involved} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.document')}>{node.document.title}</Fact>
            <Fact label={t('details.text')}>{node.text && <p className="prose">{node.text}</p>}</Fact>
            <Fact label={t('details.progress')}>{node.progress && <p className="prose">{node.progress}</p>}</Fact>
          </dl>
        );
        break;
      case 'Initiative':
        title = node.name;
        body = (
          <dl className="facts">
            <Fact label={t('details.lead')}>
              {node.lead && (
                <>
                  <Chips items={[node.lead]} label={actorName} onSelect={props.onSelect} />
                  {node.leadRole && <span className="muted"> ({translateOr(t, `details.leadRole.${node.leadRole}`, node.leadRole)})</span>}
                </>
              )}
            </Fact>
            <Fact label={t('details.participants')}>{node.participants.length > 0 && <Chips items={node.participants} label={actorName} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.period')}>{node.period}</Fact>
            <Fact label={t('details.buildsOn')}>{node.buildsOn.length > 0 && <Chips items={node.buildsOn} label={initiativeLabel} onSelect={props.onSelect} />}</Fact>
            <Fact label={t('details.description')}>{node.description && <p className="prose">{node.description}</p>}</Fact>
          </dl>
        );
        break;
      case 'Document':
        title = node.title;
        body = (
          <dl className="facts">
            <Fact label={t('details.document')}>{node.fileName}</Fact>
            <Fact label={t('details.year')}>{node.year}</Fact>
            <Fact label={t('details.genre')}>{node.genre}</Fact>
          </dl>
        );
        break;
      default:
        title = localName(node, lang);
    }
  } else if (props.selectionType === 'edge' && edge) {
    const from = props.labelOf(edge.source);
    const to = props.labelOf(edge.target);
    title = `${from} — ${to}`;
    if (edge.kind === 'coordination') {
      eyebrow = t('details.coordination');
      const c = edge.coordination;
      evidence = c?.evidence ?? [];
      body = c && (
        <dl className="facts">
          <Fact label={t('details.kinds')}>
            <ul className="plain">
              {c.kinds.map((k) => (
                <li key={k}>{t(`coord.${k}` satisfies MessageKey)}</li>
              ))}
            </ul>
          </Fact>
          <Fact label={t('details.weight')}>{formatNumber(lang, c.weight)}</Fact>
          <Fact label={t('details.from')}>
            <Chips items={[c.source]} label={actorName} onSelect={props.onSelect} />
          </Fact>
          <Fact label={t('details.to')}>
            <Chips items={[c.target]} label={actorName} onSelect={props.onSelect} />
          </Fact>
        </dl>
      );
    } else {
      eyebrow = translateOr(t, `edge.${edge.type}`, edge.type);
      const step = edge.path?.edges.find((e) => e.type === edge.type) ?? edge.path?.edges[0];
      evidence = step?.evidence ?? [];
      body = (
        <dl className="facts">
          <Fact label={t('details.relation')}>{translateOr(t, `edge.${edge.type}`, edge.type)}</Fact>
          <Fact label={t('details.from')}>
            <button type="button" className="chip" onClick={() => props.onSelect(edge.source)}>{from}</button>
          </Fact>
          <Fact label={t('details.to')}>
            <button type="button" className="chip" onClick={() => props.onSelect(edge.target)}>{to}</button>
          </Fact>
        </dl>
      );
    }
  }

  // While the details load, the name and kind the canvas has; the facts follow with the answer.
  const previewing = !title && props.loading && !!props.preview;
  if (previewing) {
    title = props.preview!.title;
    eyebrow = props.preview!.eyebrow;
  }

  return (
    <aside className="details" aria-labelledby="details-heading" aria-busy={props.loading || undefined} data-testid="details-panel">
      <header className="panel-header">
        <h2 id="details-heading" className="panel-title">
          {t('details.title')}
        </h2>
        {props.selectionType && (
          <button type="button" className="icon-button" onClick={props.onClose} aria-label={t('details.close')}>
            ✕
          </button>
        )}
      </header>
      <div className="details-body">
        {!props.selectionType && <p className="empty-hint">{t('details.empty')}</p>}
        {props.loading && <p className="muted">{t('app.loading')}</p>}
        {props.error && (
          <p className="error" role="alert">
            {props.error.message} <span className="muted">({t('app.errorCode')}: {props.error.code})</span>
          </p>
        )}
        {title && previewing && (
          <>
            <p className="eyebrow">{eyebrow}</p>
            <h3 className="details-title" data-testid="details-title">
              {title}
            </h3>
          </>
        )}
        {title && !previewing && (
          <>
            <p className="eyebrow">
              {eyebrow}
              {!props.inView && props.selectionType === 'node' && <span className="badge">{t('details.notInView')}</span>}
            </p>
            <h3 className="details-title" data-testid="details-title">
              {title}
            </h3>
            {actions}
            {body}
            <section className="details-section" aria-label={t('details.evidence')}>
              <h4>
                {t('details.evidence')} <span className="count">{evidence.length}</span>
              </h4>
              <EvidenceList key={`${props.selectionType}:${node?.id ?? edge?.source}:${edge?.target ?? ''}`} evidence={evidence} onOpen={props.onOpenEvidence} />
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
