/**
 * One worker thread that runs jobs one at a time, off the main thread (the
 * server's layouts, the version's analytics): started on first use, it holds
 * the process open only while it has work, and a thread that dies fails the
 * jobs it held and is started afresh for the next one. The worker module
 * answers with `serveJobs`.
 */
import { parentPort, type Worker } from 'node:worker_threads';
import { startTsWorker } from './ts-worker.ts';

type Reply<O> = { id: number; ok: true; output: O } | { id: number; ok: false; message: string };

/** A queue of jobs for one worker thread running `module` (a TypeScript module that calls `serveJobs`). */
export class JobThread<I, O> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: O) => void; reject: (e: Error) => void }>();

  /** `what` names the thread in errors ("layout", "analytics"). */
  constructor(
    private readonly module: URL,
    private readonly what: string,
  ) {}

  /** Runs one job; jobs run in the order given. */
  run(input: I): Promise<O> {
    const worker = this.start();
    const id = this.nextId++;
    const done = new Promise<O>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.ref();
    worker.postMessage({ id, input });
    return done;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(this.module);
    this.worker = worker;
    worker.on('message', (reply: Reply<O>) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new Error(`${this.what} failed: ${reply.message}`));
      if (!this.pending.size) worker.unref();
    });
    const fail = (e: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const job of this.pending.values()) job.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.what} thread stopped (exit code ${code})`)));
    return worker;
  }
}

/** Inside a worker of a JobThread: answers each job with `handle`'s result, one at a time. */
export function serveJobs<I, O>(handle: (input: I) => O | Promise<O>): void {
  parentPort?.on('message', async (job: { id: number; input: I }) => {
    try {
      parentPort!.postMessage({ id: job.id, ok: true, output: await handle(job.input) });
    } catch (e) {
      parentPort!.postMessage({ id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
}
