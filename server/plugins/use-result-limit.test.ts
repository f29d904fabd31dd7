/** Serialising answers in slices: the same JSON as JSON.stringify, cut short at the cap, giving the event loop turns. */
import { describe, expect, it } from 'vitest';
import { serialiseInSlices } from './use-result-limit.ts';

describe('serialiseInSlices', () => {
  it('writes exactly what JSON.stringify writes, for long lists of small and large rows alike', async () => {
    const when = new Date(Date.UTC(2026, 0, 2));
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: `actor:${i}`,
      name: i % 97 === 0 ? 'Å'.repeat(5000) : `Barneverntjenesten «${i}»\n`,
      kinds: i % 3 ? ['JOINT_WORK'] : [],
      skip: undefined,
      nested: i === 10 ? Array.from({ length: 300 }, (_, k) => ({ k, when })) : null,
    }));
    const value = { data: { coordination: rows, holes: [1, undefined, () => 2, ...Array.from({ length: 40 }, (_, i) => i)], when }, extensions: { n: 1 } };
    expect(await serialiseInSlices(value, 1e9)).toBe(JSON.stringify(value));
    expect(await serialiseInSlices([], 10)).toBe('[]');
    expect(await serialiseInSlices(null, 10)).toBe('null');
  });

  it('stops with null once the text passes the cap, before the end of a long list or of one huge row', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `row-${i}`, text: 'x'.repeat(100) }));
    const full = JSON.stringify({ rows });
    expect(await serialiseInSlices({ rows }, full.length)).toBe(full);
    expect(await serialiseInSlices({ rows }, full.length - 1)).toBeNull();
    // A first row with a list of its own is walked, so a huge one is cut short too.
    const huge = [{ parts: Array.from({ length: 100_000 }, (_, i) => `part ${i}`) }, ...rows];
    expect(await serialiseInSlices(huge, 50_000)).toBeNull();
  });

  it('gives the event loop a turn during a long serialisation', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ id: `actor:${i}`, name: `Body number ${i}`, weight: i % 7 }));
    let turns = 0;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    const json = await serialiseInSlices({ rows }, 1e9, 1);
    done = true;
    expect(json!.length).toBeGreaterThan(5_000_000);
    expect(turns).toBeGreaterThan(1);
  });
});
