/** SVG markup of a node shape in a 20×20 box centred on 0, from the same geometry as the SVG export. */
import { nodeShapeSvg } from '../export/index.ts';

export function sceneToSvgShape(shape: string, fill: string, stroke: string, dashed: boolean): string {
  return nodeShapeSvg(
    { x: 0, y: 0, w: 18, h: 18, shape },
    `fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dashed ? ' stroke-dasharray="3 2"' : ''}`,
  );
}
