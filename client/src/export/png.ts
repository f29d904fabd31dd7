/**
 * The PNG export as a figure: the canvas image framed by the title, date,
 * legend and sources (figure.ts), drawn to a bitmap by the browser. Browser
 * only (Image, canvas).
 */
import { figureSvg, type FigureText } from './figure.ts';

/** Loads an image from a URL. */
function load(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The figure could not be drawn'));
    img.src = src;
  });
}

/** The framed figure of a PNG (a data URL of the canvas) as PNG bytes, as wide as the image. */
export async function framePng(imageDataUrl: string, text: FigureText): Promise<Blob> {
  const image = await load(imageDataUrl);
  const body = { markup: `<image x="0" y="0" width="${image.naturalWidth}" height="${image.naturalHeight}" href="${imageDataUrl}"/>`, x: 0, y: 0, width: image.naturalWidth, height: image.naturalHeight };
  const svg = figureSvg(body, text);
  const frame = await load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(frame.naturalWidth);
  canvas.height = Math.ceil(frame.naturalHeight);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw the figure on');
  ctx.drawImage(frame, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The figure could not be encoded as PNG'))), 'image/png'));
}
