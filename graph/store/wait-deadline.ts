/**
 * A deadline that counts only the time this process could have noticed an
 * answer. A plain `setTimeout(reject, ms)` also counts the time our own event
 * loop was blocked (building a graph version's read model on two cores can
 * hold it for seconds), and after such a block Node runs due timers before it
 * reads the sockets, so an answer that came during the block loses to the
 * timer: a false outage. Here the clock ticks in short steps and a late tick
 * counts only one step, so blocked time is not charged to the other side.
 */

/** Rejects with `makeError()` once `ms` of responsive waiting has passed; `cancel()` stops it. */
export function waitDeadline(ms: number, makeError: () => Error, stepMs = Math.min(250, Math.max(10, ms / 8))): { expired: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let counted = 0;
  let last = performance.now();
  let cancelled = false;
  const expired = new Promise<never>((_, reject) => {
    const tick = () => {
      if (cancelled) return;
      const now = performance.now();
      // A tick far later than asked means the loop was busy: count at most two steps of it.
      counted += Math.min(now - last, 2 * stepMs);
      last = now;
      if (counted >= ms) {
        // Let the poll phase read any answer that arrived while the loop was busy before giving up.
        setImmediate(() => {
          if (!cancelled) reject(makeError());
        });
        return;
      }
      timer = setTimeout(tick, Math.min(stepMs, ms - counted));
    };
    timer = setTimeout(tick, Math.min(stepMs, ms));
  });
  expired.catch(() => {});
  return {
    expired,
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
