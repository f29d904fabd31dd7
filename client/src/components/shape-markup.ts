/**
 * SVG markup of a node shape in a 20×20 box centred on 0, for the legend and
 * the filters. It is the SVG export's own outline (`nodeShapeSvg`, drawn as
 * Cytoscape draws the shape), so the legend, the filters, the export and the
 * canvas all show "Annet" as a tag and "Fylkeskommune (hele)" as a concave
 * hexagon.
 */
import { nodeShapeSvg } from '../export/index.ts';

/** One shape, 18 px across, with a 1.5 px outline (dashed when asked). */
export function sceneToSvgShape(shape: string, fill: string, stroke: string, dashed: boolean): string {
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dashed ? ' stroke-dasharray="3 2"' : ''}`;
  return nodeShapeSvg({ x: 0, y: 0, w: 18, h: 18, shape }, attrs);
}
