/**
 * Curation in the explorer (issue 16): what corrections changed the selected
 * fact (for everyone), and for a logged-in editor "Rett opp", "Legg til
 * kobling", "Til gjennomgang" and "Historikk". Writes go to the corrections
 * API, never GraphQL; after each the server replays, the graph's version
 * changes and `onChanged` makes the explorer refetch. With writes off, or
 * before the editor logs in, no editing control is shown.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../api/index.ts';
import { ACTOR_KINDS, COORDINATION_KINDS, type Meta } from '../../api/types.ts';
import { useAdmin, AdminApiError } from '../../admin/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { Selection } from '../../state/index.ts';
import { curationApi, type CorrectionInput, type CorrectionRow, type DuplicateItem, type RejectedFact, type ReviewItem } from './api.ts';
import { correctionFromForm, correctionsOf, emptyCorrectForm, linkFromForm, type CorrectForm, type LinkForm } from './form.ts';
import './curation.css';

/** The kinds of coordination an editor adds, commonest first. */
const LINK_KINDS = ['JOINT_WORK', ...COORDINATION_KINDS.filter((k) => k !== 'JOINT_WORK')] as const;
const AUTHOR_KEY = 'samkart.editorName';

type Dialog = 'correct' | 'link' | 'review' | 'history' | null;

export interface CurationProps {
  api: ApiClient;
  selection: Selection | null;
  labelOf(id: string): string;
  meta: Meta | null | undefined;
  /** Bumped by the explorer when the graph may have changed. */
  reload: number;
  /** After a write: the explorer refetches. */
  onChanged(): void;
}

function useAuthor(): [string, (name: string) => void] {
  const [name, setName] = useState(() => {
    try {
      return localStorage.getItem(AUTHOR_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const set = (v: string) => {
    setName(v);
    try {
      localStorage.setItem(AUTHOR_KEY, v);
    } catch {
      // private mode: kept for this page only
    }
  };
  return [name, set];
}

function errorText(e: unknown): string {
  if (e instanceof AdminApiError) return e.code === 'INVALID_CORRECTION' || e.code === 'WHY_MISSING' ? e.detail : `${e.message}${e.detail && e.detail !== e.message ? ` (${e.detail})` : ''}`;
  return String((e as Error)?.message ?? e);
}

const dateOf = (iso: string, lang: string) => new Date(iso).toLocaleDateString(lang === 'nb' ? 'nb-NO' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function Curation({ api, selection, labelOf, meta, reload, onChanged }: CurationProps) {
  const { t, lang } = useI18n();
  const { writesEnabled, authenticated } = useAdmin();
  const [rows, setRows] = useState<CorrectionRow[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tick, setTick] = useState(0);
  const [author, setAuthor] = useAuthor();

  useEffect(() => {
    let live = true;
    curationApi.list().then(
      (r) => live && setRows(r),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [reload, tick]);

  /** Sends one correction; on success the list and the explorer refetch. Resolves with an error text, or null. */
  const send = useCallback(
    async (work: () => Promise<unknown>): Promise<string | null> => {
      try {
        await work();
        setTick((n) => n + 1);
        onChanged();
        return null;
      } catch (e) {
        return errorText(e);
      }
    },
    [onChanged],
  );
  const make = (input: CorrectionInput) => send(() => curationApi.make(input));

  const mine = selection ? correctionsOf(rows, selection.id) : [];
  const editor = writesEnabled && authenticated;
  if (!mine.length && !editor) return null;
  return (
    <aside className="curation-dock" aria-label={t('curation.title')} data-testid="curation-dock">
      {mine.length > 0 && (
        <div className="curation-notes" data-testid="curation-notes">
          <h3>{t('curation.corrected')}</h3>
          <ul>
            {mine.map((r) => (
              <li key={r.n}>
                <strong>{t('curation.note', { author: r.author, date: dateOf(r.at, lang) })}</strong> {r.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editor && (
        <div className="curation-buttons">
          {selection && (
            <button type="button" className="toggle-button" onClick={() => setDialog('correct')} data-testid="curation-correct">
              {t('curation.correct')}
            </button>
          )}
          <button type="button" className="toggle-button" onClick={() => setDialog('link')} data-testid="curation-link">
            {t('curation.addLink')}
          </button>
          <button type="button" className="toggle-button" onClick={() => setDialog('review')} data-testid="curation-review">
            {t('curation.review')}
          </button>
          <button type="button" className="toggle-button" onClick={() => setDialog('history')} data-testid="curation-history">
            {t('curation.history')}
          </button>
        </div>
      )}
      {editor && dialog === 'correct' && selection && (
        <CorrectDialog api={api} target={selection.id} label={labelOf(selection.id)} meta={meta} author={author} setAuthor={setAuthor} make={make} onClose={() => setDialog(null)} />
      )}
      {editor && dialog === 'link' && <LinkDialog api={api} first={selection?.type === 'node' && selection.id.startsWith('actor:') ? selection.id : null} labelOf={labelOf} author={author} setAuthor={setAuthor} make={make} onClose={() => setDialog(null)} />}
      {editor && dialog === 'review' && <ReviewDialog author={author} make={make} onClose={() => setDialog(null)} tick={tick} />}
      {editor && dialog === 'history' && <HistoryDialog rows={rows} author={author} send={send} onClose={() => setDialog(null)} tick={tick} />}
    </aside>
  );
}

function Modal({ title, onClose, children, wide, testId }: { title: string; onClose(): void; children: ReactNode; wide?: boolean; testId: string }) {
  const { t } = useI18n();
  useEffect(() => {
    const key = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [onClose]);
  return (
    <div className="curation-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section className={`admin-dialog curation-dialog${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <header className="curation-head">
          <h2>{title}</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('curation.close')}>
            ×
          </button>
        </header>
        {children}
      </section>
    </div>
  );
}

/** One labelled form field. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="curation-field">
      {label}
      {children}
    </label>
  );
}

/** A labelled choice among `options`; `unchanged` adds a first, empty choice with that text. */
function SelectField<T extends string>({ label, value, options, onChange, unchanged, testId }: { label: string; value: T | ''; options: readonly { value: T; label: string }[]; onChange(v: T | ''): void; unchanged?: string; testId?: string }) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? '')} data-testid={testId}>
        {unchanged !== undefined && <option value="">{unchanged}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A dialog's error line, announced when it appears. */
function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="curation-error" role="alert" data-testid="curation-error">
      {error}
    </p>
  );
}

/** Sends a form's correction once it is complete: busy while sending, the dialog closes on success, an error stays shown. */
function useSubmit(make: (i: CorrectionInput) => Promise<string | null>, input: CorrectionInput | null, onClose: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!input) return;
    setBusy(true);
    const e = await make(input);
    setBusy(false);
    if (e) setError(e);
    else onClose();
  };
  return { error, busy, submit };
}

/** The end of a correction form: its error, and "Lagre rettelsen". */
function SubmitRow({ error, disabled, onSubmit }: { error: string | null; disabled: boolean; onSubmit(): void }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorLine error={error} />
      <div className="curation-submit">
        <button type="button" className="button" disabled={disabled} onClick={onSubmit} data-testid="curation-submit">
          {t('curation.save')}
        </button>
      </div>
    </>
  );
}

function Why({ why, setWhy, author, setAuthor }: { why: string; setWhy(v: string): void; author: string; setAuthor(v: string): void }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('curation.why')}>
        <textarea value={why} onChange={(e) => setWhy(e.target.value)} rows={2} required data-testid="curation-why" />
      </Field>
      <Field label={t('curation.author')}>
        <input value={author} onChange={(e) => setAuthor(e.target.value)} placeholder={t('curation.authorHint')} />
      </Field>
    </>
  );
}

/** Search for an actor by name, abbreviation or alias; picks one. */
function ActorPicker({ api, label, value, labelOf, onPick, testId }: { api: ApiClient; label: string; value: string | null; labelOf(id: string): string; onPick(id: string | null): void; testId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    if (text.trim().length < 2) {
      setHits([]);
      return;
    }
    const ctrl = new AbortController();
    api.search(text, 8, ctrl.signal).then(
      (r) => setHits(r.filter((h) => h.node.__typename === 'Actor').map((h) => ({ id: h.node.id, name: 'name' in h.node ? String(h.node.name) : h.node.id }))),
      () => {},
    );
    return () => ctrl.abort();
  }, [api, text]);
  return (
    <div className="curation-field">
      <span>{label}</span>
      {value ? (
        <span className="curation-picked">
          <strong>{labelOf(value)}</strong> <code>{value}</code>
          <button type="button" className="link-button" onClick={() => onPick(null)}>
            {t('curation.change')}
          </button>
        </span>
      ) : (
        <>
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('curation.searchActor')} data-testid={testId} />
          <ul className="curation-hits">
            {hits.map((h) => (
              <li key={h.id}>
                <button type="button" className="link-button" onClick={() => onPick(h.id)}>
                  {h.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function CorrectDialog({ api, target, label, meta, author, setAuthor, make, onClose }: { api: ApiClient; target: string; label: string; meta: Meta | null | undefined; author: string; setAuthor(v: string): void; make(i: CorrectionInput): Promise<string | null>; onClose(): void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<CorrectForm>(emptyCorrectForm);
  const actor = target.startsWith('actor:');
  const input = correctionFromForm(target, form, author);
  const { error, busy, submit } = useSubmit(make, input, onClose);
  const name = (x: { name: string; nameEn: string }) => (lang === 'nb' ? x.name : x.nameEn);
  return (
    <Modal title={t('curation.correctTitle', { name: label })} onClose={onClose} testId="curation-correct-dialog">
      <fieldset className="curation-actions">
        <legend>{t('curation.whatToDo')}</legend>
        {(['reject', ...(actor ? (['merge', 'edit'] as const) : [])] as const).map((a) => (
          <label key={a}>
            <input type="radio" name="curation-action" checked={form.action === a} onChange={() => setForm({ ...form, action: a })} data-testid={`curation-action-${a}`} /> {t(`curation.action.${a}`)}
          </label>
        ))}
      </fieldset>
      {form.action === 'merge' && <ActorPicker api={api} label={t('curation.mergeInto')} value={form.other} labelOf={(id) => id} onPick={(id) => setForm({ ...form, other: id })} testId="curation-merge-search" />}
      {form.action === 'edit' && (
        <>
          <Field label={t('curation.name')}>
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder={label} />
          </Field>
          <SelectField label={t('curation.kind')} value={form.kind} options={ACTOR_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} onChange={(kind) => setForm({ ...form, kind })} unchanged={t('curation.unchanged')} testId="curation-kind" />
          <SelectField label={t('curation.level')} value={form.level} options={(meta?.levels ?? []).map((l) => ({ value: l.id, label: name(l) }))} onChange={(level) => setForm({ ...form, level })} unchanged={t('curation.unchanged')} />
          <fieldset className="curation-sectors">
            <legend>{t('curation.sectors')}</legend>
            {meta?.sectors.map((s) => (
              <label key={s.id}>
                <input type="checkbox" checked={form.sectors.includes(s.id)} onChange={(e) => setForm({ ...form, sectors: e.target.checked ? [...form.sectors, s.id] : form.sectors.filter((x) => x !== s.id) })} /> {name(s)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <Why why={form.why} setWhy={(why) => setForm({ ...form, why })} author={author} setAuthor={setAuthor} />
      <SubmitRow error={error} disabled={!input || busy} onSubmit={submit} />
    </Modal>
  );
}

function LinkDialog({ api, first, labelOf, author, setAuthor, make, onClose }: { api: ApiClient; first: string | null; labelOf(id: string): string; author: string; setAuthor(v: string): void; make(i: CorrectionInput): Promise<string | null>; onClose(): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<LinkForm>({ source: first, target: null, kind: 'JOINT_WORK', quote: '', why: '' });
  const [marked] = useState(() => window.getSelection()?.toString().trim() ?? '');
  const input = linkFromForm(form, author);
  const { error, busy, submit } = useSubmit(make, input, onClose);
  return (
    <Modal title={t('curation.addLink')} onClose={onClose} testId="curation-link-dialog">
      <ActorPicker api={api} label={t('curation.first')} value={form.source} labelOf={labelOf} onPick={(id) => setForm({ ...form, source: id })} testId="curation-link-first" />
      <ActorPicker api={api} label={t('curation.second')} value={form.target} labelOf={labelOf} onPick={(id) => setForm({ ...form, target: id })} testId="curation-link-second" />
      <SelectField label={t('curation.linkKind')} value={form.kind} options={LINK_KINDS.map((k) => ({ value: k, label: t(`coord.${k}`) }))} onChange={(kind) => setForm({ ...form, kind })} />
      <Field label={t('curation.quote')}>
        <textarea value={form.quote} onChange={(e) => setForm({ ...form, quote: e.target.value })} rows={3} data-testid="curation-quote" />
      </Field>
      <p className="muted">
        {t('curation.quoteHint')}{' '}
        {marked && (
          <button type="button" className="link-button" onClick={() => setForm({ ...form, quote: marked })} data-testid="curation-use-marked">
            {t('curation.useMarked')}
          </button>
        )}
      </p>
      <Why why={form.why} setWhy={(why) => setForm({ ...form, why })} author={author} setAuthor={setAuthor} />
      <SubmitRow error={error} disabled={!input || busy} onSubmit={submit} />
    </Modal>
  );
}

function ReviewDialog({ author, make, onClose, tick }: { author: string; make(i: CorrectionInput): Promise<string | null>; onClose(): void; tick: number }) {
  const { t } = useI18n();
  const [data, setData] = useState<{ items: ReviewItem[]; duplicates: DuplicateItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [why, setWhy] = useState('');
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  useEffect(() => {
    curationApi.review().then(setData, (e) => setError(errorText(e)));
  }, [tick]);
  const act = async (input: CorrectionInput) => setError(await make({ ...input, ...(author.trim() ? { author: author.trim() } : {}) }));
  const reason = (fallback: string) => why.trim() || fallback;
  const duplicates = (data?.duplicates ?? []).filter((d) => !dismissed.has(d.id));
  return (
    <Modal title={t('curation.review')} onClose={onClose} wide testId="curation-review-dialog">
      <Field label={t('curation.why')}>
        <input value={why} onChange={(e) => setWhy(e.target.value)} placeholder={t('curation.reviewWhyHint')} />
      </Field>
      <ErrorLine error={error} />
      {!data && !error && <p>{t('app.loading')}</p>}
      {data && (
        <>
          <h3>{t('curation.duplicates', { n: duplicates.length })}</h3>
          {duplicates.length === 0 && <p className="muted">{t('curation.noDuplicates')}</p>}
          <ul className="curation-list">
            {duplicates.map((d) => (
              <li key={d.id} className="curation-duplicate" data-testid="curation-duplicate">
                <p className="muted">{t(`curation.reason.${d.reason}`)}</p>
                <div className="curation-side-by-side">
                  {[0, 1].map((i) => (
                    <div key={i}>
                      <strong>{d.names[i]}</strong>
                      {d.evidence[i].map((e) => (
                        <blockquote key={`${e.documentId}:${e.start}`}>«{e.quote}»</blockquote>
                      ))}
                    </div>
                  ))}
                </div>
                <div className="curation-row-actions">
                  <button type="button" className="button" onClick={() => act({ op: 'merge', into: d.a, from: d.b, why: reason(t('curation.defaultWhy.merge')) })} data-testid="curation-merge-keep-a">
                    {t('curation.keep', { name: d.names[0] })}
                  </button>
                  <button type="button" className="button" onClick={() => act({ op: 'merge', into: d.b, from: d.a, why: reason(t('curation.defaultWhy.merge')) })}>
                    {t('curation.keep', { name: d.names[1] })}
                  </button>
                  <button type="button" className="toggle-button" onClick={() => setDismissed(new Set([...dismissed, d.id]))}>
                    {t('curation.notSame')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <h3>{t('curation.items', { n: data.items.length })}</h3>
          {data.items.length === 0 && <p className="muted">{t('curation.noItems')}</p>}
          <ul className="curation-list">
            {data.items.map((r) => (
              <li key={r.id} data-testid="curation-review-item">
                <strong>{r.name}</strong> <span className="muted">{t(`curation.itemKind.${r.kind}`)} · {r.documentId}:{r.line}</span>
                <blockquote>«{r.quote}»</blockquote>
                <div className="curation-row-actions">
                  <button type="button" className="button" onClick={() => act({ op: 'accept', review: r.id, why: reason(t('curation.defaultWhy.accept')) })}>
                    {t('curation.accept')}
                  </button>
                  <button type="button" className="toggle-button" onClick={() => act({ op: 'reject', id: r.factId, why: reason(t('curation.defaultWhy.reject')) })}>
                    {t('curation.action.reject')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}

function HistoryDialog({ rows, author, send, onClose, tick }: { rows: CorrectionRow[]; author: string; send(work: () => Promise<unknown>): Promise<string | null>; onClose(): void; tick: number }) {
  const { t, lang } = useI18n();
  const [undoing, setUndoing] = useState<number | null>(null);
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [showRejected, setShowRejected] = useState(false);
  const [rejected, setRejected] = useState<RejectedFact[] | null>(null);
  useEffect(() => {
    if (showRejected) curationApi.rejected().then(setRejected, (e) => setError(errorText(e)));
  }, [showRejected, tick]);
  const undo = async (n: number) => {
    const e = await send(() => curationApi.undo(n, why.trim(), author.trim() || undefined));
    setError(e);
    if (!e) {
      setUndoing(null);
      setWhy('');
    }
  };
  return (
    <Modal title={t('curation.history')} onClose={onClose} wide testId="curation-history-dialog">
      <label className="curation-toggle">
        <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} data-testid="curation-show-rejected" /> {t('curation.showRejected')}
      </label>
      <ErrorLine error={error} />
      {showRejected && (
        <ul className="curation-list" data-testid="curation-rejected">
          {rejected?.length === 0 && <li className="muted">{t('curation.noRejected')}</li>}
          {rejected?.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> {r.mergedInto && <span className="muted">{t('curation.mergedInto', { id: r.mergedInto })}</span>}
              {r.evidence.map((e) => (
                <blockquote key={`${e.documentId}:${e.start}`}>«{e.quote}»</blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 && <p className="muted">{t('curation.noHistory')}</p>}
      <ol className="curation-list curation-history">
        {[...rows].reverse().map((r) => (
          <li key={r.n} data-testid="curation-history-row" className={`status-${r.status}`}>
            <div>
              <strong>
                {r.n}. {t(`curation.op.${r.op}` as 'curation.op.merge')}
              </strong>{' '}
              <span className="muted">{t('curation.note', { author: r.author, date: dateOf(r.at, lang) })}</span>
            </div>
            <div>{r.why}</div>
            <div className="muted">
              {Object.entries(r)
                .filter(([k]) => !['n', 'op', 'author', 'at', 'why', 'status', 'problem', 'touched'].includes(k))
                .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
                .join(' · ')}
            </div>
            {r.status !== 'applied' && <div className="warn">{t(`curation.status.${r.status}`)}{r.problem ? `: ${r.problem}` : ''}</div>}
            {r.status === 'applied' && r.op !== 'undo' && (
              undoing === r.n ? (
                <div className="curation-row-actions">
                  <input value={why} onChange={(e) => setWhy(e.target.value)} placeholder={t('curation.why')} data-testid="curation-undo-why" />
                  <button type="button" className="button" disabled={!why.trim()} onClick={() => undo(r.n)} data-testid="curation-undo-confirm">
                    {t('curation.undo')}
                  </button>
                </div>
              ) : (
                <button type="button" className="toggle-button" onClick={() => setUndoing(r.n)} data-testid="curation-undo">
                  {t('curation.undo')}
                </button>
              )
            )}
          </li>
        ))}
      </ol>
    </Modal>
  );
}
