/** A source document's full text with one quote marked and scrolled into view. */
import { useEffect, useRef } from 'react';
import type { DocumentFull } from '../api/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface DocumentViewProps {
  document: DocumentFull | null;
  loading: boolean;
  error: string | null;
  start: number | null;
  end: number | null;
  onClose(): void;
}

export function DocumentView({ document: doc, loading, error, start, end, onClose }: DocumentViewProps) {
  const { t } = useI18n();
  const mark = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [doc, start, end]);

  const text = doc?.text ?? '';
  const valid = start !== null && end !== null && start >= 0 && end <= text.length && start < end;
  return (
    <div className="doc-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="doc-view" role="dialog" aria-modal="true" aria-labelledby="doc-title" data-testid="document-view">
        <header className="doc-header">
          <div>
            <p className="eyebrow">{t('doc.title')}{doc ? ` · ${doc.fileName}` : ''}</p>
            <h2 id="doc-title">{doc?.title ?? (loading ? t('app.loading') : '')}</h2>
          </div>
          <button ref={closeButton} type="button" className="icon-button" onClick={onClose} aria-label={t('doc.close')}>
            ✕
          </button>
        </header>
        {error && <p className="error">{error}</p>}
        <div className="doc-text" tabIndex={0}>
          {valid ? (
            <>
              {text.slice(0, start)}
              <mark ref={mark} aria-label={t('doc.quote')}>
                {text.slice(start, end)}
              </mark>
              {text.slice(end)}
            </>
          ) : (
            text
          )}
        </div>
      </section>
    </div>
  );
}
