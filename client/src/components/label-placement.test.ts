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

  it('shortens a long label that would collide in full but fits short', () => {
    // The neighbour's label spans 100–140 px: the full label (220 px wide, centred on 0) reaches it, a short one (at most 6 em = 60 px) does not.
    const cands = [node('n', 120, 0, 9, 'Nabo'), node('long', 0, 0, 1, 'Kommunal helsetjeneste')];
    const out = placeLabels(cands, { fontPx: 10, measure, maxEm: 30, shortEm: 6 });
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
