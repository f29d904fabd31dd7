/**
 * Waiting for work that every request of a graph version shares (its read
 * model, its layouts, its analytics), which is made once, when the version is,
 * off the request path. A request that arrives before that work is done waits
 * for it; its time limit counts only the work the request does itself, so the
 * first visitor after a start or an upload is not answered TIMEOUT for work
 * that is already under way and would only be asked for again. The request's
 * clock is carried with the request's async context (AsyncLocalStorage), so
 * the queries below it need no extra argument.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** How long a request has waited for shared work, and whether it is waiting now. */
export class WaitClock {
  private open = 0;
  private since = 0;
  private done = 0;

  /** Milliseconds spent waiting for shared work so far. */
  get waitedMs(): number {
    return this.done + (this.open ? performance.now() - this.since : 0);
  }

  /** Whether the request is waiting for shared work now. */
  get waiting(): boolean {
    return this.open > 0;
  }

  /** @internal */
  start(): void {
    if (this.open++ === 0) this.since = performance.now();
  }

  /** @internal */
  stop(): void {
    if (--this.open === 0) this.done += performance.now() - this.since;
  }
}

const clocks = new AsyncLocalStorage<WaitClock>();

/**
 * Version work not yet settled. Carrying a clock costs every request: while an
 * AsyncLocalStorage is in use, Node 20 runs promise hooks on every promise, and
 * a whole-network answer (tens of thousands of resolver promises) took about
 * a third more CPU with them (measured against the same code without). So
 * requests carry a clock only while there is version work to wait for, and
 * the store is disabled (the hooks off) once it is all done.
 */
let pending = 0;

/** Registers work made for a graph version, which requests may wait for (sharedWork); returns it. */
export function versionWork<T>(work: Promise<T>): Promise<T> {
  pending++;
  const done = () => {
    if (--pending === 0) clocks.disable();
  };
  work.then(done, done);
  return work;
}

/** Whether any version work is under way (a request arriving now may wait for it). */
export function versionWorkPending(): boolean {
  return pending > 0;
}

/** Runs `fn` (a request's execution) with `clock` counting its waits for shared work, when there is version work under way. */
export function withWaitClock<T>(clock: WaitClock, fn: () => T): T {
  return pending > 0 ? clocks.run(clock, fn) : fn();
}

/** Awaits work of the graph version that other requests share; the wait is counted on the current request's clock, if it has one. */
export function sharedWork<T>(work: Promise<T>): Promise<T> {
  const clock = clocks.getStore();
  if (!clock) return work;
  clock.start();
  return work.then(
    (v) => {
      clock.stop();
      return v;
    },
    (e: unknown) => {
      clock.stop();
      throw e;
    },
  );
}

/** Runs `fn` outside any request's clock: work made for the version, which no single request waits on (exit never turns the hooks on). */
export function outsideRequests<T>(fn: () => T): T {
  return clocks.exit(fn);
}
