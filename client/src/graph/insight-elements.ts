/**
 * Canvas elements for the "brokers and gaps" view. Brokers: the coordination
 * network with node size by betweenness (on demand) and the leading brokers
 * ringed. Gaps: the sectors in a circle, linked by the number of coordination
 * links between their bodies, with a dashed red edge where two sectors never
 * meet. Unclear responsibility: the measures graph with the flagged measures
 * marked. Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Broker, ResponsibilityFlag, SectorGapMatrix } from '../api/index.ts';
import { localName, type Lang } from '../i18n/index.ts';
import { NO_SECTOR_COLOR, shade, textOn } from './palette.ts';

/** How many of the best brokers are ringed. */
export const TOP_BROKERS = 5;

/** Node size from betweenness, relative to the largest: 28 to 92 model units. */
export function brokerSize(betweenness: number, max: number): number {
  if (max <= 0 || betweenness <= 0) return 28;
  return Math.round(28 + 64 * Math.sqrt(betweenness / max));
}

/** The leading brokers: those with any betweenness, best first, at most `n`. */
export function topBrokers(brokers: readonly Broker[], n: number = TOP_BROKERS): Broker[] {
  return brokers.filter((b) => b.betweenness > 0).slice(0, n);
}

/** Network elements with brokers ringed and, for `sizeBy: 'betweenness'`, sized by betweenness. */
export function withBrokers(elements: readonly ElementDefinition[], brokers: readonly Broker[], sizeBy: 'degree' | 'betweenness'): ElementDefinition[] {
  const byId = new Map(brokers.map((b) => [b.actor.id, b]));
  const max = Math.max(0, ...brokers.map((b) => b.betweenness));
  const top = new Set(topBrokers(brokers).map((b) => b.actor.id));
  return elements.map((el) => {
    if (el.group !== 'nodes' || el.data.type !== 'Actor') return el;
    const id = el.data.id as string;
    const classes = top.has(id) ? `${el.classes ?? ''} broker`.trim() : el.classes;
    if (sizeBy !== 'betweenness') return { ...el, classes };
    const size = brokerSize(byId.get(id)?.betweenness ?? 0, max);
    return { ...el, classes, data: { ...el.data, w: size, h: size } };
  });
}

export interface GapElementOptions {
  colors: Map<string, string>;
  lang: Lang;
}

const pairId = (kind: string, a: string, b: string) => `${kind}:${a < b ? `${a}|${b}` : `${b}|${a}`}`;

/** The sectors in a circle, linked by their coordination counts; gaps as dashed red edges. */
export function sectorGapElements(matrix: SectorGapMatrix, opts: GapElementOptions): ElementDefinition[] {
  const n = matrix.sectors.length;
  const radius = Math.max(220, n * 42);
  const out: ElementDefinition[] = [];
  matrix.sectors.forEach((s, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    const color = opts.colors.get(s.id) ?? NO_SECTOR_COLOR;
    const label = localName(s, opts.lang);
    out.push({
      group: 'nodes',
      data: {
        id: s.id, ref: s.id, type: 'Sector', label, name: s.name, color, borderColor: shade(color, 0.35), textColor: textOn(color),
        shape: 'round-rectangle', w: Math.max(96, label.length * 8.5 + 24), h: 46, tw: 150, sector: s.id, sectorIds: [s.id], levelIds: [], documentIds: [],
      },
      position: { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) },
      classes: 'sector-node',
    });
  });
  for (const c of matrix.cells) {
    if (c.a.id === c.b.id || c.links === 0) continue;
    const id = pairId('sector-link', c.a.id, c.b.id);
    out.push({
      group: 'edges',
      data: { id, ref: id, source: c.a.id, target: c.b.id, type: 'SECTOR_LINK', kinds: [], weight: c.links, width: Math.min(12, 1.5 + 1.6 * c.links), label: String(c.links), inert: true },
      classes: 'sector-link',
    });
  }
  for (const g of matrix.gaps) {
    const id = pairId('sector-gap', g.a.id, g.b.id);
    out.push({
      group: 'edges',
      data: { id, ref: id, source: g.a.id, target: g.b.id, type: 'NO_COORDINATION', kinds: [], weight: 0, width: 2, inert: true },
      classes: 'edge-missing sector-gap',
    });
  }
  return out;
}

/** Measures-graph elements with the flagged measures (and the owners the flags are about) marked. */
export function withFlags(elements: readonly ElementDefinition[], flags: readonly ResponsibilityFlag[]): ElementDefinition[] {
  const measures = new Set(flags.map((f) => f.measure.id));
  return elements.map((el) => (el.group === 'nodes' && measures.has(el.data.id as string) ? { ...el, classes: `${el.classes ?? ''} flagged`.trim() } : el));
}
