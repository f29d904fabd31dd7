/**
 * SVG markup of a node shape in a 20×20 box centred on 0, from the same
 * geometry as the SVG export. Shapes the export draws as a plain rounded box
 * (tag, concave hexagon) get their own outline here, from Cytoscape's point
 * lists, so the legend and the filters draw "Annet" and "Fylkeskommune
 * (hele)" as the canvas does, not like "Departement".
 */
import { nodeShapeSvg } from '../export/index.ts';

const HALF = 9;

/** Cytoscape's outlines (unit coordinates, -1…1) of the shapes the export does not draw. */
export const OWN_OUTLINES: Record<string, readonly (readonly [number, number])[]> = {
  tag: [[-1, -1], [1 / 3, -1], [1, 0], [1 / 3, 1], [-1, 1]],
  'round-tag': [[-1, -1], [1 / 3, -1], [1, 0], [1 / 3, 1], [-1, 1]],
  'concave-hexagon': [[-1, -0.95], [-0.75, 0], [-1, 0.95], [1, 0.95], [0.75, 0], [1, -0.95]],
};

export function sceneToSvgShape(shape: string, fill: string, stroke: string, dashed: boolean): string {
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dashed ? ' stroke-dasharray="3 2"' : ''}`;
  const outline = OWN_OUTLINES[shape];
  if (outline) {
    const points = outline.map(([x, y]) => `${Math.round(x * HALF * 100) / 100},${Math.round(y * HALF * 100) / 100}`).join(' ');
    return `<polygon points="${points}"${shape.startsWith('round-') ? ' stroke-linejoin="round"' : ''} ${attrs}/>`;
  }
  return nodeShapeSvg({ x: 0, y: 0, w: 18, h: 18, shape }, attrs);
}
