/**
 * One page of a PDF, rendered with pdf.js, with the quote's boxes
 * highlighted and the redacted text (names, e-mail addresses) painted over
 * on the canvas itself, so the pixels under them are gone. The file comes
 * from GET /api/files/:documentId (admin token, or people included); a
 * document's PDF is fetched once per session.
 */
import { useEffect, useRef, useState } from 'react';
import { AdminApiError, adminErrorText, originalFile, type PageBox } from '../../admin/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { cssRect, fitScale, pdfRect } from './page-geometry.ts';
import type { PDFDocumentProxy } from './pdfjs.ts';
import './pdf.css';

const opened = new Map<string, Promise<PDFDocumentProxy>>();

/** The PDF of a document, fetched and opened once (a failure is forgotten, so it can be tried again). */
function pdfOf(documentId: string): Promise<PDFDocumentProxy> {
  let p = opened.get(documentId);
  if (!p) {
    p = Promise.all([originalFile(documentId), import('./pdfjs.ts')]).then(([bytes, pdfjs]) => pdfjs.openPdf(bytes));
    p.catch(() => opened.delete(documentId));
    opened.set(documentId, p);
  }
  return p;
}

/** Forgets the opened PDFs (after a document is removed or replaced). */
export function forgetPdfs(): void {
  opened.clear();
}

export interface PdfPageProps {
  documentId: string;
  page: number;
  boxes: readonly PageBox[];
  redactedBoxes: readonly PageBox[];
  /** Alt text for the rendered page. */
  label: string;
  /** The page could not be shown (the caller falls back to the text). */
  onFailed(message: string): void;
}

interface Overlay {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function PdfPage({ documentId, page, boxes, redactedBoxes, label, onFailed }: PdfPageProps) {
  const { t } = useI18n();
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const firstMark = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState<{ width: number; height: number; marks: Overlay[] } | null>(null);
  const failed = useRef(onFailed);
  useEffect(() => {
    failed.current = onFailed;
  }, [onFailed]);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<unknown> } | null = null;
    setRendered(null);
    (async () => {
      const doc = await pdfOf(documentId);
      if (cancelled) return;
      const pdfPage = await doc.getPage(page);
      if (cancelled || !canvas.current) return;
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const scale = fitScale(unscaled.width, (holder.current?.clientWidth ?? 800) - 4);
      const viewport = pdfPage.getViewport({ scale });
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      const el = canvas.current;
      el.width = Math.floor(viewport.width * dpr);
      el.height = Math.floor(viewport.height * dpr);
      el.style.width = `${Math.floor(viewport.width)}px`;
      el.style.height = `${Math.floor(viewport.height)}px`;
      const ctx = el.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      task = pdfPage.render({ canvas: el, canvasContext: ctx, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] });
      await task.promise;
      if (cancelled) return;
      // Redactions go onto the pixels, not over them.
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#1f2937';
      for (const r of redactedBoxes) {
        if (r.page !== page) continue;
        const c = cssRect(viewport.convertToViewportRectangle(pdfRect(r)), 1);
        ctx.fillRect(c.left, c.top, c.width, c.height);
      }
      const marks = boxes.filter((b) => b.page === page).map((b) => cssRect(viewport.convertToViewportRectangle(pdfRect(b)), 2));
      setRendered({ width: Math.floor(viewport.width), height: Math.floor(viewport.height), marks });
    })().catch((e: unknown) => {
      if (cancelled || (e as Error)?.name === 'RenderingCancelledException') return;
      failed.current(e instanceof AdminApiError ? adminErrorText(t, e) : String((e as Error)?.message ?? e));
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
    // The boxes are data of the quote: a new quote gives new arrays, the same quote the same key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, page, JSON.stringify(boxes), JSON.stringify(redactedBoxes)]);

  useEffect(() => {
    firstMark.current?.scrollIntoView({ block: 'center' });
  }, [rendered]);

  return (
    <div ref={holder} className="pdf-page-holder" aria-busy={rendered === null}>
      {rendered === null && <p className="pdf-loading">{t('doc.pdfLoading')}</p>}
      <div className="pdf-page" style={rendered ? { width: rendered.width, height: rendered.height } : undefined} data-testid="pdf-page" data-page={page} data-rendered={rendered !== null}>
        <canvas ref={canvas} role="img" aria-label={label} />
        {rendered?.marks.map((m, i) => (
          <div key={i} ref={i === 0 ? firstMark : undefined} className="pdf-mark" style={{ left: m.left, top: m.top, width: m.width, height: m.height }} data-testid="pdf-mark" />
        ))}
      </div>
    </div>
  );
}
