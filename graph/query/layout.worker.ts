/**
 * The layout worker: runs layouts (layout-core.ts) off the main thread, one
 * message at a time, and posts each one's positions back. Started by
 * layout.ts through startTsWorker.
 */
import { parentPort } from 'node:worker_threads';
import { runLayout, type LayoutInput } from './layout-core.ts';

export interface LayoutJob {
  id: number;
  input: LayoutInput;
}

parentPort?.on('message', (job: LayoutJob) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, output: runLayout(job.input) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
