/**
 * Which reader a file needs: PDF and the zip formats by their bytes (DOCX and
 * XLSX by what their `[Content_Types].xml` declares), the text formats by
 * their extension, checked against their bytes. Pure.
 */
import { UnsupportedFormatError } from './errors.ts';
import type { DocumentFormat } from './types.ts';

/** Extensions a folder load picks up. */
export const READABLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.csv', '.pdf', '.docx', '.xlsx'];

const TEXT_BY_EXTENSION: Record<string, DocumentFormat> = { '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html', '.csv': 'csv' };

const extensionOf = (fileName: string) => /\.[^./\\]+$/u.exec(fileName)?.[0].toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes are a PDF: "%PDF-" in the first KiB, as readers allow leading junk. */
export function isPdf(bytes: Uint8Array): boolean {
  if (startsWith(bytes, PDF)) return true;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

/** The format a zip's `[Content_Types].xml` declares: DOCX or XLSX, or null for any other zip. */
export function officeFormatOf(contentTypes: string): 'docx' | 'xlsx' | null {
  if (/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/u.test(contentTypes)) return 'docx';
  if (/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/u.test(contentTypes)) return 'xlsx';
  return null;
}

/**
 * The format by the bytes first (PDF, zip) and then the extension (text).
 * Zips come back as 'zip' for the caller to open (detectZipFormat).
 * Throws UnsupportedFormatError naming the file when the two disagree or the type is not one Samkart reads.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat | 'zip' {
  const ext = extensionOf(fileName);
  if (isPdf(bytes)) {
    if (ext && ext !== '.pdf' && !(ext in TEXT_BY_EXTENSION)) throw new UnsupportedFormatError(`${fileName}: a PDF named ${ext}; rename it to .pdf`);
    return 'pdf';
  }
  if (isZip(bytes)) return 'zip';
  if (ext === '.pdf') throw new UnsupportedFormatError(`${fileName}: named .pdf but not a PDF (no %PDF- header); the file is broken or of another type`);
  if (ext === '.docx' || ext === '.xlsx') throw new UnsupportedFormatError(`${fileName}: named ${ext} but not a zip file; the file is broken or of another type`);
  const text = TEXT_BY_EXTENSION[ext];
  if (!text) throw new UnsupportedFormatError(`${fileName}: Samkart does not read ${ext || 'files without an extension'} (it reads ${READABLE_EXTENSIONS.join(', ')})`);
  if (text === 'html' && !looksLikeHtml(bytes)) throw new UnsupportedFormatError(`${fileName}: named ${ext} but holds no HTML markup`);
  return text;
}

/** Some markup in the first 64 KiB. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536));
  return /<(?:!doctype\s+html|html|head|body|p|div|h[1-6]|table|ul|ol|section|article|main)\b/iu.test(head);
}
