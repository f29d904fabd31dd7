/**
 * Watching a loaded folder (`npm start -- --watch`): a new or changed
 * document is loaded (replacing its earlier version), a deleted one is
 * removed with everything only it stated. Changes are handled one at a time,
 * in order, after the file has stopped growing. chokidar 4 (Node 14+) rather
 * than fs.watch: it gives add/change/unlink per file, waits for writes to
 * finish, and behaves the same on Linux, macOS and Windows.
 */
import { basename } from 'node:path';
import { watch } from 'chokidar';
import { documentId } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { loadDocuments, type LoadOptions, type LoadReport } from './load-documents.ts';
import { isDocumentName } from './read-document.ts';
import { removeDocument, type RemovedDocument } from './remove-document.ts';

export interface WatchEvents {
  /** A file was loaded (or refused: see the report). */
  onLoad?: (report: LoadReport) => void;
  /** A document was removed because its file was deleted. */
  onRemove?: (removed: RemovedDocument) => void;
  onError?: (error: Error, fileName: string) => void;
}

export interface FolderWatcher {
  /** Resolves once the watcher is listening. */
  ready: Promise<void>;
  /** Resolves when every change seen so far has been handled (for tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What the watcher does on each event, one at a time in order: load a new or changed file, remove a deleted one's document. */
export function folderEventHandlers(store: GraphStore, options: LoadOptions & WatchEvents = {}) {
  const { onLoad, onRemove, onError, ...load } = options;
  let queue: Promise<void> = Promise.resolve();
  const run = (fileName: string, job: () => Promise<void>): Promise<void> =>
    (queue = queue.then(job).catch((e: unknown) => onError?.(e instanceof Error ? e : new Error(String(e)), fileName)));
  const loaded = (path: string) => run(basename(path), async () => onLoad?.(await loadDocuments(store, [path], { ...load, replaceAll: false, dryRun: false })));
  return {
    add: loaded,
    change: loaded,
    unlink: (path: string) =>
      run(basename(path), async () => {
        const id = documentId(basename(path));
        const [node] = await store.getNodes([id]);
        if (node) onRemove?.(await removeDocument(store, id, { files: load.files }));
      }),
    idle: () => queue,
  };
}

/** Watches a folder (not its subfolders) and keeps the store in step with its documents. */
export function watchFolder(store: GraphStore, dir: string, options: LoadOptions & WatchEvents & { stabilityMs?: number } = {}): FolderWatcher {
  const { stabilityMs, ...rest } = options;
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    awaitWriteFinish: { stabilityThreshold: stabilityMs ?? 400, pollInterval: 100 },
    ignored: (path: string, stats?: { isFile(): boolean }) => (stats?.isFile() ? !isDocumentName(basename(path)) : false),
  });
  const on = folderEventHandlers(store, rest);
  watcher.on('add', (path: string) => void on.add(path));
  watcher.on('change', (path: string) => void on.change(path));
  watcher.on('unlink', (path: string) => void on.unlink(path));
  // A watch that cannot be set up (inotify limits) says so rather than falling silent.
  watcher.on('error', (e: unknown) => rest.onError?.(e instanceof Error ? e : new Error(String(e)), dir));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    idle: on.idle,
    close: async () => {
      await watcher.close();
      await on.idle();
    },
  };
}
