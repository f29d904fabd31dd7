/**
 * A pool of one or two parser threads (graph/load/parse-worker.ts). Each runs
 * with a V8 heap limit, and a document that takes longer than its time limit
 * has its thread terminated; either way that document is refused by name and
 * a fresh thread takes the next one. Each thread runs the worker module
 * file parse-worker.ts, started through graph/workers (tsx loads the
 * TypeScript, as for the rest of the project).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { InvalidInputError } from '../model/index.ts';
import { startTsWorker } from '../workers/index.ts';
import type { BuildOptions, BuiltDocument } from './build-document.ts';
import { parseFile as parseInThisThread, type ParseFile, type ReadAndBuilt, type ReadBuildOptions } from './read-and-build.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

export interface ParseLimits {
  /** Heap limit per parser thread, in MB. */
  memoryMb: number;
  /** Time allowed for a document: a base plus an allowance per MB of text. */
  timeoutBaseMs: number;
  timeoutPerMbMs: number;
  /** Parser threads (1 or 2 on a small machine). */
  threads: number;
}

/** Defaults; SAMKART_PARSE_MEMORY_MB, SAMKART_PARSE_TIMEOUT_MS and SAMKART_PARSE_THREADS are read by server/config.ts and passed as `parse` options. */
export function defaultParseLimits(): ParseLimits {
  return {
    memoryMb: 512,
    timeoutBaseMs: 4_000,
    timeoutPerMbMs: 2_000,
    threads: Math.min(2, Math.max(1, availableParallelism() - 1)),
  };
}

/** The time limit for a text of this many UTF-16 units. */
export function parseTimeoutMs(limits: ParseLimits, chars: number): number {
  return Math.round(limits.timeoutBaseMs + (limits.timeoutPerMbMs * chars) / (1024 * 1024));
}

interface Task {
  id: number;
  file: ParseFile;
  options: ReadBuildOptions;
  resolve: (b: ReadAndBuilt) => void;
  reject: (e: Error) => void;
}

/**
 * A file still to be read (PDF, DOCX, XLSX, HTML) gets more time than its
 * text would: the reader's own start (pdf.js is a large module, loaded once per
 * thread) and its work per byte. Measured by `npm run bench` (pdf-bench.ts).
 */
export const READ_ALLOWANCE_MS = 30_000;
const READ_FACTOR = 8;

/** The time limit for a task: its text's, or for bytes still to read, the reader's allowance on top. */
function taskTimeoutMs(limits: ParseLimits, file: ParseFile): number {
  if ('text' in file) return parseTimeoutMs(limits, file.text.length);
  return READ_ALLOWANCE_MS + READ_FACTOR * parseTimeoutMs(limits, file.bytes.length);
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./parse-worker.ts', import.meta.url);

/** Parses documents in worker threads under memory and time limits. */
export class ParsePool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly limits: ParseLimits = defaultParseLimits()) {
    this.slots = Array.from({ length: Math.max(1, limits.threads) }, () => ({ worker: null, ready: false, task: null, timer: null }));
  }

  /** Builds one document's batch in a thread; rejects with InvalidInputError naming the file past a limit. */
  async parse(file: { fileName: string; text: string }, options: BuildOptions = {}): Promise<BuiltDocument> {
    return (await this.parseFile({ fileName: file.fileName, text: file.text }, options)).built!;
  }

  /** Reads (bytes, in any supported format) and builds one document in a thread, under the same limits. */
  parseFile(file: ParseFile, options: ReadBuildOptions = {}): Promise<ReadAndBuilt> {
    if (this.closed) return Promise.reject(new Error('the parser pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, options: { ...options }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('the parser pool was closed'));
    await Promise.all(this.slots.map((s) => this.stop(s)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.task) continue;
      if (!slot.worker) this.start(slot);
      if (!slot.ready) continue; // dispatched when the thread says it is ready
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot): void {
    const worker = startTsWorker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(this.limits.memoryMb / 8)) },
      stdout: false,
      stderr: false,
    });
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (reply: ParseReply) => {
      if (slot.worker !== worker) return;
      if ('ready' in reply) {
        slot.ready = true;
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) task.resolve(reply.result);
      else task.reject(rebuildError(reply.error));
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const task = slot.task;
      const wasReady = slot.ready;
      this.finish(slot);
      slot.worker = null;
      slot.ready = false;
      void worker.terminate();
      if (task) {
        task.reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InvalidInputError(`${task.file.fileName}: parsing it needed more than ${this.limits.memoryMb} MB of memory; refused (split or simplify the document)`)
            : new InvalidInputError(`${task.file.fileName}: the parser failed (${e.message}); refused`),
        );
      } else if (!wasReady) {
        // The thread could not start at all: every waiting document would meet the same fate, so say why, once each.
        for (const t of this.queue.splice(0)) t.reject(new Error(`could not start a parser thread: ${e.message}`));
        return;
      }
      this.pump();
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      const task = slot.task;
      this.finish(slot);
      slot.worker = null;
      slot.ready = false;
      if (task) task.reject(new InvalidInputError(`${task.file.fileName}: the parser stopped unexpectedly; refused`));
      if (!this.closed) this.pump();
    });
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    const ms = taskTimeoutMs(this.limits, task.file);
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      const worker = slot.worker;
      this.finish(slot);
      slot.worker = null;
      slot.ready = false;
      void worker?.terminate();
      task.reject(new InvalidInputError(`${task.file.fileName}: parsing took longer than ${(ms / 1000).toFixed(1)} s; refused (split or simplify the document)`));
      this.pump();
    }, ms);
    const req: ParseRequest = { id: task.id, file: task.file, options: task.options };
    slot.worker!.postMessage(req);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private async stop(slot: Slot): Promise<void> {
    const w = slot.worker;
    this.finish(slot);
    slot.worker = null;
    slot.ready = false;
    if (w) await w.terminate();
  }
}

/** A parser that runs in this thread, with no limits: for callers that ask for it (`parseInWorker: false`). */
export const inProcessParser = {
  parse: async (file: { fileName: string; text: string }, options: BuildOptions = {}): Promise<BuiltDocument> => (await parseInThisThread(file, options)).built!,
  parseFile: (file: ParseFile, options: ReadBuildOptions = {}): Promise<ReadAndBuilt> => parseInThisThread(file, options),
  close: async (): Promise<void> => {},
};

function rebuildError(e: { name: string; message: string; code?: string }): Error {
  if (e.code === 'BAD_USER_INPUT' || e.name === 'InvalidInputError') {
    // The class name survives the thread (ZipBombError, EncryptedPdfError …), for callers that report it.
    const err = new InvalidInputError(e.message);
    err.name = e.name;
    return err;
  }
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
