/**
 * A source document with one quote marked. A quote from a PDF opens on its
 * page in the original, rendered with pdf.js and highlighted, when this
 * browser may have the file (editor's token, or people included); the plain
 * text is one click away, and is what everyone else sees, with a note saying
 * why. A quote from a spreadsheet names its sheet and cell and shows its
 * row; one from Word or a web page names its heading path. A logged-in
 * editor can remove the document here.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentFull } from '../api/index.ts';
import { AdminApiError, adminErrorText, quoteWhere, removeDocument, useAdmin, type QuoteWhere } from '../admin/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { useAsync } from '../app/use-async.ts';
import { PdfPage, forgetPdfs } from './pdf/index.ts';
import './DocumentView.css';

export interface DocumentViewProps {
  document: DocumentFull | null;
  loading: boolean;
  error: string | null;
  start: number | null;
  end: number | null;
  onClose(): void;
  /** The document was removed (by an editor): reload the graph. Without it, no remove button. */
  onRemoved?(documentId: string): void;
}

const SHEET_FORMATS = new Set(['xlsx', 'csv']);

/** The line of `text` around [start, end): a spreadsheet row, as the reader wrote it (cells separated by tabs). */
export function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

export function DocumentView({ document: doc, loading, error, start, end, onClose, onRemoved }: DocumentViewProps) {
  const { t } = useI18n();
  const admin = useAdmin();
  const mark = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [mode, setMode] = useState<'page' | 'text' | null>(null);
  const [pdfFailed, setPdfFailed] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const text = doc?.text ?? '';
  const valid = start !== null && end !== null && start >= 0 && end <= text.length && start < end;
  const whereKey = doc && valid ? `where|${doc.id}|${start}|${end}|${admin.authenticated ? 'editor' : 'reader'}` : null;
  const where = useAsync<QuoteWhere | null>(whereKey, (signal) => quoteWhere(doc!.id, start!, end!, signal).catch(() => null)).data;

  const pageExists = where?.format === 'pdf' && where.page !== null;
  const canShowPage = pageExists && where.fileKept && where.fileAllowed && pdfFailed === null;
  const shown = canShowPage ? (mode ?? 'page') : 'text';

  useEffect(() => {
    setPdfFailed(null);
  }, [whereKey]);

  useEffect(() => {
    if (shown === 'text') mark.current?.scrollIntoView({ block: 'center' });
  }, [doc, start, end, shown]);

  const remove = async () => {
    if (!doc || !onRemoved) return;
    if (!window.confirm(t('doc.removeConfirm', { title: doc.title || doc.fileName }))) return;
    setRemoving(true);
    setRemoveError(null);
    try {
      await removeDocument(doc.id);
      forgetPdfs();
      onRemoved(doc.id);
    } catch (e) {
      setRemoveError(e instanceof AdminApiError ? adminErrorText(t, e) : String((e as Error)?.message ?? e));
      if (e instanceof AdminApiError && (e.code === 'TOKEN_WRONG' || e.code === 'TOKEN_MISSING')) void admin.refresh();
    } finally {
      setRemoving(false);
    }
  };

  const place =
    where && pageExists
      ? where.pageLabel && where.pageLabel !== String(where.page)
        ? t('doc.pageLabelled', { label: where.pageLabel, page: where.page! })
        : t('doc.page', { page: where.page! })
      : where?.location
        ? SHEET_FORMATS.has(where.format)
          ? t('doc.cell', { cell: where.location })
          : t('doc.location', { location: where.location })
        : null;
  const row = where && valid && SHEET_FORMATS.has(where.format) ? lineAround(text, start, end).split('\t') : null;

  return (
    <div className="doc-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="doc-view" role="dialog" aria-modal="true" aria-labelledby="doc-title" data-testid="document-view">
        <header className="doc-header">
          <div>
            <p className="eyebrow">
              {t('doc.title')}
              {doc ? ` · ${doc.fileName}` : ''}
            </p>
            <h2 id="doc-title">{doc?.title ?? (loading ? t('app.loading') : '')}</h2>
            {place && (
              <p className="doc-place" data-testid="doc-place">
                {place}
              </p>
            )}
          </div>
          <div className="doc-header-actions">
            {admin.authenticated && onRemoved && doc && (
              <button type="button" className="button subtle" onClick={remove} disabled={removing} data-testid="doc-remove">
                {removing ? t('doc.removing') : t('doc.remove')}
              </button>
            )}
            <button ref={closeButton} type="button" className="icon-button" onClick={onClose} aria-label={t('doc.close')}>
              ✕
            </button>
          </div>
        </header>
        {error && <p className="error doc-note">{error}</p>}
        {removeError && (
          <p className="error doc-note" role="alert">
            {removeError}
          </p>
        )}
        {canShowPage && (
          <div className="doc-modes" role="group" aria-label={t('doc.viewLabel')}>
            <button type="button" className="toggle-button" aria-pressed={shown === 'page'} onClick={() => setMode('page')} data-testid="doc-mode-page">
              {t('doc.pageView')}
            </button>
            <button type="button" className="toggle-button" aria-pressed={shown === 'text'} onClick={() => setMode('text')} data-testid="doc-mode-text">
              {t('doc.textView')}
            </button>
          </div>
        )}
        {pageExists && !canShowPage && (
          <p className="doc-note" data-testid="doc-page-note">
            {pdfFailed !== null ? t('doc.pdfFailed', { detail: pdfFailed }) : t('doc.pdfNotAllowed')}
          </p>
        )}
        {row && row.length > 0 && (
          <div className="doc-row" data-testid="doc-row">
            <p className="eyebrow">{t('doc.row')}</p>
            <table>
              <tbody>
                <tr>
                  {row.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
        {shown === 'page' && where && doc ? (
          <PdfPage
            documentId={doc.id}
            page={where.page!}
            boxes={where.boxes}
            redactedBoxes={where.redactedBoxes}
            label={t('doc.pdfPageAlt', { page: where.pageLabel ?? where.page!, title: doc.title || doc.fileName })}
            onFailed={setPdfFailed}
          />
        ) : (
          <div className="doc-text" tabIndex={0} data-testid="doc-text">
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
        )}
      </section>
    </div>
  );
}
