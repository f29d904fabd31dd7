/**
 * Reading source files safely: only regular files, opened without blocking
 * and read through the opened descriptor with a byte cap (stat is never
 * trusted: /dev/zero says size 0); symbolic links that leave the loaded
 * folder refused unless the caller opts in; binary files refused; UTF-8 (a
 * few stray bytes replaced and reported), UTF-16 and UTF-32 with a BOM, or a
 * Windows-1252 fallback; BOM stripped; CRLF and CR made LF. The only part of
 * the loader that touches the file system.
 */
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { InvalidInputError } from '../model/index.ts';
import { READABLE_EXTENSIONS } from '../read/index.ts';

/** Files larger than this are refused. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Extensions picked up when a folder is given: text, Markdown, web pages, CSV, PDF, Word and Excel files (graph/read). */
export const DOCUMENT_EXTENSIONS = READABLE_EXTENSIONS;

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

export interface ReadOptions {
  /** The folder being loaded: a link whose target lies outside it is refused. Default: the file's own folder. */
  root?: string;
  /** Follow symbolic links wherever they lead (an explicit opt-in, `--follow-symlinks`). */
  followSymlinks?: boolean;
  /** Byte cap (default MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** A document file and the folder it was loaded from (links may not leave it; collisions hash the path relative to it). */
export interface DocumentSource {
  path: string;
  root: string;
}

/** Expands folders to their document files (sorted by name); files are kept as given. */
export async function listDocumentFiles(paths: readonly string[]): Promise<string[]> {
  return (await listDocumentSources(paths)).map((s) => s.path);
}

/** Like listDocumentFiles, with the folder each file belongs to (a given file's own folder). */
export async function listDocumentSources(paths: readonly string[]): Promise<DocumentSource[]> {
  return (await listDocumentFolder(paths)).sources;
}

/** Whether a folder load picks up a file of this name (README*, LICENSE* and other types are skipped). */
export function isDocumentName(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase()) && !NOT_DOCUMENTS.test(name);
}

/** The files a folder load takes, and the ones in the folders it skips, each with a note saying why. */
export async function listDocumentFolder(paths: readonly string[]): Promise<{ sources: DocumentSource[]; skipped: LoadWarning[] }> {
  const skipped: LoadWarning[] = [];
  const out = new Map<string, DocumentSource>();
  for (const p of paths) {
    const full = resolve(p);
    let info;
    try {
      info = await stat(full);
    } catch {
      throw new InvalidInputError(`${p}: no such file or folder`);
    }
    if (info.isDirectory()) {
      // Every entry with a document's name, whatever it is (link, FIFO, device): reading decides, and names each refusal.
      const all = await readdir(full, { withFileTypes: true });
      const names = all.map((d) => d.name).filter(isDocumentName).sort();
      const others = all.filter((d) => !d.isDirectory() && !d.name.startsWith('.') && !isDocumentName(d.name)).map((d) => d.name);
      for (const n of others.sort()) {
        skipped.push({ fileName: n, message: NOT_DOCUMENTS.test(n) ? 'skipped: it describes the folder, it is not a document' : `skipped: Samkart does not read ${extname(n) || 'files without an extension'} (it reads ${DOCUMENT_EXTENSIONS.join(', ')})` });
      }
      for (const n of names) if (!out.has(join(full, n))) out.set(join(full, n), { path: join(full, n), root: full });
    } else if (!out.has(full)) out.set(full, { path: full, root: dirname(full) });
  }
  return { sources: [...out.values()], skipped };
}

const tooLarge = (fileName: string, bytes: number, max: number) =>
  new InvalidInputError(`${fileName}: ${(bytes / 1024 / 1024).toFixed(1)} MB is over the ${max / 1024 / 1024} MB limit; split the document`);

/** Decodes raw bytes to normalised text; throws InvalidInputError naming the file for binary content. */
export function decodeDocument(bytes: Uint8Array, fileName: string): { text: string; warnings: LoadWarning[] } {
  const warnings: LoadWarning[] = [];
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(fileName, bytes.length, MAX_FILE_BYTES);
  let text: string;
  const bad: number[] = [];
  // UTF-32 first: its little-endian BOM begins with UTF-16LE's.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) text = decodeUtf32(bytes.subarray(4), true, fileName);
  else if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) text = decodeUtf32(bytes.subarray(4), false, fileName);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new InvalidInputError(`${fileName}: this is a binary file, not text; convert it to UTF-8 text first`);
    // The UTF-8 BOM is dropped before anything else, so a BOM on Windows-1252 text does not become "ï»¿".
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
      let valid = 0;
      for (let i = 0; i < lenient.length; i++) {
        const c = lenient.charCodeAt(i);
        if (c === 0xfffd) bad.push(i);
        else if (c > 0x7f && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
      }
      // Overwhelmingly valid UTF-8 (many good multi-byte characters, a few bad bytes) stays UTF-8: a stray byte must not
      // turn "Pågående" into "PÃ¥gÃ¥ende" and lose every status. Windows-1252 text has (almost) no valid sequences.
      if (valid > 0 && bad.length * 20 <= valid) text = lenient;
      else {
        bad.length = 0;
        text = new TextDecoder('windows-1252').decode(body);
        warnings.push({ fileName, message: 'not valid UTF-8: read as Windows-1252; check æ, ø and å' });
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    for (let i = 0; i < bad.length; i++) bad[i]--;
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    throw new InvalidInputError(`${fileName}: a NUL character on line ${lineAt(text, nul)}: this is not a text file, or not in an encoding Samkart reads (UTF-8, UTF-16 or UTF-32 with a BOM, Windows-1252)`);
  }
  // Lines are counted before CR and CRLF are made LF, as an editor showing the file counts them.
  const MAX_BAD_LINES = 5;
  const badLines = [...new Set(linesAt(text, bad))];
  for (const line of badLines.slice(0, MAX_BAD_LINES)) {
    warnings.push({ fileName, line, message: 'invalid UTF-8 byte replaced by \uFFFD; the rest of the file is read as UTF-8' });
  }
  if (badLines.length > MAX_BAD_LINES) warnings.push({ fileName, message: `invalid UTF-8 bytes on ${badLines.length - MAX_BAD_LINES} more lines` });
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') warnings.push({ fileName, message: 'the file is empty: nothing to load' });
  return { text, warnings };
}

/** 1-based line of an offset, counting \n, \r\n and \r breaks. */
function lineAt(text: string, offset: number): number {
  return linesAt(text, [offset])[0];
}

/** 1-based lines of ascending offsets, in one pass. */
function linesAt(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    out.push(line);
  }
  return out;
}

/** UTF-32 (after its BOM); code points out of range are refused, as they mean the guess was wrong. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, fileName: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new InvalidInputError(`${fileName}: not valid UTF-32 (a code point out of range at byte ${i + 4})`);
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Whether `path` lies in `folder` (both resolved). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Reads one document file: links resolved and kept inside `root` unless
 * `followSymlinks`; only a regular file is read, opened with O_NONBLOCK (a
 * FIFO never blocks) and checked with fstat on the opened descriptor, then
 * read through it up to the byte cap.
 */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<SourceFile> {
  const { fileName, bytes } = await readSourceBytes(path, options);
  const { text, warnings } = decodeDocument(bytes, fileName);
  return { path, fileName, text, warnings };
}

/** Reads a file's bytes with the same care as readDocumentFile (links kept inside the folder, regular files only, a byte cap), without decoding them. */
export async function readSourceBytes(path: string, options: ReadOptions = {}): Promise<{ path: string; fileName: string; bytes: Uint8Array }> {
  const fileName = basename(path);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new InvalidInputError(`${fileName}: cannot be opened (no such file, or a link to nothing)`);
  }
  if (!options.followSymlinks) {
    const root = await realpath(resolve(options.root ?? dirname(path))).catch(() => resolve(options.root ?? dirname(path)));
    if (!isInside(root, real)) {
      throw new InvalidInputError(`${fileName}: a symbolic link to ${real}, outside the loaded folder; not read (pass --follow-symlinks to load it)`);
    }
  }
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new InvalidInputError(`${fileName}: cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InvalidInputError(`${fileName}: not a regular file (${kindOf(info)}); not read`);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(buffer.length, maxBytes + 1 - total);
      const { bytesRead } = await handle.read(buffer, 0, room, null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(fileName, total, maxBytes);
    }
    const bytes = new Uint8Array(Buffer.concat(chunks, total));
    chunks = [];
    return { path, fileName, bytes };
  } finally {
    await handle.close();
  }
}

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
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
