import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { KIND_SHAPES } from '../graph/index.ts';
import { nodeShapeSvg, SHAPE_POINTS } from './node-shapes.ts';
import { sceneToSvg, type SvgNode } from './svg.ts';

interface CyCorner { startX: number; startY: number; stopX: number; stopY: number; radius: number; counterClockwise: boolean }
interface CyShape {
  points: number[];
  getOrCreateCorners?(cx: number, cy: number, w: number, h: number, r: 'auto', rs: Record<string, unknown>, field: string): CyCorner[];
}

/** Cytoscape's own node shapes, as its canvas renderer registers them (no DOM needed to read them). */
function cytoscapeShapes(): Record<string, CyShape> {
  const Renderer = (cytoscape as unknown as (type: string, name: string) => { prototype: object })('renderer', 'canvas');
  const renderer = Object.create(Renderer.prototype) as { registerNodeShapes(): void; nodeShapes: Record<string, CyShape> };
  renderer.registerNodeShapes();
  return renderer.nodeShapes;
}

const CY = cytoscapeShapes();
const BOX = { x: 40, y: 30, w: 60, h: 44 };

/** The numbers of an SVG attribute, in order. */
function numbers(svg: string, attr: string): number[] {
  const m = svg.match(new RegExp(`${attr}="([^"]+)"`));
  if (!m) throw new Error(`no ${attr} in ${svg}`);
  return m[1].match(/-?\d+(\.\d+)?/g)!.map(Number);
}

/** Cytoscape's corner points of a shape in BOX, scaled as its renderer scales them. */
function cyPolygon(shape: string): number[] {
  return CY[shape].points.map((v, i) => (i % 2 === 0 ? BOX.x + (v * BOX.w) / 2 : BOX.y + (v * BOX.h) / 2));
}

describe('nodeShapeSvg draws the shapes as Cytoscape does', () => {
  const polygons = Object.keys(SHAPE_POINTS).filter((s) => !s.startsWith('round-'));
  const rounded = Object.keys(SHAPE_POINTS).filter((s) => s.startsWith('round-'));

  it.each(polygons)('%s has Cytoscape\'s corners', (shape) => {
    const svg = nodeShapeSvg({ ...BOX, shape }, 'fill="#fff"');
    expect(svg.startsWith('<polygon ')).toBe(true);
    const ours = numbers(svg, 'points');
    const theirs = cyPolygon(shape);
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], 1));
  });

  it.each(rounded)('%s has Cytoscape\'s rounded corners (same tangent points, arc radius and turn)', (shape) => {
    const svg = nodeShapeSvg({ ...BOX, shape }, 'fill="#fff"');
    const corners = CY[shape].getOrCreateCorners!(BOX.x, BOX.y, BOX.w, BOX.h, 'auto', {}, 'drawCorners');
    const expected: number[] = [];
    for (const c of corners) {
      // Canvas arcs run clockwise on screen unless counterClockwise; SVG's sweep flag 1 is clockwise on screen.
      expected.push(c.startX, c.startY, c.radius, c.radius, 0, 0, c.counterClockwise ? 0 : 1, c.stopX, c.stopY);
    }
    // Each corner: from-point, arc radii, rotation, large-arc flag, sweep flag, to-point.
    const ours = numbers(svg, 'd');
    expect(ours).toHaveLength(expected.length);
    ours.forEach((v, i) => expect(v, `number ${i}`).toBeCloseTo(expected[i], 1));
  });

  it('covers every shape an actor kind uses, and tells them all apart', () => {
    const drawn = Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ kind, svg: nodeShapeSvg({ x: 0, y: 0, w: 18, h: 18, shape }, '') }));
    const seen = new Map<string, string>();
    for (const { kind, svg } of drawn) {
      expect(svg, `${kind} falls back to a box`).not.toMatch(/rx="4"/);
      expect(seen.get(svg), `${kind} is drawn like ${seen.get(svg)}`).toBeUndefined();
      seen.set(svg, kind);
    }
  });
});

describe('sceneToSvg', () => {
  const node = (shape: string): SvgNode => ({
    ...BOX, shape, fill: '#ddd', stroke: '#333', strokeWidth: 1, dashed: false, label: '', labelInside: false,
    textColor: '#000', fontSize: 12, fontWeight: 'normal', maxTextWidth: 100, opacity: 1,
  });

  it('exports a tag ("Annet") and a concave hexagon ("Fylkeskommune (hele)") with Cytoscape\'s outlines', () => {
    const svg = sceneToSvg({ nodes: [node('tag'), node('concave-hexagon')], edges: [], background: '#fff' });
    const polygons = [...svg.matchAll(/<polygon points="([^"]+)"/g)].map((m) => m[1].split(/[ ,]/).map(Number));
    expect(polygons).toHaveLength(2);
    polygons[0].forEach((v, i) => expect(v).toBeCloseTo(cyPolygon('tag')[i], 1));
    polygons[1].forEach((v, i) => expect(v).toBeCloseTo(cyPolygon('concave-hexagon')[i], 1));
  });
});
