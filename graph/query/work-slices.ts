/**
 * Work in bounded slices. GraphQL resolves a list of thousands of rows in one
 * synchronous pass when the resolvers answer at once (as the reader's do), so
 * a heavy query would hold the event loop for seconds: no /health, no timer,
 * no other request. A WorkSlices lets a resolver ask "may I go on?": after
 * `sliceMs` of work it hands back a promise that settles on the next turn of
 * the event loop (setImmediate), and every resolver that asks meanwhile waits
 * on that same turn. So the loop gets a turn at least every slice, and a
 * cancelled request (its AbortSignal fired) stops at the next turn with a
 * CancelledError instead of running to its end.
 */
import { GraphError } from '../model/index.ts';

/** The request's work was stopped (time limit, client gone). */
export class CancelledError extends GraphError {
  override readonly code = 'TIMEOUT';
}

/** How often the clock is read: every this many calls (a power of two minus one, as a mask). */
const CHECK_MASK = 31;

/** One request's slicer; make one per request. */
export class WorkSlices {
  private sliceStart = performance.now();
  private calls = 0;
  /** The pending turn everyone waits on, while a slice is over. */
  private gate: Promise<void> | null = null;
  /** Turns the work has yielded, for tests and logs. */
  yields = 0;

  constructor(
    private readonly signal?: AbortSignal,
    private readonly sliceMs = 8,
  ) {}

  /**
   * Runs `work` now, while the slice lasts, or on the next turn of the event
   * loop once it is over. Throws (or rejects with) CancelledError once the
   * signal has fired.
   */
  run<T>(work: () => T): T | Promise<T> {
    if (this.signal?.aborted) throw this.cancelled();
    if (this.gate) return this.gate.then(() => this.run(work));
    if ((++this.calls & CHECK_MASK) === 0 && performance.now() - this.sliceStart > this.sliceMs) {
      this.gate = new Promise<void>((resolve) =>
        setImmediate(() => {
          this.yields++;
          this.gate = null;
          this.sliceStart = performance.now();
          resolve();
        }),
      );
      return this.gate.then(() => this.run(work));
    }
    return work();
  }

  /** Resolves on the next turn when the slice is over (for loops in async code); throws when cancelled. */
  async checkpoint(): Promise<void> {
    const r = this.run(() => undefined);
    if (r instanceof Promise) await r;
  }

  private cancelled(): CancelledError {
    const reason = this.signal?.reason;
    return new CancelledError(reason instanceof Error ? reason.message : 'The request was stopped.');
  }
}
