/**
 * PDF with pdf.js (pdfjs-dist 5.6, the last line for Node 20; its legacy
 * build, as pdf.js asks for Node). Text runs and their positions per page,
 * laid out by pdf-layout.ts. Refused with a typed error naming the file: an
 * encrypted PDF, a broken one, one over the page or size limit, and one with
 * no text layer (scanned pages need OCR, which Samkart does not do). Scripts
 * and forms in the PDF are never run (eval off, no scripting); document
 * properties (author, producer) are never read.
 */
import { BrokenFileError, EncryptedPdfError, FileTooLargeError, NoTextLayerError, TooManyPagesError } from './errors.ts';
import { layoutPdfPages, type PdfPageRuns, type PdfRun } from './pdf-layout.ts';
import type { DocumentReader, ReadNote, ReadResult } from './types.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
/** pdf.js, loaded on first use (it is large, and most loads have no PDF). */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Characters a page needs, on average, before the PDF counts as having a text layer. */
const MIN_CHARS_PER_PAGE = 1;

export const pdfReader: DocumentReader = {
  format: 'pdf',
  async read(bytes, fileName, limits): Promise<ReadResult> {
    if (bytes.length > limits.maxPdfBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxPdfBytes / 1024 / 1024).toFixed(0)} MB limit for PDF files`);
    const lib = await loadPdfJs();
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const task = lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (e) {
      const err = e as Error;
      if (err?.name === 'PasswordException') throw new EncryptedPdfError(`${fileName}: the PDF is protected by a password; save an unprotected copy and load that`);
      throw new BrokenFileError(`${fileName}: the PDF cannot be read (${err?.message ?? String(e)}); the file is broken`);
    }
    try {
      if (doc.numPages > limits.maxPdfPages) throw new TooManyPagesError(`${fileName}: ${doc.numPages} pages is over the ${limits.maxPdfPages}-page limit; split the document`);
      const labels = await doc.getPageLabels().catch(() => null);
      const pages: PdfPageRuns[] = [];
      let chars = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        let page;
        try {
          page = await doc.getPage(n);
        } catch (e) {
          throw new BrokenFileError(`${fileName}: page ${n} cannot be read (${(e as Error).message}); the file is broken`);
        }
        const [x0, y0, x1, y1] = page.view;
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        const runs: PdfRun[] = [];
        for (const item of content.items) {
          if (!('str' in item) || !item.str) continue;
          const [a, b, c, d, e, f] = item.transform as number[];
          // Upright text only has a meaningful left-to-right box; rotated runs keep their origin.
          const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
          runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size });
          chars += item.str.trim().length;
        }
        pages.push({ page: n, label: labels?.[n - 1] ?? null, width: x1 - x0, height: y1 - y0, runs });
        page.cleanup();
      }
      if (chars < MIN_CHARS_PER_PAGE * doc.numPages && chars < 20) {
        throw new NoTextLayerError(`${fileName}: the PDF has no text layer (scanned pages?); it needs OCR, which Samkart does not do`);
      }
      const { text, sourceMap, emptyPages } = layoutPdfPages(pages);
      const notes: ReadNote[] = [];
      if (emptyPages.length) notes.push({ message: `${emptyPages.length} page${emptyPages.length === 1 ? '' : 's'} without text (${pageList(emptyPages)}): scanned pages need OCR, which Samkart does not do` });
      return { text, format: 'pdf', sourceMap, pageCount: doc.numPages, notes };
    } finally {
      await doc.destroy();
    }
  },
};

/** "3, 7–9". */
function pageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return parts.slice(0, 10).join(', ') + (parts.length > 10 ? ' …' : '');
}
