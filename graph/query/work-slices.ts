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

interface Waiting {
  work: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** One request's slicer; make one per request. */
export class WorkSlices {
  private sliceStart = performance.now();
  private calls = 0;
  /** Work waiting for the next turn, in arrival order; `head` is the next to run. */
  private queue: Waiting[] = [];
  private head = 0;
  private gated = false;
  /** Pieces of work per turn, adapted to the slice (see drain). */
  private batch = 64;
  /** When the current turn began; 0 when no turn is running. */
  private turnStart = 0;
  /** Turns the work has yielded, for tests and logs. */
  yields = 0;
  /** Calls so far, for tests: they stop growing once the request is cancelled. */
  get count(): number {
    return this.calls;
  }

  constructor(
    private readonly signal?: AbortSignal,
    private readonly sliceMs = 8,
  ) {}

  /**
   * Runs `work` now, while the slice lasts, or on a later turn of the event
   * loop once it is over (in arrival order, from one queue, so thousands of
   * waiting rows cost one step each). Throws (or rejects with)
   * CancelledError once the signal has fired.
   */
  run<T>(work: () => T): T | Promise<T> {
    if (this.signal?.aborted) throw this.cancelled();
    if (!this.gated && (++this.calls & CHECK_MASK) === 0 && performance.now() - this.sliceStart > this.sliceMs) {
      this.gated = true;
      setImmediate(this.drain);
    }
    if (!this.gated) return work();
    this.calls++;
    return new Promise<T>((resolve, reject) => this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Resolves on the next turn when the slice is over (for loops in async code); throws when cancelled. */
  async checkpoint(): Promise<void> {
    const r = this.run(() => undefined);
    if (r instanceof Promise) await r;
  }

  /**
   * One turn: runs a batch of waiting work, then hands the loop back. The
   * batch is sized from the last turn: what a piece of work sets off (GraphQL
   * completing its value, in microtasks, after this returns) can cost far
   * more than the work itself, so the clock that counts is the whole turn,
   * from one drain to the next, and the batch shrinks or grows to fit it
   * into about one slice.
   */
  private readonly drain = (): void => {
    const now = performance.now();
    if (this.turnStart) {
      const turn = now - this.turnStart;
      if (turn > this.sliceMs * 1.5) this.batch = Math.max(1, Math.floor((this.batch * this.sliceMs) / turn));
      else if (turn < this.sliceMs / 2) this.batch = Math.min(4096, this.batch * 2);
    }
    this.turnStart = now;
    this.sliceStart = now;
    this.yields++;
    let done = 0;
    while (this.head < this.queue.length) {
      if (this.signal?.aborted) {
        const error = this.cancelled();
        // Only the first waiter reports the error: the rest are dropped, unsettled, and collected with the request.
        this.queue[this.head].reject(error);
        this.queue = [];
        this.head = 0;
        return;
      }
      const w = this.queue[this.head++];
      try {
        w.resolve(w.work());
      } catch (e) {
        w.reject(e);
      }
      if (++done >= this.batch || performance.now() - now > this.sliceMs) {
        setImmediate(this.drain);
        return;
      }
    }
    this.queue = [];
    this.head = 0;
    this.gated = false;
    this.turnStart = 0;
  };

  private cancelled(): CancelledError {
    const reason = this.signal?.reason;
    return new CancelledError(reason instanceof Error ? reason.message : 'The request was stopped.');
  }
}
