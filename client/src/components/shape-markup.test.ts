import { describe, expect, it } from 'vitest';
import { nodeShapeSvg } from '../export/index.ts';
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

  it('draws the legend with the export\'s outline (checked against Cytoscape in export/node-shapes.test.ts)', () => {
    for (const shape of Object.values(KIND_SHAPES)) {
      const outline = nodeShapeSvg({ x: 0, y: 0, w: 18, h: 18, shape }, 'A').replace(/ A\/>$/, '');
      expect(sceneToSvgShape(shape, '#fff', '#000', false).startsWith(outline), shape).toBe(true);
    }
  });

  it('draws "Annet" (a round tag) as a path with a point, not the rounded box of a ministry', () => {
    const other = sceneToSvgShape(KIND_SHAPES.OTHER, '#fff', '#000', false);
    expect(other).toMatch(/^<path d="M/);
    expect(other).not.toBe(sceneToSvgShape(KIND_SHAPES.MINISTRY, '#fff', '#000', false));
  });
});
