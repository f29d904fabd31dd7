/**
 * One overlapping pair on the canvas: the two efforts side by side, each under
 * its owners, the overlap between the efforts, and between the two sides'
 * owners either the coordination link the sources give or, where there is
 * none, a dashed red "no coordination found" edge: the gap made visible.
 * Positions are preset (no layout run), so the picture is the same each time.
 * Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorRef, Coordination, Effort, GraphNodeData, Overlap, Subgraph } from '../api/index.ts';
import { crossOwnerPairs, effortLabel, effortOwners, effortTitle } from '../analysis/index.ts';
import { edgeWidth, primaryKind } from './elements.ts';
import { COORDINATION_STYLES, KIND_SHAPES, NO_SECTOR_COLOR, shade, STATUS_COLORS, textOn } from './palette.ts';

/** Colours of the overlap's own marks. */
export const OVERLAP_COLORS = {
  overlap: '#B45309',
  missing: '#C2410C',
  initiative: '#F5F3FF',
  initiativeBorder: '#5B21B6',
} as const;

export interface OverlapLabels {
  /** Label of the edge between the efforts, e.g. "overlapp 45 %". */
  overlap(percent: number): string;
  /** Label of an owner link found in the sources, e.g. "samarbeider (3 belegg)". */
  link(weight: number): string;
  /** Label of a missing owner link. */
  noLink: string;
}

export interface OverlapElementOptions {
  colors: Map<string, string>;
  /** The coordination network, for the owners' sectors and kinds and the links' ids. */
  network: Subgraph | null;
  labels: OverlapLabels;
  /** The canvas's font scale, so the efforts' boxes grow with their labels. */
  textScale?: number;
}

const EFFORT_W = 230;
const ROW_EFFORTS = 220;
const ROW_OWNERS = 0;
const SIDE_X = 290;
const SPACING = 150;

/** Id of the "no coordination found" edge between two owners. */
export function missingLinkId(a: string, b: string): string {
  return a < b ? `missing:${a}|${b}` : `missing:${b}|${a}`;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Lines a label wraps to in a box `width` wide at `font` (a generous average glyph width; no DOM). */
export function wrappedLines(label: string, width: number, font: number): number {
  const perLine = Math.max(6, Math.floor(width / (font * 0.6)));
  let lines = 0;
  for (const para of label.split('\n')) {
    lines++;
    let len = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (len > 0 && len + 1 + word.length > perLine) {
        lines++;
        len = word.length;
      } else len += (len > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

function effortNode(e: Effort, x: number, scale: number): ElementDefinition {
  const isMeasure = e.__typename === 'Measure';
  const status = isMeasure ? e.status : null;
  const color = status ? STATUS_COLORS[status] : OVERLAP_COLORS.initiative;
  const label = isMeasure ? `${effortLabel(e)}\n${shorten(effortTitle(e), 56)}` : shorten(effortTitle(e), 64);
  const font = 15 * scale;
  const lines = wrappedLines(label, EFFORT_W - 20, font);
  return {
    group: 'nodes',
    data: {
      id: e.id, ref: e.id, type: e.__typename, label, name: effortTitle(e), status,
      kind: null, sector: null, sectorIds: [], levelIds: [], documentIds: [], degree: 0,
      color, borderColor: status ? (status === 'UNKNOWN' ? '#6B7280' : shade(color, 0.35)) : OVERLAP_COLORS.initiativeBorder,
      textColor: textOn(color), shape: 'round-rectangle', w: EFFORT_W, h: Math.round(Math.max(58, 22 + lines * font * 1.3)), tw: EFFORT_W - 20, short: effortLabel(e),
    },
    position: { x, y: ROW_EFFORTS },
    classes: `node-effort node-${e.__typename.toLowerCase()}${status ? ` status-${status}` : ''}`,
  };
}

function ownerNode(a: ActorRef, x: number, y: number, ctx: OverlapElementOptions, byId: Map<string, GraphNodeData>): ElementDefinition {
  const d = byId.get(a.id);
  // The owner's own sectors and levels when the answer has them (the overlap view asks for them), else the network's.
  const sectorIds = a.sectors ? a.sectors.map((x) => x.id) : (d?.sectorIds ?? []);
  // The server's rule for a node's colour (graph/query/subgraph.ts nodeData): the first of its sectors by id.
  const sector = a.sectors ? ([...sectorIds].sort()[0] ?? null) : (d?.sector ?? null);
  const levelIds = a.levels ? a.levels.map((x) => x.id) : (d?.levelIds ?? []);
  const levelRank = a.levels ? (a.levels.length ? Math.min(...a.levels.map((x) => x.rank)) : null) : (d?.levelRank ?? null);
  const sectorColor = sector ? ctx.colors.get(sector) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
  return {
    group: 'nodes',
    data: {
      id: a.id, ref: a.id, type: 'Actor', label: a.abbreviation || a.name, name: a.name, kind: a.kind, status: null,
      sector, sectorIds, levelIds, levelRank,
      documentIds: d?.documentIds ?? [], degree: d?.degree ?? 0,
      color: sectorColor, borderColor: shade(sectorColor, 0.35), textColor: '#1F2937',
      shape: KIND_SHAPES[a.kind] ?? 'ellipse', w: 46, h: 46,
    },
    position: { x, y },
    classes: `node-actor kind-${a.kind} node-owner`,
  };
}

/** x positions of n owners centred on `cx`. */
function spread(n: number, cx: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.round(cx + (i - (n - 1) / 2) * SPACING));
}

/** Owners of one side: one row, or two staggered rows when there are many. */
function placeSide(owners: readonly ActorRef[], cx: number): { actor: ActorRef; x: number; y: number }[] {
  if (owners.length <= 3) return spread(owners.length, cx).map((x, i) => ({ actor: owners[i], x, y: ROW_OWNERS }));
  const front = owners.filter((_, i) => i % 2 === 0);
  const back = owners.filter((_, i) => i % 2 === 1);
  return [
    ...spread(front.length, cx).map((x, i) => ({ actor: front[i], x, y: ROW_OWNERS })),
    ...spread(back.length, cx).map((x, i) => ({ actor: back[i], x: x + SPACING / 2, y: ROW_OWNERS - 120 })),
  ];
}

/** The elements of one overlapping pair, with positions. */
export function overlapElements(pair: Overlap, coordination: readonly Coordination[], ctx: OverlapElementOptions): ElementDefinition[] {
  const byId = new Map((ctx.network?.nodes ?? []).map((n) => [n.id, n.data]));
  const ownersA = effortOwners(pair.a);
  const ownersB = effortOwners(pair.b);
  const idsB = new Set(ownersB.map((o) => o.id));
  const shared = ownersA.filter((o) => idsB.has(o.id));
  const sharedIds = new Set(shared.map((o) => o.id));
  const onlyA = ownersA.filter((o) => !sharedIds.has(o.id));
  const onlyB = ownersB.filter((o) => !sharedIds.has(o.id));

  const scale = ctx.textScale ?? 1;
  const out: ElementDefinition[] = [effortNode(pair.a, -SIDE_X, scale), effortNode(pair.b, SIDE_X, scale)];
  const placed = [
    ...placeSide(onlyA, -SIDE_X),
    ...placeSide(onlyB, SIDE_X),
    ...spread(shared.length, 0).map((x, i) => ({ actor: shared[i], x, y: ROW_OWNERS - 150 })),
  ];
  for (const p of placed) out.push(ownerNode(p.actor, p.x, p.y, ctx, byId));

  const ownerEdge = (owner: ActorRef, effort: Effort) => {
    const type = effort.__typename === 'Measure' ? 'RESPONSIBLE_FOR' : 'LEADS';
    out.push({
      group: 'edges',
      data: { id: `${owner.id}-[${type}]->${effort.id}`, ref: `${owner.id}-[${type}]->${effort.id}`, source: owner.id, target: effort.id, type, kinds: [], weight: 1, width: 2, lineStyle: 'solid', dash: [], documentIds: [] },
      classes: 'edge-responsible',
    });
  };
  for (const o of ownersA) ownerEdge(o, pair.a);
  for (const o of ownersB) ownerEdge(o, pair.b);

  out.push({
    group: 'edges',
    data: {
      id: 'overlap:pair', ref: 'overlap:pair', source: pair.a.id, target: pair.b.id, type: 'OVERLAP', kinds: [], weight: 1,
      width: 3 + 7 * pair.score, label: ctx.labels.overlap(Math.round(pair.score * 100)), inert: true,
    },
    classes: 'edge-overlap',
  });

  // Owners across the sides: the link the sources give, or its absence.
  const networkEdges = new Map(
    (ctx.network?.edges ?? []).filter((e) => e.data.type === 'COORDINATES_WITH').map((e) => [[e.source, e.target].sort().join('|'), e.id]),
  );
  const crosses = crossOwnerPairs(ownersA, ownersB);
  // With many owner pairs, one label of each kind says it; the rest of the lines repeat it.
  let linkLabelled = false;
  let missingLabelled = false;
  crosses.forEach(([x, y], i) => {
    const c = coordination.find((k) => (k.source.id === x.id && k.target.id === y.id) || (k.source.id === y.id && k.target.id === x.id));
    const arc = -(60 + 36 * i);
    if (c) {
      const pk = primaryKind(c.kinds);
      const style = pk ? COORDINATION_STYLES[pk] : null;
      linkLabelled = true;
      const ref = networkEdges.get([x.id, y.id].sort().join('|')) ?? `${[x.id, y.id].sort()[0]}-[COORDINATES_WITH]->${[x.id, y.id].sort()[1]}`;
      out.push({
        group: 'edges',
        data: {
          id: ref, ref, source: x.id, target: y.id, type: 'COORDINATES_WITH', kinds: c.kinds, primaryKind: pk, weight: c.weight,
          width: edgeWidth(c.weight) + 1, lineStyle: style?.lineStyle ?? 'solid', dash: style?.dash ?? [], arc,
          ...(crosses.length <= 2 || !linkLabelled ? { label: ctx.labels.link(c.weight) } : {}),
        },
        classes: `edge-coord edge-owner-link${pk ? ` coord-${pk}` : ''}`,
      });
    } else {
      const id = missingLinkId(x.id, y.id);
      const label = crosses.length <= 2 || !missingLabelled ? { label: ctx.labels.noLink } : {};
      missingLabelled = true;
      out.push({
        group: 'edges',
        data: { id, ref: id, source: x.id, target: y.id, type: 'NO_COORDINATION', kinds: [], weight: 0, width: 3, ...label, arc, inert: true },
        classes: 'edge-missing edge-owner-link',
      });
    }
  });
  return out;
}

/** The owner pairs of an overlap that the sources link, and those they do not. */
export function ownerLinks(pair: Overlap, coordination: readonly Coordination[]): { linked: [ActorRef, ActorRef][]; missing: [ActorRef, ActorRef][] } {
  const ownersA = effortOwners(pair.a);
  const ownersB = effortOwners(pair.b);
  const linked: [ActorRef, ActorRef][] = [];
  const missing: [ActorRef, ActorRef][] = [];
  for (const [x, y] of crossOwnerPairs(ownersA, ownersB)) {
    const has = coordination.some((k) => (k.source.id === x.id && k.target.id === y.id) || (k.source.id === y.id && k.target.id === x.id));
    (has ? linked : missing).push([x, y]);
  }
  return { linked, missing };
}
