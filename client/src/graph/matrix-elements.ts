/**
 * The system matrix as Cytoscape elements with preset positions: levels as
 * rows, sectors as columns grouped under their ministries (seed 003's table,
 * live). Column widths follow the longest label in the column, row heights the
 * fullest cell in the row, so nothing overlaps. Headers and cell backgrounds
 * are non-interactive nodes.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorRef, MatrixCell, Subgraph, SystemMatrix } from '../api/index.ts';
import { localName, type Lang } from '../i18n/index.ts';
import { primaryKind, edgeWidth } from './elements.ts';
import { COORDINATION_STYLES, NO_SECTOR_COLOR, shade, textOn, tint, UI } from './palette.ts';

/** Sizes in model units (the canvas zooms to fit). */
export const MATRIX_METRICS = {
  font: 13,
  rowHeaderWidth: 128,
  minColWidth: 104,
  maxColWidth: 176,
  gap: 6,
  pillHeight: 26,
  lineHeight: 16,
  pillGap: 6,
  cellPad: 10,
  ministryHeight: 58,
  sectorHeight: 40,
} as const;

/** Estimated width of a label in model units (no DOM: a generous average glyph width). */
export function estimateTextWidth(text: string, font: number = MATRIX_METRICS.font): number {
  return text.length * font * 0.6;
}

/** The label an actor gets in a cell: its abbreviation, else its name. */
export function actorLabel(a: Pick<ActorRef, 'name' | 'abbreviation'>): string {
  return a.abbreviation?.trim() || a.name;
}

/** What a cell draws: its groups (level of detail), then the actors in no group; all its actors when it has no groups. */
export type CellItem = { group: true; id: string; label: string; kind: string | null; memberCount: number } | { group: false; actor: ActorRef };

export function cellItems(cell: MatrixCell): CellItem[] {
  const groups = cell.groups ?? [];
  if (groups.length === 0) return cell.actors.map((actor) => ({ group: false, actor }));
  const loose = new Set((cell.ungrouped ?? []).map((a) => a.id));
  return [
    ...groups.map((g): CellItem => ({ group: true, id: g.id, label: g.label, kind: g.kind, memberCount: g.memberCount })),
    ...cell.actors.filter((a) => loose.has(a.id)).map((actor): CellItem => ({ group: false, actor })),
  ];
}

const itemLabel = (item: CellItem) => (item.group ? item.label : actorLabel(item.actor));

/** Most pills a cell draws; past it the last pill counts the rest, which the view lists on a click. */
export const CELL_MAX = 5;

/** Ref of a cell's "+ n more" pill: `more:<levelId>|<sectorId>`. */
export function moreRef(levelId: string, sectorId: string): string {
  return `more:${levelId}|${sectorId}`;
}

/** A matrix at level of detail (the server grouped some cell): then cells are capped, else (the seeds) drawn whole. */
export function isLarge(matrix: SystemMatrix): boolean {
  return matrix.cells.some((c) => (c.groups ?? []).length > 0);
}

/** The items a cell draws (at most CELL_MAX in a large matrix) and those it counts in its "more" pill. */
export function visibleItems(cell: MatrixCell, large = true): { shown: CellItem[]; hidden: CellItem[] } {
  const items = cellItems(cell);
  if (!large || items.length <= CELL_MAX) return { shown: items, hidden: [] };
  return { shown: items.slice(0, CELL_MAX - 1), hidden: items.slice(CELL_MAX - 1) };
}

/** Most unplaced actors the "other" row lists one by one; the rest are counted in one pill. */
export const OTHER_ROW_MAX = 48;

function linesFor(label: string, width: number): number {
  const inner = width - 16;
  return Math.min(3, Math.max(1, Math.ceil(estimateTextWidth(label) / inner)));
}

export interface MatrixColumn {
  sectorId: string;
  x: number;
  width: number;
}
export interface MatrixRow {
  levelId: string;
  y: number;
  height: number;
}
export interface MatrixGeometry {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  ministries: { key: string; label: string; x: number; width: number }[];
  /** Top of the first row, below the headers. */
  top: number;
  width: number;
  height: number;
}

/** Columns, rows and ministry spans of the matrix (pure; positions are of box corners). */
export function matrixGeometry(matrix: SystemMatrix, otherRow: readonly unknown[] = []): MatrixGeometry {
  const m = MATRIX_METRICS;
  const columns: MatrixColumn[] = [];
  let x = m.rowHeaderWidth + m.gap;
  for (const s of matrix.sectors) {
    const labels = matrix.cells.filter((c) => c.sector.id === s.id).flatMap((c) => cellItems(c).map(itemLabel));
    const widest = Math.max(estimateTextWidth(s.name), estimateTextWidth(s.nameEn), ...labels.map((l) => estimateTextWidth(l)));
    const width = Math.round(Math.min(m.maxColWidth, Math.max(m.minColWidth, widest + 20)));
    columns.push({ sectorId: s.id, x, width });
    x += width + m.gap;
  }
  const width = x - m.gap;

  const ministries: MatrixGeometry['ministries'] = [];
  matrix.sectors.forEach((s, i) => {
    const key = s.ministry?.id ?? `none:${s.id}`;
    const last = ministries[ministries.length - 1];
    const col = columns[i];
    if (last && last.key === key) last.width = col.x + col.width - last.x;
    else ministries.push({ key, label: s.ministry?.name ?? '', x: col.x, width: col.width });
  });

  const top = m.ministryHeight + m.gap + m.sectorHeight + m.gap;
  const large = isLarge(matrix);
  const rows: MatrixRow[] = [];
  let y = top;
  const levels = [...matrix.levels].sort((a, b) => a.rank - b.rank);
  for (const level of levels) {
    let content: number = m.pillHeight;
    for (const cell of matrix.cells.filter((c) => c.level.id === level.id)) {
      const col = columns.find((c) => c.sectorId === cell.sector.id);
      if (!col) continue;
      const { shown, hidden } = visibleItems(cell, large);
      const h = shown.reduce((sum, item) => sum + pillHeight(itemLabel(item), col.width) + m.pillGap, -m.pillGap) + (hidden.length ? m.pillHeight + m.pillGap : 0);
      content = Math.max(content, h);
    }
    const height = content + 2 * m.cellPad;
    rows.push({ levelId: level.id, y, height });
    y += height + m.gap;
  }
  if (otherRow.length > 0) {
    const perRow = Math.max(1, Math.floor((width - m.rowHeaderWidth - m.gap) / (m.maxColWidth + m.gap)));
    const lines = Math.ceil(otherRow.length / perRow);
    const height = lines * (m.pillHeight + m.pillGap) - m.pillGap + 2 * m.cellPad;
    rows.push({ levelId: 'other', y, height });
    y += height + m.gap;
  }
  return { columns, rows, ministries, top, width, height: y - m.gap };
}

function pillHeight(label: string, colWidth: number): number {
  const lines = linesFor(label, colWidth - 2 * MATRIX_METRICS.cellPad);
  return MATRIX_METRICS.pillHeight + (lines - 1) * MATRIX_METRICS.lineHeight;
}

/** Id of an actor's element in a cell. */
export function matrixActorId(levelId: string, sectorId: string, actorId: string): string {
  return `mx:a:${levelId}|${sectorId}|${actorId}`;
}

export interface MatrixOptions {
  colors: Map<string, string>;
  lang: Lang;
  /** The coordination network: gives actors their documents, edges for "show links", and the "other" row. */
  network?: Subgraph | null;
  showLinks: boolean;
  otherLabel: string;
  /** Groups of unplaced actors (from an aggregated overview), drawn in the "other" row. */
  otherGroups?: { id: string; label: string; memberCount: number }[];
  /** Label of the pill counting the unplaced actors not listed, e.g. "+ 3 200 til". */
  moreLabel?(n: number): string;
}

/** The matrix as elements with positions. */
export function matrixElements(matrix: SystemMatrix, opts: MatrixOptions): ElementDefinition[] {
  const m = MATRIX_METRICS;
  const inMatrix = new Set(matrix.cells.flatMap((c) => c.actors.map((a) => a.id)));
  const networkData = new Map((opts.network?.nodes ?? []).map((n) => [n.id, n.data]));
  const unplaced = (opts.network?.nodes ?? []).filter((n) => n.data.type === 'Actor' && !inMatrix.has(n.id));
  // At national scale thousands of bodies sit in no cell: list the best connected, count the rest.
  const listed = unplaced.length > OTHER_ROW_MAX ? [...unplaced].sort((a, b) => b.data.degree - a.data.degree || (a.id < b.id ? -1 : 1)).slice(0, OTHER_ROW_MAX) : unplaced;
  const other: ActorRef[] = listed
    .map((n) => ({ id: n.id, name: n.data.name, abbreviation: n.data.label !== n.data.name ? n.data.label : null, kind: n.data.kind ?? 'OTHER' }))
    .sort((a, b) => actorLabel(a).localeCompare(actorLabel(b), 'nb'));
  const hidden = unplaced.length - listed.length;
  const otherGroups = opts.otherGroups ?? [];
  const otherCount = other.length + otherGroups.length + (hidden > 0 ? 1 : 0);
  const g = matrixGeometry(matrix, Array.from({ length: otherCount }));
  const large = isLarge(matrix);
  const out: ElementDefinition[] = [];
  const box = (id: string, classes: string, x: number, y: number, w: number, h: number, data: Record<string, unknown>) =>
    out.push({ group: 'nodes', data: { id, w, h, ...data }, position: { x: x + w / 2, y: y + h / 2 }, classes, selectable: false, grabbable: false });

  // Headers.
  for (const [i, mi] of g.ministries.entries()) {
    box(`mx:min:${i}`, 'mx-header mx-ministry', mi.x, 0, mi.width, m.ministryHeight, { label: mi.label, tw: mi.width - 12 });
  }
  const sectorById = new Map(matrix.sectors.map((s) => [s.id, s]));
  for (const col of g.columns) {
    const s = sectorById.get(col.sectorId)!;
    const color = opts.colors.get(s.id) ?? NO_SECTOR_COLOR;
    box(`mx:sec:${s.id}`, 'mx-header mx-sector', col.x, m.ministryHeight + m.gap, col.width, m.sectorHeight, {
      label: localName(s, opts.lang), tw: col.width - 10, color, textColor: textOn(color), ref: s.id,
    });
  }
  const levelById = new Map(matrix.levels.map((l) => [l.id, l]));
  for (const [i, row] of g.rows.entries()) {
    const level = levelById.get(row.levelId);
    const label = level ? localName(level, opts.lang) : opts.otherLabel;
    box(`mx:lvl:${row.levelId}`, 'mx-header mx-level', 0, row.y, m.rowHeaderWidth, row.height, { label, tw: m.rowHeaderWidth - 16 });
    if (row.levelId === 'other') {
      box('mx:cell:other', 'mx-cell', m.rowHeaderWidth + m.gap, row.y, g.width - m.rowHeaderWidth - m.gap, row.height, { color: i % 2 ? UI.cellB : UI.cellA });
      continue;
    }
    for (const col of g.columns) {
      box(`mx:cell:${row.levelId}|${col.sectorId}`, 'mx-cell', col.x, row.y, col.width, row.height, { color: i % 2 ? UI.cellB : UI.cellA });
    }
  }

  // Actors, stacked in their cells.
  const primary = new Map<string, string>();
  const rowOf = new Map(g.rows.map((r) => [r.levelId, r]));
  const colOf = new Map(g.columns.map((c) => [c.sectorId, c]));
  const pill = (id: string, a: ActorRef, x: number, y: number, w: number, h: number, levelId: string | null, sectorId: string | null) => {
    const nd = networkData.get(a.id);
    const color = sectorId ? opts.colors.get(sectorId) ?? NO_SECTOR_COLOR : nd?.sector ? opts.colors.get(nd.sector) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
    if (!primary.has(a.id)) primary.set(a.id, id);
    out.push({
      group: 'nodes',
      data: {
        id, ref: a.id, type: 'Actor', label: actorLabel(a), name: a.name, kind: a.kind,
        sector: sectorId ?? nd?.sector ?? null,
        sectorIds: sectorId ? [sectorId] : nd?.sectorIds ?? [],
        levelIds: levelId ? [levelId] : nd?.levelIds ?? [],
        levelRank: levelId ? levelById.get(levelId)?.rank ?? null : nd?.levelRank ?? null,
        documentIds: nd?.documentIds ?? [],
        color: tint(color, 0.82), borderColor: shade(color, 0.1), textColor: '#111827', w, h, tw: w - 14,
      },
      position: { x: x + w / 2, y: y + h / 2 },
      classes: `mx-actor node-actor kind-${a.kind}`,
      grabbable: false,
    });
  };
  /** A group of actors in one pill, labelled with its count; its ref is the group id (members in the group panel). */
  const groupPill = (id: string, item: { id: string; label: string; kind: string | null; memberCount: number }, x: number, y: number, w: number, h: number, levelId: string | null, sectorId: string | null, docs: string[]) => {
    const color = sectorId ? opts.colors.get(sectorId) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
    out.push({
      group: 'nodes',
      data: {
        id, ref: item.id, type: 'Group', label: item.label, name: item.label, kind: item.kind, memberCount: item.memberCount,
        sector: sectorId, sectorIds: sectorId ? [sectorId] : [], levelIds: levelId ? [levelId] : [],
        levelRank: levelId ? levelById.get(levelId)?.rank ?? null : null, documentIds: docs,
        color: tint(color, 0.6), borderColor: shade(color, 0.3), textColor: '#111827', w, h, tw: w - 14,
      },
      position: { x: x + w / 2, y: y + h / 2 },
      classes: `mx-actor mx-group${item.kind ? ` kind-${item.kind}` : ''}`,
      grabbable: false,
    });
  };
  for (const cell of matrix.cells) {
    const row = rowOf.get(cell.level.id);
    const col = colOf.get(cell.sector.id);
    if (!row || !col) continue;
    const w = col.width - 2 * m.cellPad;
    let y = row.y + m.cellPad;
    const docs = [...new Set(cell.evidence.map((e) => e.document.id))];
    const { shown, hidden } = visibleItems(cell, large);
    for (const item of shown) {
      const h = pillHeight(itemLabel(item), col.width);
      if (item.group) {
        groupPill(`mx:g:${cell.level.id}|${cell.sector.id}|${item.id}`, item, col.x + m.cellPad, y, w, h, cell.level.id, cell.sector.id, docs);
      } else {
        const a = item.actor;
        pill(matrixActorId(cell.level.id, cell.sector.id, a.id), a, col.x + m.cellPad, y, w, h, cell.level.id, cell.sector.id);
        const el = out[out.length - 1];
        const nd = networkData.get(a.id);
        el.data.documentIds = [...new Set([...(nd?.documentIds ?? []), ...docs])].sort();
      }
      y += h + m.pillGap;
    }
    if (hidden.length > 0) {
      const label = opts.moreLabel ? opts.moreLabel(hidden.length) : `+ ${hidden.length}`;
      out.push({
        group: 'nodes',
        data: { id: `mx:more:${cell.level.id}|${cell.sector.id}`, ref: moreRef(cell.level.id, cell.sector.id), label, w, h: m.pillHeight, tw: w - 14, color: UI.cellA, borderColor: '#6B7280', textColor: '#1F2937', sectorIds: [cell.sector.id], levelIds: [cell.level.id] },
        position: { x: col.x + m.cellPad + w / 2, y: y + m.pillHeight / 2 },
        classes: 'mx-actor mx-more',
        grabbable: false,
      });
    }
  }
  const otherRow = rowOf.get('other');
  if (otherRow) {
    const w = m.maxColWidth - 2 * m.cellPad;
    const perRow = Math.max(1, Math.floor((g.width - m.rowHeaderWidth - m.gap) / (m.maxColWidth + m.gap)));
    const at = (i: number) => ({
      x: m.rowHeaderWidth + m.gap + (i % perRow) * (m.maxColWidth + m.gap) + m.cellPad,
      y: otherRow.y + m.cellPad + Math.floor(i / perRow) * (m.pillHeight + m.pillGap),
    });
    otherGroups.forEach((grp, i) => {
      const p = at(i);
      groupPill(`mx:g:other|${grp.id}`, { ...grp, kind: null }, p.x, p.y, w, m.pillHeight, null, null, []);
    });
    other.forEach((a, j) => {
      const p = at(otherGroups.length + j);
      pill(`mx:a:other|${a.id}`, a, p.x, p.y, w, m.pillHeight, null, null);
    });
    if (hidden > 0) {
      const p = at(otherGroups.length + other.length);
      const label = opts.moreLabel ? opts.moreLabel(hidden) : `+ ${hidden}`;
      out.push({ group: 'nodes', data: { id: 'mx:more:other', label, w, h: m.pillHeight, tw: w - 14, color: UI.cellA, borderColor: '#9CA3AF', textColor: '#374151', inert: true }, position: { x: p.x + w / 2, y: p.y + m.pillHeight / 2 }, classes: 'mx-actor mx-more', selectable: false, grabbable: false });
    }
  }

  // Coordination links between each actor's first cell.
  if (opts.showLinks && opts.network) {
    for (const e of opts.network.edges) {
      const s = primary.get(e.source);
      const t = primary.get(e.target);
      if (!s || !t || s === t) continue;
      const pk = primaryKind(e.data.kinds);
      out.push({
        group: 'edges',
        data: {
          id: `mx:e:${e.id}`, ref: e.id, source: s, target: t, type: e.data.type, kinds: e.data.kinds, primaryKind: pk,
          weight: e.data.weight, width: edgeWidth(e.data.weight), lineStyle: pk ? COORDINATION_STYLES[pk].lineStyle : 'solid', dash: pk ? COORDINATION_STYLES[pk].dash : [],
          documentIds: e.data.documentIds,
        },
        classes: `edge-coord mx-link${pk ? ` coord-${pk}` : ''}`,
      });
    }
  }
  return out;
}
