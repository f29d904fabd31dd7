/**
 * Colours and shapes of the explorer, as data. Sector colours come from the
 * Okabe–Ito palette (extended with Paul Tol's muted colours), status colours
 * are a lightness ramp plus a distinct vermillion for "delayed", so both stay
 * readable for colour-blind viewers. Text colours are checked for WCAG AA.
 */
import type { ActorKind, CoordinationKind, MeasureStatus } from '../api/index.ts';

/** Okabe–Ito, then Tol muted: distinct for the common forms of colour blindness. */
export const SECTOR_PALETTE: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#882255', // wine
  '#999933', // olive
  '#332288', // indigo
  '#44AA99', // teal
  '#AA4499', // purple
];

/** The colour of nodes that belong to no sector. */
export const NO_SECTOR_COLOR = '#9CA3AF';

/** Status colours: progress from sand to blue to green, vermillion for delay, grey when unknown. */
export const STATUS_COLORS: Record<MeasureStatus, string> = {
  NOT_STARTED: '#DDCC77',
  STARTED: '#A6CEE3',
  IN_PROGRESS: '#56B4E9',
  ON_TRACK: '#0072B2',
  COMPLETED: '#117733',
  DELAYED: '#D55E00',
  UNKNOWN: '#E5E7EB',
};

/** Node shapes by actor kind (Cytoscape shape names). */
export const KIND_SHAPES: Record<ActorKind, string> = {
  MINISTRY: 'round-rectangle',
  DIRECTORATE: 'ellipse',
  REGIONAL_STATE: 'diamond',
  COUNTY: 'hexagon',
  MUNICIPAL_SERVICE: 'round-triangle',
  MUNICIPALITY: 'rectangle',
  COUNTY_MUNICIPALITY: 'concave-hexagon',
  ORGANISATION: 'octagon',
  OMBUDSMAN: 'star',
  OTHER: 'round-tag',
};

/** Line styles by coordination kind, strongest first (the order decides an edge's primary kind). */
export const COORDINATION_STYLES: Record<CoordinationKind, { lineStyle: 'solid' | 'dashed' | 'dotted'; dash: number[] }> = {
  SHARED_RESPONSIBILITY: { lineStyle: 'solid', dash: [] },
  LEADS_OR_COORDINATES: { lineStyle: 'dashed', dash: [12, 4, 2, 4] },
  JOINT_WORK: { lineStyle: 'dashed', dash: [7, 4] },
  SAME_INITIATIVE: { lineStyle: 'dotted', dash: [2, 4] },
};

export const COORDINATION_PRIORITY: readonly CoordinationKind[] = [
  'SHARED_RESPONSIBILITY',
  'LEADS_OR_COORDINATES',
  'JOINT_WORK',
  'SAME_INITIATIVE',
];

/** UI colours shared by the canvas stylesheet and the CSS. */
export const UI = {
  text: '#1F2937',
  muted: '#4B5563',
  accent: '#1D4ED8',
  path: '#B45309',
  edge: '#6B7280',
  border: '#D1D5DB',
  canvas: '#FFFFFF',
  header: '#F3F4F6',
  cellA: '#FAFAFB',
  cellB: '#F3F5F8',
} as const;

/** Colour of each sector id, by the sectors' order. */
export function sectorColors(sectorIds: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  sectorIds.forEach((id, i) => map.set(id, SECTOR_PALETTE[i % SECTOR_PALETTE.length]));
  return map;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or white text, whichever reads better on `bg`. */
export function textOn(bg: string): string {
  return contrast(bg, '#111827') >= contrast(bg, '#FFFFFF') ? '#111827' : '#FFFFFF';
}

/** Mixes `hex` with white: amount 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = rgb(hex);
  const m = (c: number) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  return `#${m(r)}${m(g)}${m(b)}`.toUpperCase();
}

/** Mixes `hex` with black: amount 0 is the colour, 1 is black. */
export function shade(hex: string, amount: number): string {
  const [r, g, b] = rgb(hex);
  const m = (c: number) => Math.round(c * (1 - amount)).toString(16).padStart(2, '0');
  return `#${m(r)}${m(g)}${m(b)}`.toUpperCase();
}
