/**
 * The original files, kept beside the graph in a content-addressed folder
 * (by default `.data/files/`): `<sha256>` holds the bytes as loaded and
 * `<sha256>.map.json` the source map from the document text back to them
 * (pages, boxes, cells, heading paths, and the boxes of redacted text). Writes
 * go to a temporary file first and are renamed into place, so a crash never
 * leaves half a file under a hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError, NotFoundError } from '../model/index.ts';
import type { SourceMap } from '../read/index.ts';

/** The default folder: `.data/files/` beside the default snapshot. */
export const DEFAULT_FILES_DIR = fileURLToPath(new URL('../../.data/files', import.meta.url));

const SHA256 = /^[0-9a-f]{64}$/u;

/** The SHA-256 of bytes, as 64 hex digits. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function checkSha(sha: string): string {
  if (!SHA256.test(sha)) throw new InvalidInputError(`not a file hash: "${sha.slice(0, 80)}"`);
  return sha;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** A content-addressed store of original files and their source maps. */
export class FileStore {
  constructor(readonly dir: string = DEFAULT_FILES_DIR) {}

  /** Stores bytes under their hash (a no-op when they are there already); returns the hash. */
  async putFile(bytes: Uint8Array): Promise<string> {
    const sha = sha256Of(bytes);
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, sha);
    const had = await readFile(path).catch(() => null);
    if (!had || had.length !== bytes.length) await writeAtomically(path, bytes);
    return sha;
  }

  /** The bytes stored under a hash; NotFoundError when there are none. */
  async getFile(sha: string): Promise<Uint8Array> {
    const bytes = await readFile(join(this.dir, checkSha(sha))).catch(() => null);
    if (!bytes) throw new NotFoundError(`no stored file ${sha}`);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Stores the source map of the document read from the file `sha`. */
  async putSourceMap(sha: string, map: SourceMap): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(join(this.dir, `${checkSha(sha)}.map.json`), JSON.stringify(map));
  }

  /** The source map stored for a file, or null. */
  async getSourceMap(sha: string): Promise<SourceMap | null> {
    const text = await readFile(join(this.dir, `${checkSha(sha)}.map.json`), 'utf8').catch(() => null);
    return text ? (JSON.parse(text) as SourceMap) : null;
  }

  /** Removes a file and its source map (when no document needs them any more). */
  async removeFile(sha: string): Promise<void> {
    await rm(join(this.dir, checkSha(sha)), { force: true });
    await rm(join(this.dir, `${sha}.map.json`), { force: true });
  }
}

let defaultStore: FileStore | null = null;
/** The store in the default folder. */
export function defaultFileStore(): FileStore {
  return (defaultStore ??= new FileStore());
}

/** Stores bytes in the default store; returns their hash. */
export const putFile = (bytes: Uint8Array): Promise<string> => defaultFileStore().putFile(bytes);
/** Bytes from the default store. */
export const getFile = (sha: string): Promise<Uint8Array> => defaultFileStore().getFile(sha);
/** A source map from the default store. */
export const getSourceMap = (sha: string): Promise<SourceMap | null> => defaultFileStore().getSourceMap(sha);
