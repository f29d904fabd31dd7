/**
 * Reading source files safely: size limit, binary files refused, UTF-8 with a
 * Windows-1252 fallback, BOM stripped, CRLF and CR made LF. The only part of
 * the loader that touches the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { InvalidInputError } from '../model/index.ts';

/** Files larger than this are refused. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Extensions picked up when a folder is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** Files in a folder that describe the folder rather than being documents. */
const NOT_DOCUMENTS = /^(readme|license|changelog)(\.|$)/i;

export interface LoadWarning {
  fileName: string;
  line?: number;
  message: string;
}

export interface SourceFile {
  path: string;
  fileName: string;
  text: string;
  warnings: LoadWarning[];
}

/** Expands folders to their document files (sorted by name); files are kept as given. */
export async function listDocumentFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    let info;
    try {
      info = await stat(full);
    } catch {
      throw new InvalidInputError(`${p}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(full)).filter((n) => DOCUMENT_EXTENSIONS.includes(extname(n).toLowerCase()) && !NOT_DOCUMENTS.test(n)).sort();
      out.push(...names.map((n) => join(full, n)));
    } else out.push(full);
  }
  return [...new Set(out)];
}

/** Decodes raw bytes to normalised text; throws InvalidInputError naming the file for binary content. */
export function decodeDocument(bytes: Uint8Array, fileName: string): { text: string; warnings: LoadWarning[] } {
  const warnings: LoadWarning[] = [];
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InvalidInputError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split the document`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new InvalidInputError(`${fileName}: this is a binary file, not text; convert it to UTF-8 text first`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push({ fileName, message: 'not valid UTF-8: read as Windows-1252; check æ, ø and å' });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') warnings.push({ fileName, message: 'the file is empty: nothing to load' });
  return { text, warnings };
}

/** Reads one document file. */
export async function readDocumentFile(path: string): Promise<SourceFile> {
  const fileName = basename(path);
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    throw new InvalidInputError(`${fileName}: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split the document`);
  }
  const { text, warnings } = decodeDocument(new Uint8Array(await readFile(path)), fileName);
  return { path, fileName, text, warnings };
}

/** NUL bytes, or many control characters, in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
