/**
 * The canvas stylesheet, as data. Colours, shapes, widths and line styles are
 * read from element data (set by the pure element builders), so this file
 * only says how data becomes pixels. `fontScale` enlarges every label for a
 * projector.
 */
import type { StylesheetJson } from 'cytoscape';
import { UI } from './palette.ts';
import { OVERLAP_COLORS } from './overlap-elements.ts';

export const FONT_STACK = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export interface StyleOptions {
  fontScale: number;
  /** Presentation mode: black labels on opaque backgrounds, darker and heavier lines and borders. */
  highContrast?: boolean;
}

/** The colour of the spotlight a story puts on nodes and edges. */
export const SPOT_COLOR = '#F59E0B';

/** The stylesheet for every view. */
export function buildStylesheet({ fontScale, highContrast = false }: StyleOptions): StylesheetJson {
  const f = (px: number) => Math.round(px * fontScale * 10) / 10;
  return [...baseStyles(f), ...(highContrast ? contrastStyles(f) : []), ...stateStyles()] as StylesheetJson;
}

/** How data becomes pixels in every view. */
function baseStyles(f: (px: number) => number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'z-index-compare': 'manual',
        'border-width': 1.5,
        'font-family': FONT_STACK,
        'font-size': f(13),
        'font-weight': 600,
        color: UI.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'overlay-padding': 4,
        'z-index': 10,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node[label]', style: { label: 'data(label)' } },
    { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
    { selector: 'node[w]', style: { width: 'data(w)' } },
    { selector: 'node[h]', style: { height: 'data(h)' } },
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    { selector: 'node[borderColor]', style: { 'border-color': 'data(borderColor)' } },
    { selector: 'node[tw]', style: { 'text-max-width': 'data(tw)' } },
    // A group's member count, drawn on its node (views/shared/overview.tsx: countBadge).
    { selector: 'node[badge]', style: { 'background-image': 'data(badge)', 'background-fit': 'contain', 'background-image-containment': 'over', 'background-clip': 'none' } as never },
    { selector: 'node.uncurated', style: { 'border-style': 'dashed' } },
    {
      selector: 'node.node-measure',
      style: {
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-size': f(13),
        'font-weight': 700,
      },
    },
    { selector: 'node.status-UNKNOWN', style: { 'border-style': 'dashed', 'border-width': 2 } },
    {
      selector: 'node.mx-cell',
      style: {
        shape: 'rectangle',
        'border-width': 0,
        label: '',
        events: 'no',
        'z-index': 0,
      },
    },
    {
      selector: 'node.mx-header',
      style: {
        shape: 'round-rectangle',
        'background-color': UI.header,
        'border-width': 0,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-size': f(12.5),
        'font-weight': 700,
        color: UI.text,
        events: 'no',
        'z-index': 1,
        // A long single word ("Kulturdepartementet") breaks inside its box rather than running into the next header.
        'text-overflow-wrap': 'anywhere',
      },
    },
    { selector: 'node.mx-ministry', style: { 'background-color': '#E5E7EB', 'font-size': f(12), 'font-weight': 600 } },
    { selector: 'node.mx-sector', style: { 'font-size': f(13) } },
    { selector: 'node.mx-sector[color]', style: { 'background-color': 'data(color)' } },
    { selector: 'node.mx-level', style: { 'background-color': '#E8ECF2', 'font-size': f(13.5) } },
    {
      selector: 'node.mx-actor',
      style: {
        shape: 'round-rectangle',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-size': f(13),
        'font-weight': 600,
        'z-index': 10,
        'text-overflow-wrap': 'anywhere',
      },
    },
    // The matrix is laid out for its own label size (matrix-elements.ts): its lines, broken to fit, at that size.
    {
      selector: 'node.mx-header[mxText], node.mx-actor[mxText]',
      style: { label: 'data(mxText)', 'font-size': 'data(fs)', 'text-wrap': 'wrap', 'line-height': 1.2 },
    },
    // A ministry's header shows its full name on hover, and selects it.
    { selector: 'node.mx-ministry[ref]', style: { events: 'yes' } },
    {
      selector: 'edge',
      style: {
        'z-index-compare': 'manual',
        width: 1.5,
        'line-color': UI.edge,
        'curve-style': 'bezier',
        opacity: 0.8,
        'z-index': 5,
        'overlay-padding': 4,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'edge[width]', style: { width: 'data(width)' } },
    { selector: 'edge[lineStyle]', style: { 'line-style': 'data(lineStyle)' as never } },
    { selector: 'edge.coord-JOINT_WORK', style: { 'line-dash-pattern': [7, 4] } },
    { selector: 'edge.coord-LEADS_OR_COORDINATES', style: { 'line-dash-pattern': [12, 4, 2, 4] } },
    { selector: 'edge.edge-coord', style: { 'line-color': '#4B5563' } },
    { selector: 'edge.mx-link', style: { opacity: 0.7, 'z-index': 8 } },
    {
      selector: 'edge.edge-responsible',
      style: { 'line-color': '#374151', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#374151', 'arrow-scale': 0.9 },
    },
    { selector: 'edge.edge-involved', style: { 'line-color': '#6B7280', 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: 'edge.edge-partof', style: { 'line-color': '#9CA3AF', 'target-arrow-shape': 'triangle-backcurve', 'target-arrow-color': '#9CA3AF' } },
    { selector: 'node.node-measure[textColor], node.mx-sector[textColor], node.mx-actor[textColor]', style: { color: 'data(textColor)' } },
    {
      selector: 'edge[label]',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': f(12),
        'font-weight': 600,
        color: UI.text,
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.92,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'text-wrap': 'wrap',
        'text-max-width': '160px',
      },
    },
    { selector: 'edge[arc]', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(arc)' as never, 'control-point-weights': 0.5 } },
    {
      selector: 'node.node-effort',
      style: {
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-size': f(14),
        'font-weight': 700,
        'border-width': 2.5,
        color: 'data(textColor)',
      },
    },
    { selector: 'node.node-initiative.node-effort', style: { 'border-width': 3 } },
    {
      selector: 'edge.edge-overlap',
      style: {
        'line-color': OVERLAP_COLORS.overlap,
        'line-style': 'dashed',
        'line-dash-pattern': [2, 6],
        'line-cap': 'round',
        opacity: 1,
        color: OVERLAP_COLORS.overlap,
        'font-size': f(14),
        'font-weight': 700,
        'text-margin-y': -16,
      },
    },
    {
      selector: 'edge.edge-missing',
      style: {
        'line-color': OVERLAP_COLORS.missing,
        'line-style': 'dashed',
        'line-dash-pattern': [10, 6],
        opacity: 1,
        color: OVERLAP_COLORS.missing,
        'font-weight': 700,
      },
    },
    { selector: 'edge.edge-owner-link', style: { opacity: 1, 'z-index': 8 } },
    { selector: 'edge.edge-leads', style: { 'line-color': '#5B21B6', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#5B21B6', 'arrow-scale': 0.9 } },
    {
      selector: 'node.broker',
      style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 700, 'z-index': 40 },
    },
    {
      selector: 'edge.sector-link',
      style: { 'line-color': '#4B5563', opacity: 0.85, 'curve-style': 'straight', 'font-size': f(12), 'text-background-shape': 'roundrectangle', 'text-background-padding': '4px', 'text-border-width': 1, 'text-border-color': '#9CA3AF', 'text-border-opacity': 1 },
    },
    { selector: 'edge.sector-gap', style: { 'curve-style': 'straight', opacity: 0.75, 'line-dash-pattern': [6, 5], width: 1.75 } },
    { selector: 'node.flagged', style: { 'border-width': 4, 'border-color': OVERLAP_COLORS.missing, 'border-style': 'double' } },
    { selector: 'node.sector-node', style: { 'text-valign': 'center', 'text-margin-y': 0, 'text-background-opacity': 0, color: 'data(textColor)', 'font-size': f(13), 'font-weight': 700, 'border-width': 2 } },
  ] as StylesheetJson;
}

/** Presentation mode: projector-legible labels and lines. */
function contrastStyles(f: (px: number) => number): StylesheetJson {
  return [
    { selector: 'node', style: { color: '#000000', 'text-background-opacity': 1, 'border-width': 2.5, 'text-max-width': '170px' } },
    { selector: 'node[tw]', style: { 'text-max-width': 'data(tw)' } },
    { selector: 'node.node-measure[textColor], node.node-effort, node.sector-node, node.mx-sector[textColor], node.mx-actor[textColor]', style: { color: 'data(textColor)', 'text-background-opacity': 0 } },
    { selector: 'node.node-effort', style: { 'border-width': 3.5, 'font-size': f(15) } },
    { selector: 'node.mx-header', style: { color: '#000000', 'text-background-opacity': 0, 'border-width': 0 } },
    { selector: 'node.mx-sector[textColor]', style: { color: 'data(textColor)' } },
    { selector: 'node.mx-cell', style: { 'border-width': 0 } },
    { selector: 'edge', style: { opacity: 1, 'line-color': '#374151' } },
    { selector: 'edge.edge-coord', style: { 'line-color': '#1F2937' } },
    { selector: 'edge.edge-responsible', style: { 'line-color': '#111827', 'target-arrow-color': '#111827' } },
    { selector: 'edge.edge-overlap', style: { 'line-color': OVERLAP_COLORS.overlap } },
    { selector: 'edge.edge-missing', style: { 'line-color': OVERLAP_COLORS.missing, width: 4 } },
    { selector: 'edge[label]', style: { 'text-background-opacity': 1, 'font-weight': 700 } },
  ] as StylesheetJson;
}

/** Selection, path, spotlight and filter classes: they come last, so they win. */
function stateStyles(): StylesheetJson {
  return [
    { selector: 'node.hl', style: { 'border-width': 3, 'border-color': UI.accent } },
    { selector: 'edge.hl', style: { 'line-color': UI.accent, 'target-arrow-color': UI.accent, opacity: 1, 'z-index': 9 } },
    {
      selector: 'node.sel',
      style: { 'border-width': 4, 'border-color': UI.accent, 'overlay-color': UI.accent, 'overlay-opacity': 0.12, 'z-index': 60 },
    },
    { selector: 'edge.sel', style: { 'line-color': UI.accent, 'target-arrow-color': UI.accent, opacity: 1, 'z-index': 9, 'overlay-color': UI.accent, 'overlay-opacity': 0.15 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': UI.path, 'z-index': 70 } },
    { selector: 'edge.path', style: { 'line-color': UI.path, 'target-arrow-color': UI.path, width: 5, opacity: 1, 'z-index': 9 } },
    { selector: '.path-extra', style: { 'border-style': 'dashed' } },
    { selector: '.path-faded', style: { opacity: 0.28 } },
    {
      selector: 'node.spot',
      style: { 'underlay-color': SPOT_COLOR, 'underlay-opacity': 0.45, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'border-width': 4, 'border-color': '#B45309', 'z-index': 80 } as never,
    },
    { selector: 'edge.spot', style: { 'underlay-color': SPOT_COLOR, 'underlay-opacity': 0.3, 'underlay-padding': 3, opacity: 1, 'z-index': 12 } as never },
    { selector: '.spot-faded', style: { opacity: 0.22 } },
    { selector: '.dim', style: { opacity: 0.12 } },
    // A label the canvas's placement leaves out (it would overlap a better-connected one); the tooltip still names the node.
    { selector: 'node.label-off', style: { label: '' } },
    // A large map's filters and selections change it at once: a fade's every frame redraws every element.
    { selector: '.quiet', style: { 'transition-property': 'none', 'transition-duration': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;
}
