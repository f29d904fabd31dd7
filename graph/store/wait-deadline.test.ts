import { describe, expect, it } from 'vitest';
import { waitDeadline } from './wait-deadline.ts';

const block = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const after = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('waitDeadline', () => {
  it('gives up after the time when nothing answers', async () => {
    const t0 = performance.now();
    const d = waitDeadline(120, () => new Error('no answer'));
    await expect(d.expired).rejects.toThrow('no answer');
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(115);
    expect(took).toBeLessThan(1_000);
  });

  it('does not charge time our own loop was blocked to the other side', async () => {
    const d = waitDeadline(200, () => new Error('no answer'));
    // Our process is busy for 1 s (five times the deadline); the answer comes 100 ms after that.
    block(1_000);
    const answer = after(100, 'answer');
    await expect(Promise.race([answer, d.expired])).resolves.toBe('answer');
    d.cancel();
  });

  it('cancel() stops it', async () => {
    const d = waitDeadline(50, () => new Error('no answer'));
    d.cancel();
    await expect(Promise.race([after(200, 'quiet'), d.expired])).resolves.toBe('quiet');
  });
});
