/**
 * The embedded store's snapshot file, loaded into as Neo4j is: read, add or
 * replace the named documents, write back. The whole read-update-write holds
 * a lock file, and the write goes to a temporary file renamed into place, so a
 * crash or a second load never leaves a half-written or lost update.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { InvalidInputError } from '../model/index.ts';
import { EmbeddedStore, type EmbeddedSnapshot } from '../store/index.ts';
import { loadDocuments, type LoadOptions, type LoadReport } from './load-documents.ts';

/** How long to wait for another load holding the snapshot's lock. */
const LOCK_WAIT_MS = 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<snapshot>.lock` (exclusive create), taking over a lock whose process is gone. */
async function lock(path: string): Promise<() => void> {
  const lockPath = `${path}.lock`;
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSafe(lockPath));
      if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > until) throw new InvalidInputError(`${path} is being written by another load (process ${holder}); try again when it is done`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Writes JSON to a temporary file, flushes it, and renames it over `path`. */
export function writeSnapshotFile(path: string, snapshot: EmbeddedSnapshot): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/**
 * Loads into the snapshot at `path`: the documents are added to what it holds
 * (or replace their earlier versions); with `replaceAll` it starts empty. A
 * dry run reads nothing and writes nothing.
 */
export async function loadIntoSnapshot(path: string, paths: readonly string[], options: LoadOptions = {}): Promise<LoadReport> {
  if (options.dryRun) return loadDocuments(new EmbeddedStore(), paths, options);
  mkdirSync(dirname(path), { recursive: true });
  const release = await lock(path);
  try {
    let store: EmbeddedStore;
    if (!options.replaceAll && existsSync(path)) {
      try {
        store = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(path, 'utf8')) as EmbeddedSnapshot);
      } catch (e) {
        throw new InvalidInputError(`${path}: cannot add to this snapshot (${(e as Error).message}); load with --replace-all to start over`);
      }
    } else store = new EmbeddedStore();
    const report = await loadDocuments(store, paths, options);
    writeSnapshotFile(path, store.snapshot());
    await store.close();
    return report;
  } finally {
    release();
  }
}
