/**
 * The readers' shared shapes: what a reader returns (the document text and a
 * source map from text offsets back to the original file), and the limits
 * every reader honours.
 */

/** The formats Samkart reads. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'xlsx' | 'csv' | 'txt' | 'md';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html', 'xlsx', 'csv', 'txt', 'md'];

/** A rectangle on a PDF page, in PDF points from the page's bottom-left corner (as pdf.js gives them). */
export interface SourceBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where one run of text came from. `start`/`end` are offsets in the text the
 * reader returned (UTF-16 units, end exclusive). Spans are sorted by start and
 * do not overlap; text between spans (separators) maps to nothing.
 */
export interface SourceSpan {
  start: number;
  end: number;
  /** PDF: 1-based page. */
  page?: number;
  /** PDF: the run's box on its page. */
  box?: Omit<SourceBox, 'page'>;
  /** Spreadsheets: the cell ("Ark1!C7"); HTML and DOCX: the heading path ("Kapittel 2 › Tiltak"). */
  location?: string;
  /** Spreadsheets: 1-based row of the cell. */
  row?: number;
}

/** One page of a PDF. */
export interface SourcePage {
  page: number;
  /** The printed label ("iv", "17"), when the PDF has page labels. */
  label: string | null;
  width: number;
  height: number;
}

/** A map from text offsets back to the original file. Serialisable as JSON. */
export interface SourceMap {
  format: DocumentFormat;
  pages: SourcePage[];
  spans: SourceSpan[];
  /**
   * Boxes of text the pipeline redacted (person names, e-mail addresses), so
   * a rendered page can be painted over. Filled by the loader after redaction.
   */
  redactedBoxes?: SourceBox[];
}

/** Limits a reader honours; every field has a default (defaultReadLimits). */
export interface ReadLimits {
  /** Text formats (.txt, .md, .html, .csv): bytes. */
  maxTextBytes: number;
  /** PDF: bytes. */
  maxPdfBytes: number;
  /** PDF: pages. */
  maxPdfPages: number;
  /** DOCX and XLSX: bytes of the zip file. */
  maxZipBytes: number;
  /** DOCX and XLSX: bytes of all entries once inflated (checked before inflating). */
  maxUnzippedBytes: number;
  /** DOCX and XLSX: how many times larger inflated entries may be than compressed (per entry). */
  maxZipRatio: number;
  /** XLSX and CSV: cells read. */
  maxCells: number;
}

/** The defaults: about 20 MB for text, 200 MB and 2,000 pages for PDF. */
export function defaultReadLimits(): ReadLimits {
  return {
    maxTextBytes: 20 * 1024 * 1024,
    maxPdfBytes: 200 * 1024 * 1024,
    maxPdfPages: 2_000,
    maxZipBytes: 50 * 1024 * 1024,
    maxUnzippedBytes: 200 * 1024 * 1024,
    maxZipRatio: 200,
    maxCells: 1_000_000,
  };
}

/** A structured row a reader found (a sheet of organisations and their parent bodies), with spans in the text. */
export interface ActorRecord {
  name: { start: number; end: number; text: string };
  parent: { start: number; end: number; text: string } | null;
  /** The whole row in the text, for evidence. */
  row: { start: number; end: number };
}

/** What a reader returns. */
export interface ReadResult {
  text: string;
  format: DocumentFormat;
  sourceMap: SourceMap;
  pageCount?: number;
  /** Sheets of organisations and their parents. */
  actors?: ActorRecord[];
  /** Things worth telling the user (a formula read as its cached value, a sheet skipped). */
  notes: ReadNote[];
}

/** One reader per format. */
export interface DocumentReader {
  format: DocumentFormat;
  read(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<ReadResult>;
}

/** A note about reading a file, with the line of a text file where it has one. */
export interface ReadNote {
  message: string;
  line?: number;
}
