/**
 * One entry point for every format: the bytes' format told (detect-format.ts),
 * the reader for it run under the limits. Errors name the file.
 */
import { detectFormat, officeFormatOf } from './detect-format.ts';
import { UnsupportedFormatError } from './errors.ts';
import { csvReader } from './read-csv.ts';
import { docxReader } from './read-docx.ts';
import { htmlReader } from './read-html.ts';
import { pdfReader } from './read-pdf.ts';
import { mdReader, txtReader } from './read-text.ts';
import { xlsxReader } from './read-xlsx.ts';
import { defaultReadLimits, type DocumentFormat, type DocumentReader, type ReadLimits, type ReadResult } from './types.ts';
import { readContentTypes } from './zip-guard.ts';

/** The readers, by format. */
export const READERS: Readonly<Record<DocumentFormat, DocumentReader>> = {
  pdf: pdfReader,
  docx: docxReader,
  xlsx: xlsxReader,
  html: htmlReader,
  csv: csvReader,
  txt: txtReader,
  md: mdReader,
};

/** The format of a file's bytes (opening a zip's `[Content_Types].xml` to tell DOCX from XLSX). */
export async function formatOf(bytes: Uint8Array, fileName: string): Promise<DocumentFormat> {
  const format = detectFormat(bytes, fileName);
  if (format !== 'zip') return format;
  const types = await readContentTypes(bytes, fileName);
  const office = types ? officeFormatOf(types) : null;
  if (!office) throw new UnsupportedFormatError(`${fileName}: a zip file that is neither a Word document (.docx) nor a spreadsheet (.xlsx); Samkart does not read it`);
  return office;
}

/** Reads a file of any supported format into text and a source map. */
export async function readDocumentBytes(bytes: Uint8Array, fileName: string, limits: Partial<ReadLimits> = {}): Promise<ReadResult> {
  const all = { ...defaultReadLimits(), ...limits };
  const format = await formatOf(bytes, fileName);
  return READERS[format].read(bytes, fileName, all);
}
