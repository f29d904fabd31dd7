import { describe, expect, it } from 'vitest';
import { cssRect, fitScale, pdfRect } from './page-geometry.ts';

describe('page geometry', () => {
  it('orders a viewport rectangle into a CSS box, with padding', () => {
    // pdf.js flips y: the box's bottom edge comes out below its top edge.
    expect(cssRect([72, 142, 272, 130])).toEqual({ left: 72, top: 130, width: 200, height: 12 });
    expect(cssRect([72, 142, 272, 130], 2)).toEqual({ left: 70, top: 128, width: 204, height: 16 });
  });

  it('gives a box as its corners in points', () => {
    expect(pdfRect({ x: 72, y: 700, width: 200, height: 12 })).toEqual([72, 700, 272, 712]);
  });

  it('fits a page to the width it has, within bounds', () => {
    expect(fitScale(595, 1190)).toBe(2);
    expect(fitScale(595, 100)).toBe(0.5);
    expect(fitScale(0, 800)).toBe(1);
  });
});
