import { describe, expect, it } from 'vitest';
import { CancelledError, WorkSlices } from './work-slices.ts';

/** About `ms` of busy work. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('WorkSlices', () => {
  it('gives the event loop a turn while a long run of work goes on, and keeps the order of the work', async () => {
    const slices = new WorkSlices(undefined, 5);
    const done: number[] = [];
    let timerFiredAfter = -1;
    setTimeout(() => (timerFiredAfter = done.length), 1);
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        slices.run(() => {
          busy(0.1);
          done.push(i);
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(done).toEqual(results);
    // The timer ran in between, not after all the work.
    expect(timerFiredAfter).toBeGreaterThan(0);
    expect(timerFiredAfter).toBeLessThan(400);
    expect(slices.yields).toBeGreaterThan(0);
  });

  it('stops at the next turn once its signal fires, with CancelledError', async () => {
    const controller = new AbortController();
    const slices = new WorkSlices(controller.signal, 2);
    let ran = 0;
    const work = Array.from({ length: 2_000 }, () =>
      Promise.resolve(
        slices.run(() => {
          busy(0.05);
          ran++;
        }),
      ),
    );
    setTimeout(() => controller.abort(new Error('too slow')), 5);
    // The first waiting piece reports the cancellation; the rest are dropped.
    await expect(Promise.all(work)).rejects.toBeInstanceOf(CancelledError);
    const stoppedAt = ran;
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toBe(stoppedAt);
    expect(ran).toBeLessThan(2_000);
    expect(() => slices.run(() => 1)).toThrow(CancelledError);
  });
});
