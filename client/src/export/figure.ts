/**
 * A picture of a view as a figure a reader can use on its own: a title, the
 * date, the legend and the sources around the drawing. The same frame wraps
 * the vector drawing (SVG export) and the canvas image (PNG export). Pure:
 * strings in, SVG markup out.
 */
import { estimateTextWidth } from '../graph/matrix-elements.ts';
import { FONT_STACK } from '../graph/stylesheet.ts';
import type { LegendBlock } from '../views/types.ts';
import { xmlEscape } from './formats.ts';
import { nodeShapeSvg } from './node-shapes.ts';

/** What the frame says. */
export interface FigureText {
  title: string;
  /** "Dato: 3. desember 2026". */
  date: string;
  legend: readonly LegendBlock[];
  /** The legend's heading. */
  legendTitle: string;
  /** "Kilder: …", one line per source after the first. */
  sources: readonly string[];
  sourcesTitle: string;
}

/** The drawing to frame: its own markup in its own coordinates, and those coordinates' box. */
export interface FigureBody {
  markup: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const f = (n: number) => Math.round(n * 100) / 100;

/** Wraps text to lines no wider than `max` (estimated). */
function wrap(text: string, max: number, size: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, size) > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** One legend icon, `s` units square, at (x, y) top-left. */
function icon(block: LegendBlock['items'][number]['icon'], x: number, y: number, s: number): string {
  if (!block) return '';
  if ('swatch' in block) return `<rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(s)}" rx="${f(s / 5)}" fill="${xmlEscape(block.swatch)}"${block.dashed ? ` stroke="#555" stroke-dasharray="${f(s / 5)} ${f(s / 8)}"` : ''}/>`;
  if ('shape' in block) return nodeShapeSvg({ x: x + s / 2, y: y + s / 2, w: s, h: s, shape: block.shape }, `fill="#FFFFFF" stroke="${xmlEscape(block.stroke ?? '#3C4043')}" stroke-width="${f(s / 10)}"`);
  const dash = block.line === 'dashed' ? ` stroke-dasharray="${(block.dash?.length ? block.dash : [6, 4]).map((d) => f((d * s) / 16)).join(' ')}"` : block.line === 'dotted' ? ` stroke-dasharray="${f(s / 10)} ${f(s / 6)}" stroke-linecap="round"` : '';
  return `<line x1="${f(x)}" y1="${f(y + s / 2)}" x2="${f(x + s * 1.6)}" y2="${f(y + s / 2)}" stroke="${xmlEscape(block.color ?? '#5F6368')}" stroke-width="${f(((block.width ?? 2) * s) / 16)}"${dash}/>`;
}

/**
 * A standalone SVG of the body framed by the title and date above and the
 * legend and sources below, scaled to the body's width (text stays readable:
 * at least 1/70 of the width).
 */
export function figureSvg(body: FigureBody, text: FigureText): string {
  const width = Math.max(body.width, 600);
  const unit = Math.max(12, width / 70);
  const pad = unit * 1.5;
  const inner = width - 2 * pad;
  const head: string[] = [];
  let y = pad + unit * 1.6;
  head.push(`<text x="${f(pad)}" y="${f(y)}" font-size="${f(unit * 1.6)}" font-weight="700" fill="#202124">${xmlEscape(text.title)}</text>`);
  y += unit * 1.5;
  head.push(`<text x="${f(pad)}" y="${f(y)}" font-size="${f(unit)}" fill="#5F6368">${xmlEscape(text.date)}</text>`);
  const headHeight = y + unit;

  const foot: string[] = [];
  let fy = unit;
  const blocks = text.legend.filter((b) => b.items.length);
  if (blocks.length) {
    foot.push(`<text x="${f(pad)}" y="${f(fy + unit)}" font-size="${f(unit * 1.1)}" font-weight="700" fill="#202124">${xmlEscape(text.legendTitle)}</text>`);
    fy += unit * 1.9;
    for (const b of blocks) {
      if (b.title) {
        fy += unit * 0.4;
        foot.push(`<text x="${f(pad)}" y="${f(fy + unit * 0.9)}" font-size="${f(unit * 0.95)}" font-weight="600" fill="#3C4043">${xmlEscape(b.title)}</text>`);
        fy += unit * 1.4;
      }
      let x = pad;
      for (const item of b.items) {
        const w = (item.icon ? unit * 2.4 : 0) + estimateTextWidth(item.label, unit) + unit * 1.5;
        if (x > pad && x + w > pad + inner) {
          x = pad;
          fy += unit * 1.5;
        }
        foot.push(icon(item.icon, x, fy + unit * 0.1, unit));
        foot.push(`<text x="${f(x + (item.icon ? unit * 2.2 : 0))}" y="${f(fy + unit * 0.9)}" font-size="${f(unit)}" fill="${item.muted ? '#5F6368' : '#202124'}">${xmlEscape(item.label)}</text>`);
        x += w;
      }
      fy += unit * 1.6;
    }
  }
  if (text.sources.length) {
    fy += unit * 0.6;
    foot.push(`<text x="${f(pad)}" y="${f(fy + unit)}" font-size="${f(unit * 1.1)}" font-weight="700" fill="#202124">${xmlEscape(text.sourcesTitle)}</text>`);
    fy += unit * 1.8;
    for (const s of text.sources) {
      for (const line of wrap(s, inner, unit * 0.9)) {
        foot.push(`<text x="${f(pad)}" y="${f(fy + unit * 0.9)}" font-size="${f(unit * 0.9)}" fill="#3C4043">${xmlEscape(line)}</text>`);
        fy += unit * 1.25;
      }
    }
  }
  const footHeight = fy + pad;
  const scale = body.width > 0 ? width / body.width : 1;
  const bodyHeight = body.height * scale;
  const height = headHeight + bodyHeight + footHeight;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" font-family='${FONT_STACK}'>`,
    `<title>${xmlEscape(text.title)}</title>`,
    `<rect x="0" y="0" width="${f(width)}" height="${f(height)}" fill="#FFFFFF"/>`,
    `<g class="figure-head">${head.join('')}</g>`,
    `<g class="figure-body" transform="translate(${f((width - body.width * scale) / 2)} ${f(headHeight)}) scale(${f(scale)}) translate(${f(-body.x)} ${f(-body.y)})">`,
    body.markup,
    '</g>',
    `<g class="figure-foot" transform="translate(0 ${f(headHeight + bodyHeight)})">${foot.join('')}</g>`,
    '</svg>',
  ].join('\n') + '\n';
}
