/**
 * Worker threads whose code is a TypeScript module file (the layout worker,
 * the parser threads). The thread starts at ./entry.mjs, a real module file
 * that imports the given `.ts` file through tsx's API; tsx is resolved from
 * this file, so neither the working directory nor how the parent was started
 * (tsx, vitest) matters. The worker reads its input with `workerInput()`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, workerData, type WorkerOptions } from 'node:worker_threads';

const ENTRY = new URL('./entry.mjs', import.meta.url);

/** The ESM build of tsx's API (require.resolve would give the CommonJS one, which cannot load ESM hooks in a worker). */
const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;

/** Starts a worker thread running the TypeScript module at `module`; `input` reaches it through `workerInput()`. */
export function startTsWorker(module: URL, options: Omit<WorkerOptions, 'workerData' | 'eval'> & { input?: unknown } = {}): Worker {
  const { input, ...rest } = options;
  return new Worker(ENTRY, { ...rest, workerData: { tsxApi: TSX_API, entry: module.href, input } });
}

/** Inside a worker started by startTsWorker: the `input` it was given. */
export function workerInput<T>(): T {
  return (workerData as { input: T } | null)?.input as T;
}
