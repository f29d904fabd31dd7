/**
 * "Legg til dokumenter": drop files or choose them; each is sent on its own
 * with its progress shown, then its load summary and review list, or the
 * error in plain words naming the file. The graph is reloaded after each
 * file that loads (`onChanged`), so it appears without a restart.
 */
import { useEffect, useReducer, useRef, useState, type DragEvent } from 'react';
import { AdminApiError, adminErrorText, uploadDocument, useAdmin } from '../../admin/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { isMessageKey } from '../../i18n/index.ts';
import { nextToSend, uploadQueue, type UploadItem } from './upload-queue.ts';
import './upload.css';

/** What the file chooser offers; the server decides by the bytes in the end. */
export const UPLOAD_ACCEPT = '.pdf,.docx,.html,.htm,.xlsx,.csv,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/html,text/csv,text/plain,text/markdown';

export interface UploadDialogProps {
  onClose(): void;
  /** The graph changed: reload what is shown. */
  onChanged(): void;
}

let nextKey = 0;

export function UploadDialog({ onClose, onChanged }: UploadDialogProps) {
  const { t } = useI18n();
  const admin = useAdmin();
  const [items, dispatch] = useReducer(uploadQueue, []);
  const files = useRef(new Map<string, File>());
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  }, [onChanged]);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const next = nextToSend(items);
  useEffect(() => {
    if (!next) return;
    const file = files.current.get(next.key);
    if (!file) return;
    const key = next.key;
    dispatch({ type: 'progress', key, sent: 0, total: file.size });
    uploadDocument(file, {
      onProgress: (sent, total) => dispatch({ type: 'progress', key, sent, total }),
      onSent: () => dispatch({ type: 'sent', key }),
    }).then(
      (answer) => {
        files.current.delete(key);
        dispatch({ type: 'done', key, answer });
        changed.current();
      },
      (e: unknown) => {
        files.current.delete(key);
        const error = e instanceof AdminApiError ? e : new AdminApiError(0, 'NETWORK_ERROR', String((e as Error)?.message ?? e), file.name);
        dispatch({ type: 'failed', key, error: { code: error.code, text: adminErrorText(t, error), detail: error.detail } });
        if (error.code === 'TOKEN_WRONG' || error.code === 'TOKEN_MISSING') void admin.refresh();
      },
    );
    // One upload per item: the effect runs again only when the next item changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [next?.key]);

  const add = (list: FileList | null) => {
    if (!list?.length) return;
    const added = [...list].map((file) => {
      const key = `u${++nextKey}`;
      files.current.set(key, file);
      return { key, fileName: file.name, size: file.size };
    });
    dispatch({ type: 'add', files: added });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };

  return (
    <div className="doc-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="upload-dialog" role="dialog" aria-modal="true" aria-labelledby="upload-title" data-testid="upload-dialog">
        <header className="doc-header">
          <h2 id="upload-title">{t('upload.title')}</h2>
          <button ref={closeButton} type="button" className="icon-button" onClick={onClose} aria-label={t('upload.close')}>
            ✕
          </button>
        </header>
        <div className="upload-body">
          <div
            className={`upload-drop${over ? ' over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
            data-testid="upload-drop"
          >
            <p>
              {t('upload.drop')}{' '}
              <button type="button" className="link-button" onClick={() => input.current?.click()}>
                {t('upload.choose')}
              </button>
            </p>
            <p className="upload-formats">{t('upload.formats')}</p>
            <input
              ref={input}
              type="file"
              multiple
              accept={UPLOAD_ACCEPT}
              hidden
              onChange={(e) => {
                add(e.target.files);
                e.target.value = '';
              }}
              data-testid="upload-input"
            />
          </div>
          {items.length > 0 && (
            <ul className="upload-list" aria-label={t('upload.list')} aria-live="polite">
              {items.map((item) => (
                <UploadRow key={item.key} item={item} />
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}

function UploadRow({ item }: { item: UploadItem }) {
  const { t } = useI18n();
  const status =
    item.status === 'waiting'
      ? t('upload.waiting')
      : item.status === 'sending'
        ? t('upload.sending', { percent: Math.round(item.progress * 100) })
        : item.status === 'reading'
          ? t('upload.reading')
          : item.status === 'done'
            ? t('upload.done')
            : t('upload.failed');
  const doc = item.answer?.document;
  return (
    <li className={`upload-item ${item.status}`} data-testid="upload-item" data-status={item.status}>
      <div className="upload-line">
        <span className="upload-name">{item.fileName}</span>
        <span className="upload-status">{status}</span>
      </div>
      {(item.status === 'sending' || item.status === 'reading') && <progress max={1} value={item.status === 'reading' ? undefined : item.progress} aria-label={status} />}
      {item.error && (
        <div className="upload-error" role="alert">
          <p className="error">{item.error.text}</p>
          {item.error.detail && item.error.code !== 'NETWORK_ERROR' && <p className="upload-detail">{item.error.detail}</p>}
        </div>
      )}
      {doc && (
        <div className="upload-result">
          <p>{t('upload.summary', { actors: doc.counts.actors, measures: doc.counts.measures, initiatives: doc.counts.initiatives, links: doc.counts.links })}</p>
          {doc.warnings.length > 0 && (
            <details>
              <summary>{t('upload.warnings', { n: doc.warnings.length })}</summary>
              <ul className="upload-notes">
                {doc.warnings.map((w, i) => (
                  <li key={i}>
                    {w.line ? `${t('upload.reviewLine', { line: w.line })}: ` : ''}
                    {w.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {doc.review.length > 0 ? (
            <details open={doc.review.length <= 8}>
              <summary>{t('upload.review', { n: doc.review.length })}</summary>
              <table className="upload-review">
                <tbody>
                  {doc.review.map((r) => {
                    const kind = `upload.review.${r.kind}`;
                    return (
                      <tr key={r.id}>
                        <td>{isMessageKey(kind) ? t(kind) : r.kind}</td>
                        <td>
                          {r.text}
                          {r.occurrences > 1 ? ` (${r.occurrences}×)` : ''}
                        </td>
                        <td className="num">{t('upload.reviewLine', { line: r.line })}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
          ) : (
            <p className="upload-detail">{t('upload.reviewNone')}</p>
          )}
        </div>
      )}
    </li>
  );
}
