/**
 * Node outlines for SVG, drawn the way Cytoscape's canvas renderer draws them,
 * so the SVG export, the PNG/print legend and the on-screen legend show the
 * same shape as the map. The point lists follow Cytoscape's
 * `registerNodeShapes` (unit box -1…1, y down; regular polygons fitted to the
 * square) and the round variants its `getRoundCorner` (arc radius
 * min(w, h) / 10, at most 8, each corner's tangent run capped at half an edge).
 * `node-shapes.test.ts` checks both against Cytoscape's own code.
 */

type Point = readonly [number, number];

/** Cytoscape's `generateUnitNgonPointsFitToSquare(sides, 0)`. */
function ngonFitToSquare(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  return fitToSquare(Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))] as Point));
}

/** Cytoscape's `fitPolygonToSquare`: stretch to a 2×2 box, then move down if the top sticks out. */
function fitToSquare(points: Point[]): Point[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map(([x, y]) => [x * sx, y * sy] as Point);
  const minY = Math.min(...scaled.map((p) => p[1]));
  return minY < -1 ? scaled.map(([x, y]) => [x, y + (-1 - minY)] as Point) : scaled;
}

/** Cytoscape's five-pointed star: outer radius 1, inner radius 0.5·(3−√5)·1.57, fitted to the square. */
function star(): Point[] {
  const outer = ngon(5, 0);
  const inner = ngon(5, Math.PI / 5);
  const r = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  return fitToSquare(outer.flatMap((p, i) => [p, [inner[i][0] * r, inner[i][1] * r] as Point]));
}

/** Cytoscape's `generateUnitNgonPoints`. */
function ngon(sides: number, rotation: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))] as Point);
}

const TAG: Point[] = [[-1, -1], [0.25, -1], [1, 0], [0.25, 1], [-1, 1]];
const DIAMOND: Point[] = [[0, 1], [1, 0], [0, -1], [-1, 0]];

/** Outlines of the polygon shapes, by Cytoscape shape name. The `round-` ones are drawn with rounded corners. */
export const SHAPE_POINTS: Readonly<Record<string, readonly Point[]>> = {
  triangle: ngonFitToSquare(3),
  'round-triangle': ngonFitToSquare(3),
  diamond: DIAMOND,
  'round-diamond': DIAMOND,
  pentagon: ngonFitToSquare(5),
  'round-pentagon': ngonFitToSquare(5),
  hexagon: ngonFitToSquare(6),
  'round-hexagon': ngonFitToSquare(6),
  heptagon: ngonFitToSquare(7),
  'round-heptagon': ngonFitToSquare(7),
  octagon: ngonFitToSquare(8),
  'round-octagon': ngonFitToSquare(8),
  star: star(),
  vee: [[-1, -1], [0, -0.333], [1, -1], [0, 1]],
  rhomboid: [[-1, -1], [0.333, -1], [1, 1], [-0.333, 1]],
  'right-rhomboid': [[-0.333, -1], [1, -1], [0.333, 1], [-1, 1]],
  'concave-hexagon': [[-1, -0.95], [-0.75, 0], [-1, 0.95], [1, 0.95], [0.75, 0], [1, -0.95]],
  concavehexagon: [[-1, -0.95], [-0.75, 0], [-1, 0.95], [1, 0.95], [0.75, 0], [1, -0.95]],
  tag: TAG,
  'round-tag': TAG,
};

/** The box a shape is drawn in: centre and size. */
export interface ShapeGeometry {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
}

const f = (n: number) => Math.round(n * 100) / 100;

/** The outline's corners in drawing coordinates, or null for shapes that are not polygons (ellipse, rectangles). */
export function shapeCorners(n: ShapeGeometry): [number, number][] | null {
  const unit = SHAPE_POINTS[n.shape];
  return unit ? unit.map(([px, py]) => [n.x + (px * n.w) / 2, n.y + (py * n.h) / 2]) : null;
}

/** SVG path data of a polygon with every corner rounded as Cytoscape's `getRoundCorner` rounds it. */
export function roundPolygonPath(corners: readonly [number, number][], radius: number): string {
  const parts: string[] = [];
  corners.forEach((p, i) => {
    const prev = corners[(i + corners.length - 1) % corners.length];
    const next = corners[(i + 1) % corners.length];
    const v1 = unitVector(p, prev);
    const v2 = unitVector(p, next);
    const cross = v1.nx * v2.ny - v1.ny * v2.nx;
    const dot = v1.nx * v2.nx + v1.ny * v2.ny;
    const half = Math.atan2(Math.abs(cross), dot) / 2;
    const start: [number, number] = [p[0], p[1]];
    if (Math.abs(cross) < 1e-6 || radius === 0) {
      parts.push(`${i === 0 ? 'M' : 'L'}${f(start[0])},${f(start[1])}`);
      return;
    }
    const run = Math.min(Math.abs((Math.cos(half) * radius) / Math.sin(half)), v1.len / 2, v2.len / 2);
    const arcRadius = Math.abs((run * Math.sin(half)) / Math.cos(half));
    const from = [p[0] + v1.nx * run, p[1] + v1.ny * run];
    const to = [p[0] + v2.nx * run, p[1] + v2.ny * run];
    // Turning clockwise on screen (y down) when the corner's vectors wind negatively.
    const sweep = cross < 0 ? 1 : 0;
    parts.push(`${i === 0 ? 'M' : 'L'}${f(from[0])},${f(from[1])}`, `A${f(arcRadius)},${f(arcRadius)} 0 0 ${sweep} ${f(to[0])},${f(to[1])}`);
  });
  return `${parts.join(' ')} Z`;
}

function unitVector(from: readonly [number, number], to: readonly [number, number]) {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const len = Math.hypot(dx, dy);
  return { nx: dx / len, ny: dy / len, len };
}

/** SVG markup of one node shape with the given attributes (fill, stroke…), as the canvas draws it. */
export function nodeShapeSvg(n: ShapeGeometry, attrs: string): string {
  const x = f(n.x - n.w / 2);
  const y = f(n.y - n.h / 2);
  const corners = shapeCorners(n);
  if (corners) {
    if (n.shape.startsWith('round-')) return `<path d="${roundPolygonPath(corners, Math.min(n.w / 10, n.h / 10, 8))}" ${attrs}/>`;
    return `<polygon points="${corners.map(([px, py]) => `${f(px)},${f(py)}`).join(' ')}" ${attrs}/>`;
  }
  switch (n.shape) {
    case 'ellipse':
      return `<ellipse cx="${f(n.x)}" cy="${f(n.y)}" rx="${f(n.w / 2)}" ry="${f(n.h / 2)}" ${attrs}/>`;
    case 'rectangle':
    case 'square':
      return `<rect x="${x}" y="${y}" width="${f(n.w)}" height="${f(n.h)}" ${attrs}/>`;
    case 'round-rectangle':
    case 'roundrectangle': {
      const r = Math.min(8, n.w / 4, n.h / 4);
      return `<rect x="${x}" y="${y}" width="${f(n.w)}" height="${f(n.h)}" rx="${f(r)}" ${attrs}/>`;
    }
    default:
      return `<rect x="${x}" y="${y}" width="${f(n.w)}" height="${f(n.h)}" rx="4" ${attrs}/>`;
  }
}
