import { describe, expect, it } from 'vitest';
import { closestPair, DICHROMACIES } from './colour-difference.test-support.ts';
import { contrast, NO_SECTOR_COLOR, SECTOR_PALETTE, shade, STATUS_COLORS, textOn, tint, UI } from './palette.ts';

const VISIONS = Object.keys(DICHROMACIES) as (keyof typeof DICHROMACIES)[];

describe('palette', () => {
  it('UI text colours meet WCAG AA on white and on the panels', () => {
    for (const fg of [UI.text, UI.muted, UI.accent, UI.path]) {
      for (const bg of ['#FFFFFF', UI.header, UI.cellB]) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('text on every status and sector colour reaches 4.5:1', () => {
    for (const bg of [...Object.values(STATUS_COLORS), ...SECTOR_PALETTE, NO_SECTOR_COLOR]) {
      expect(contrast(textOn(bg), bg), bg).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('dark text on the matrix tints reaches 4.5:1', () => {
    for (const c of SECTOR_PALETTE) expect(contrast('#111827', tint(c, 0.82))).toBeGreaterThanOrEqual(4.5);
  });

  // CIEDE2000: about 2 is just noticeable side by side; 10 and more reads as a different colour at a glance.
  it('status colours are pairwise distinguishable, also for dichromats', () => {
    const values = Object.values(STATUS_COLORS);
    expect(closestPair(values).dE).toBeGreaterThanOrEqual(10);
    for (const vision of VISIONS) {
      const p = closestPair(values, vision);
      expect(p.dE, `${vision}: ${p.a} vs ${p.b}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('sector colours are pairwise distinguishable; the first eight also for dichromats', () => {
    expect(closestPair(SECTOR_PALETTE).dE).toBeGreaterThanOrEqual(9);
    for (const vision of VISIONS) {
      const p = closestPair(SECTOR_PALETTE.slice(0, 8), vision);
      expect(p.dE, `${vision}: ${p.a} vs ${p.b}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('tint and shade move towards white and black', () => {
    expect(tint('#000000', 1)).toBe('#FFFFFF');
    expect(shade('#FFFFFF', 1)).toBe('#000000');
    expect(contrast('#1F2937', '#FFFFFF')).toBeGreaterThan(14);
  });
});
