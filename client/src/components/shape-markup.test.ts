import { describe, expect, it } from 'vitest';
import { KIND_SHAPES } from '../graph/index.ts';
import { sceneToSvgShape } from './shape-markup.ts';

describe('sceneToSvgShape', () => {
  it('draws every actor kind with its own outline, so the legend tells them apart as the canvas does', () => {
    const markup = Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ kind, svg: sceneToSvgShape(shape, '#fff', '#000', false) }));
    const seen = new Map<string, string>();
    for (const { kind, svg } of markup) {
      expect(seen.get(svg), `${kind} is drawn like ${seen.get(svg)}`).toBeUndefined();
      seen.set(svg, kind);
    }
  });

  it('draws "Annet" (a tag) as a polygon with a point, not the rounded box of a ministry', () => {
    const other = sceneToSvgShape(KIND_SHAPES.OTHER, '#fff', '#000', false);
    expect(other).toMatch(/^<polygon points="-9,-9 3,-9 9,0 3,9 -9,9"/);
    expect(other).not.toBe(sceneToSvgShape(KIND_SHAPES.MINISTRY, '#fff', '#000', false));
  });
});
