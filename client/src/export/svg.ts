/**
 * SVG export written here rather than with cytoscape-svg (GPL-3.0, which an
 * MIT project should not bundle). `sceneFromCy` reads positions and computed
 * styles from any Cytoscape core (also a headless one), `sceneToSvg` turns the
 * scene into a standalone SVG string.
 */
import type { Core } from 'cytoscape';
import { FONT_STACK } from '../graph/stylesheet.ts';
import { estimateTextWidth } from '../graph/matrix-elements.ts';
import { xmlEscape } from './formats.ts';
import { figureSvg, type FigureBody, type FigureText } from './figure.ts';
import { nodeShapeSvg } from './node-shapes.ts';

export interface SvgNode {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  label: string;
  labelInside: boolean;
  textColor: string;
  fontSize: number;
  fontWeight: string;
  maxTextWidth: number;
  opacity: number;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  targetRadius: number;
  color: string;
  width: number;
  lineStyle: string;
  /** Dash pattern for dashed lines. */
  dash: number[];
  arrow: boolean;
  opacity: number;
}

export interface SvgScene {
  nodes: SvgNode[];
  edges: SvgEdge[];
  background: string;
}

/** The visible elements of `cy` with their computed styles, in drawing order. */
export function sceneFromCy(cy: Core, background = '#FFFFFF'): SvgScene {
  const nodes: SvgNode[] = [];
  const edges: SvgEdge[] = [];
  const visible = cy.elements().filter((e) => e.style('display') !== 'none');
  const sorted = visible.nodes().sort((a, b) => a.numericStyle('z-index') - b.numericStyle('z-index'));
  sorted.forEach((n) => {
    const p = n.position();
    const label = String(n.style('label') ?? '');
    nodes.push({
      x: p.x,
      y: p.y,
      w: n.numericStyle('width'),
      h: n.numericStyle('height'),
      shape: String(n.style('shape')),
      fill: String(n.style('background-color')),
      stroke: String(n.style('border-color')),
      strokeWidth: n.numericStyle('border-width'),
      dashed: n.style('border-style') === 'dashed',
      label,
      labelInside: n.style('text-valign') === 'center',
      textColor: String(n.style('color')),
      fontSize: n.numericStyle('font-size'),
      fontWeight: String(n.style('font-weight')),
      maxTextWidth: n.numericStyle('text-max-width') || 130,
      opacity: n.numericStyle('opacity'),
    });
  });
  visible.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      targetRadius: Math.min(e.target().numericStyle('width'), e.target().numericStyle('height')) / 2 + 2,
      color: String(e.style('line-color')),
      width: e.numericStyle('width'),
      lineStyle: String(e.style('line-style')),
      dash: Array.isArray(e.data('dash')) && (e.data('dash') as number[]).length ? (e.data('dash') as number[]) : [7, 4],
      arrow: e.style('target-arrow-shape') !== 'none',
      opacity: e.numericStyle('opacity'),
    });
  });
  return { nodes, edges, background };
}

const f = (n: number) => Math.round(n * 100) / 100;

/** Word-wraps a label to lines no wider than `max` (estimated). */
export function wrapLabel(label: string, max: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const para of label.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && estimateTextWidth(next, fontSize) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** A standalone SVG document of the scene: bare with a title, or framed as a figure (title, date, legend, sources). */
export function sceneToSvg(scene: SvgScene, title: string | FigureText = 'Samkart'): string {
  const body = sceneBody(scene);
  if (typeof title !== 'string') return figureSvg(body, title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${body.x} ${body.y} ${body.width} ${body.height}" width="${body.width}" height="${body.height}" font-family='${FONT_STACK}'>`,
    `<title>${xmlEscape(title)}</title>`,
    body.markup,
    '</svg>',
  ].join('\n') + '\n';
}

/** The scene's drawing (edges under nodes) and its box with a margin. */
export function sceneBody(scene: SvgScene): FigureBody {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of scene.nodes) {
    const labelBelow = n.label && !n.labelInside ? wrapLabel(n.label, n.maxTextWidth, n.fontSize).length * n.fontSize * 1.25 + 6 : 0;
    const half = Math.max(n.w / 2, n.labelInside ? 0 : Math.min(n.maxTextWidth, estimateTextWidth(n.label, n.fontSize)) / 2);
    minX = Math.min(minX, n.x - half);
    maxX = Math.max(maxX, n.x + half);
    minY = Math.min(minY, n.y - n.h / 2);
    maxY = Math.max(maxY, n.y + n.h / 2 + labelBelow);
  }
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const pad = 24;
  const vx = f(minX - pad);
  const vy = f(minY - pad);
  const vw = f(maxX - minX + 2 * pad);
  const vh = f(maxY - minY + 2 * pad);
  const out: string[] = [
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
    `<rect x="${vx}" y="${vy}" width="${vw}" height="${vh}" fill="${scene.background}"/>`,
    '<g class="edges">',
  ];
  for (const e of scene.edges) {
    const len = Math.hypot(e.x2 - e.x1, e.y2 - e.y1) || 1;
    const x2 = e.arrow ? e.x2 - ((e.x2 - e.x1) / len) * e.targetRadius : e.x2;
    const y2 = e.arrow ? e.y2 - ((e.y2 - e.y1) / len) * e.targetRadius : e.y2;
    const dash = e.lineStyle === 'dashed' ? ` stroke-dasharray="${e.dash.join(' ')}"` : e.lineStyle === 'dotted' ? ` stroke-dasharray="${f(e.width)} ${f(e.width * 1.6)}" stroke-linecap="round"` : '';
    const common = `x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(x2)}" y2="${f(y2)}"`;
    out.push(`<line ${common} stroke="${e.color}" stroke-width="${f(e.width)}" opacity="${f(e.opacity)}"${dash}${e.arrow ? ' marker-end="url(#arrow)"' : ''}/>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of scene.nodes) {
    const attrs = `fill="${n.fill}" stroke="${n.stroke}" stroke-width="${f(n.strokeWidth)}"${n.dashed ? ' stroke-dasharray="4 3"' : ''}`;
    out.push(`<g opacity="${f(n.opacity)}">`, nodeShapeSvg(n, attrs));
    if (n.label) {
      const lines = wrapLabel(n.label, n.maxTextWidth, n.fontSize);
      const lh = n.fontSize * 1.25;
      const y0 = n.labelInside ? n.y - ((lines.length - 1) * lh) / 2 : n.y + n.h / 2 + 5 + n.fontSize * 0.9;
      out.push(`<text text-anchor="middle" dominant-baseline="${n.labelInside ? 'central' : 'auto'}" font-size="${f(n.fontSize)}" font-weight="${xmlEscape(n.fontWeight)}" fill="${n.textColor}"${n.labelInside ? '' : ' stroke="#FFFFFF" stroke-width="3" paint-order="stroke"'}>`);
      lines.forEach((line, i) => out.push(`<tspan x="${f(n.x)}" y="${f(y0 + i * lh)}">${xmlEscape(line)}</tspan>`));
      out.push('</text>');
    }
    out.push('</g>');
  }
  out.push('</g>');
  return { markup: out.join('\n'), x: vx, y: vy, width: vw, height: vh };
}
