/**
 * The canvas stylesheet, as data. Colours, shapes, widths and line styles are
 * read from element data (set by the pure element builders), so this file
 * only says how data becomes pixels. `fontScale` enlarges every label for a
 * projector.
 */
import type { StylesheetJson } from 'cytoscape';
import { UI } from './palette.ts';

export const FONT_STACK = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export interface StyleOptions {
  fontScale: number;
}

/** The stylesheet for all three views. */
export function buildStylesheet({ fontScale }: StyleOptions): StylesheetJson {
  const f = (px: number) => Math.round(px * fontScale * 10) / 10;
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
      },
    },
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
    { selector: '.dim', style: { opacity: 0.12 } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;
}
