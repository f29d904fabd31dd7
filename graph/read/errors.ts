/**
 * Typed errors of the readers. Each names the file; all are InvalidInputError
 * (the file is bad, not Samkart), so the loader reports them per document.
 */
import { InvalidInputError } from '../model/index.ts';

/** A file Samkart cannot read: its type is not one Samkart reads, or its bytes do not match its name. */
export class UnsupportedFormatError extends InvalidInputError {}

/** A file over its format's size cap. */
export class FileTooLargeError extends InvalidInputError {}

/** A PDF protected by a password. */
export class EncryptedPdfError extends InvalidInputError {}

/** A PDF, DOCX or XLSX whose structure cannot be read. */
export class BrokenFileError extends InvalidInputError {}

/** A PDF with no text layer (scanned pages). */
export class NoTextLayerError extends InvalidInputError {}

/** A PDF over the page limit. */
export class TooManyPagesError extends InvalidInputError {}

/** A DOCX or XLSX whose entries would inflate past the limits. */
export class ZipBombError extends InvalidInputError {}
