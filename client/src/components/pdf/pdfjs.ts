/**
 * pdf.js for the explorer, loaded on demand (it is large): the same pinned
 * pdfjs-dist as the server's PDF reader. The worker's URL comes from Vite's
 * `?url` import and is set explicitly, as pdf.js 4+ ships a worker Vite does
 * not resolve by itself (mozilla/pdf.js#19519).
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF from its bytes; scripts in the PDF are never run (pdf.js runs none unless asked). */
export function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false }).promise;
}

export type { PDFDocumentProxy };
