/**
 * Placing boxes on a rendered page. pdf.js's viewport turns a rectangle in
 * PDF points (origin bottom-left, as the source map keeps them) into canvas
 * pixels; these helpers order its corners into a CSS rectangle with padding,
 * and choose the scale. Pure.
 */

/** A rectangle `[x1, y1, x2, y2]` in viewport pixels (corners in any order) as CSS left/top/width/height, with `pad` pixels around. */
export function cssRect(rect: readonly number[], pad = 0): { left: number; top: number; width: number; height: number } {
  const [x1, y1, x2, y2] = rect;
  const left = Math.min(x1, x2) - pad;
  const top = Math.min(y1, y2) - pad;
  return { left, top, width: Math.abs(x2 - x1) + 2 * pad, height: Math.abs(y2 - y1) + 2 * pad };
}

/** `[x1, y1, x2, y2]` in PDF points for a box. */
export function pdfRect(box: { x: number; y: number; width: number; height: number }): number[] {
  return [box.x, box.y, box.x + box.width, box.y + box.height];
}

/** The scale at which a page `pageWidth` points wide fills `available` pixels, within sensible bounds. */
export function fitScale(pageWidth: number, available: number): number {
  if (!(pageWidth > 0) || !(available > 0)) return 1;
  return Math.max(0.5, Math.min(2.5, available / pageWidth));
}
