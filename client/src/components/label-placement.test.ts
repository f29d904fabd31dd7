import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabels, shorten, type LabelCandidate } from './label-placement.ts';

/** Every character 10 px wide at the test's font size. */
const measure = (t: string) => t.length * 10;
const node = (id: string, x: number, y: number, priority: number, text = id): LabelCandidate => ({ id, text, priority, x, y, w: 20, h: 20, valign: 'bottom' });

describe('shorten', () => {
  it('keeps a label that fits and cuts one that does not, with an ellipsis', () => {
    expect(shorten('Bufdir', 100, measure)).toBe('Bufdir');
    expect(shorten('Helsestasjonstjenesten', 100, measure)).toBe('Helsestas…');
    expect(measure(shorten('Helsestasjonstjenesten', 100, measure))).toBeLessThanOrEqual(100);
  });
  it('gives nothing when not even one letter fits', () => {
    expect(shorten('Bufdir', 5, measure)).toBe('');
  });
});

describe('placeLabels', () => {
  it('shows labels of nodes far apart in full', () => {
    const out = placeLabels([node('a', 0, 0, 1, 'Alfa'), node('b', 500, 0, 1, 'Beta')], { fontPx: 18, measure });
    expect(out.get('a')?.text).toBe('Alfa');
    expect(out.get('b')?.text).toBe('Beta');
  });

  it('gives a crowded spot to the most connected node and hides or shortens the rest, never overlapping', () => {
    const cands = [node('low', 10, 0, 1, 'Lavt rangert etat'), node('high', 0, 0, 9, 'Høyt rangert etat'), node('mid', 0, 5, 5, 'Midt')];
    const out = placeLabels(cands, { fontPx: 18, measure });
    expect(out.get('high')?.text).toBe('Høyt rangert etat');
    expect(out.get('low')?.text).toBe('');
    const shown = [...out].filter(([, c]) => c.box).map(([id, c]) => ({ id, box: c.box! }));
    expect(overlappingPairs(shown)).toEqual([]);
  });

  it('moves a label above, or beside, its node when the place under it is taken', () => {
    // 'upper' sits 40 px above 'lower': the lower node's label under it is free, the upper one's is not.
    const cands = [node('lower', 0, 40, 9, 'Nede'), node('upper', 0, 0, 1, 'Oppe'), node('blocker', 0, 24, 8, 'Sperre')];
    const out = placeLabels(cands, { fontPx: 12, measure });
    expect(out.get('lower')?.side).toBe('bottom');
    expect(out.get('upper')?.text).toBe('Oppe');
    expect(out.get('upper')?.side).not.toBe('bottom');
    const shown = [...out].filter(([, c]) => c.box).map(([id, c]) => ({ id, box: c.box! }));
    expect(overlappingPairs(shown)).toEqual([]);
  });

  it('keeps labels inside the canvas: a node at its edge puts its label on the side that fits, or shortens or hides it', () => {
    const bounds = { x1: 0, y1: 0, x2: 400, y2: 300 };
    const cands = [
      // Under the node its 120 px label would start at x = -50: it goes to the right.
      node('left', 10, 100, 3, 'Venstrekant'),
      // At the bottom right corner: to its left.
      node('corner', 390, 290, 2, 'Hjørne'),
      // Off the canvas (the viewer has zoomed in): no label to draw.
      node('away', 600, 100, 1, 'Utenfor'),
    ];
    const out = placeLabels(cands, { fontPx: 12, measure, bounds });
    expect(out.get('left')?.text).toBe('Venstrekant');
    expect(out.get('left')?.side).toBe('right');
    expect(out.get('corner')?.text).toBe('Hjørne');
    expect(out.get('corner')?.side).toBe('left');
    expect(out.get('away')?.text).toBe('');
    for (const [, c] of out) {
      if (!c.box) continue;
      expect(c.box.x1).toBeGreaterThanOrEqual(0);
      expect(c.box.y1).toBeGreaterThanOrEqual(0);
      expect(c.box.x2).toBeLessThanOrEqual(400);
      expect(c.box.y2).toBeLessThanOrEqual(300);
    }
    // Without the canvas's bounds the edge node's label stays under it, half off screen.
    expect(placeLabels(cands, { fontPx: 12, measure }).get('left')?.side).toBe('bottom');
  });

  it('shortens a long label that collides in full on every side but fits short', () => {
    // Better-connected neighbours take the full label's place under, above, right and left of the node and at its corners (labels 40 px wide, 13 px high).
    const blockers = [node('b1', 80, 0, 9, 'Nabo'), node('b2', 80, -39, 9, 'Nabo'), node('b3', 150, -20, 9, 'Nabo'), node('b4', -150, -20, 9, 'Nabo'), node('b5', -150, -45, 9, 'Nabo'), node('b6', -150, 0, 9, 'Nabo')];
    const out = placeLabels([...blockers, node('long', 0, 0, 1, 'Kommunal helsetjeneste')], { fontPx: 10, measure, maxEm: 30, shortEm: 6 });
    for (const b of blockers) expect(out.get(b.id)?.side).toBe('bottom');
    expect(out.get('long')?.text).toMatch(/…$/);
    expect(out.get('long')!.text.length).toBeLessThan('Kommunal helsetjeneste'.length);
  });

  it('is the same for the same input in any order', () => {
    const cands = Array.from({ length: 40 }, (_, i) => node(`n${i}`, (i % 7) * 30, Math.floor(i / 7) * 20, i % 5));
    const a = placeLabels(cands, { fontPx: 12, measure });
    const b = placeLabels([...cands].reverse(), { fontPx: 12, measure });
    expect([...a].map(([id, c]) => `${id}:${c.text}`).sort()).toEqual([...b].map(([id, c]) => `${id}:${c.text}`).sort());
    const shown = [...a].filter(([, c]) => c.box).map(([id, c]) => ({ id, box: c.box! }));
    expect(shown.length).toBeGreaterThan(0);
    expect(overlappingPairs(shown)).toEqual([]);
  });
});

describe('placeLabels at national scale', () => {
  it('places 2,000 labels in well under the 200 ms a main-thread task may take, trying corners and the minimum size', () => {
    // 2,000 nodes scattered on a 1920×1080 canvas (a deterministic pseudo-random spread), labels 6–30 characters.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cands = Array.from({ length: 2000 }, (_, i) => ({ ...node(`n${i}`, rnd() * 1920, rnd() * 1080, Math.floor(rnd() * 50)), text: `Etat ${'x'.repeat(2 + Math.floor(rnd() * 24))} ${i}`, short: `E${i}` }));
    let calls = 0;
    const counted = (t: string) => {
      calls++;
      return t.length * 7;
    };
    const opts = { fontPx: 16, minFontPx: 12, measure: counted, margin: -1.5, padX: 4, boxEm: 1.62, gap: 1.5 };
    placeLabels(cands, opts);
    const runs = 5;
    let ms = Infinity;
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      placeLabels(cands, opts);
      ms = Math.min(ms, performance.now() - start);
    }
    // The fastest of five runs (others sharing the machine slow single runs down): 30–60 ms on a loaded two-core machine.
    expect(ms).toBeLessThan(120);
    // Each distinct text is measured once per run, however many places and sizes are tried.
    expect(calls / (runs + 1)).toBeLessThan(2000 * 20);
    const out = placeLabels(cands, opts);
    const shown = [...out].filter(([, c]) => c.box).map(([id, c]) => ({ id, box: c.box! }));
    expect(shown.length).toBeGreaterThan(100);
    expect(overlappingPairs(shown)).toEqual([]);
    // Some labels were placed at a corner or at the smaller size, which is what these tries are for.
    expect([...out.values()].some((c) => c.side.includes('-'))).toBe(true);
    expect([...out.values()].some((c) => c.text && c.fontPx === 12)).toBe(true);
  });

  it('tries the short name before cutting the label', () => {
    const blockers = [node('b1', 0, 60, 9, 'Nabo'), node('b2', 0, -60, 9, 'Nabo')];
    const long = { ...node('long', 0, 0, 1, 'Kultur- og likestillingsdepartementet'), short: 'KUD' };
    // The full label (370 px) runs into a neighbour's label on every side; the short name fits.
    const wide = [node('w1', 200, 0, 9, 'Nabo'), node('w2', -200, 0, 9, 'Nabo'), node('w3', 200, 30, 9, 'Nabo'), node('w4', -200, 30, 9, 'Nabo'), node('w5', 200, -30, 9, 'Nabo'), node('w6', -200, -30, 9, 'Nabo')];
    const out = placeLabels([...blockers, ...wide, long], { fontPx: 10, measure, maxEm: 40 });
    expect(out.get('long')?.text).toBe('KUD');
  });
});
