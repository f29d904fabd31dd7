/**
 * The system matrix as Cytoscape elements with preset positions: levels as
 * rows, sectors as columns grouped under their ministries (seed 003's table,
 * live). Headers and cell backgrounds are non-interactive nodes.
 *
 * The geometry follows the screen (issue 14.3 and 14.5): it is laid out for
 * the canvas's size in screen pixels, so that fitting the whole matrix keeps
 * the zoom near 1 and every label at its own size (13 px, larger with "Store
 * tekster" or in a presentation). Column widths are shared out where they
 * save the most height; names wrap inside their boxes (lines broken here, so
 * the box drawn is the box measured); a ministry whose name does not fit its
 * columns in two lines shows its short name, with the full name on hover;
 * and a cell holding more than fits shows its first items and a "+ n more"
 * pill that lists the rest. On the seeds every body stays in its cell unless
 * the screen is too small to keep the labels readable.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorRef, MatrixCell, Subgraph, SystemMatrix } from '../api/index.ts';
import { localName, type Lang } from '../i18n/index.ts';
import { primaryKind, edgeWidth } from './elements.ts';
import { estimateMeasure, linesWidth, widestPiece, wrapText, type Measure } from './matrix-text.ts';
import { COORDINATION_STYLES, NO_SECTOR_COLOR, shade, textOn, tint, UI } from './palette.ts';

export { estimateTextWidth } from './matrix-text.ts';

/** Sizes at text scale 1, in screen pixels at zoom 1 (the layout aims at zoom 1). */
export const MATRIX_METRICS = {
  /** Label size of bodies and headers. */
  font: 13,
  /** Line height, times the font size (Cytoscape draws 1.2; the rest is air). */
  lineHeight: 1.3,
  /** Text to pill border, across and down. */
  padX: 5,
  padY: 3,
  /** Between pills in a cell. */
  pillGap: 4,
  /** Cell border to its pills. */
  cellPad: 4,
  /** Between rows and columns. */
  gap: 3,
  /** Header text to header border. */
  headerPad: 6,
  minColWidth: 64,
  /** The canvas's padding when it fits (GraphCanvas), and a margin for rounding. */
  frameMargin: 36 + 6,
} as const;

/** The screen the matrix is laid out for when the canvas's size is not known (tests, first paint). */
export const DEFAULT_FRAME = { width: 1600, height: 900 } as const;

/** The label an actor gets in a cell: its abbreviation, else its name. */
export function actorLabel(a: Pick<ActorRef, 'name' | 'abbreviation'>): string {
  return a.abbreviation?.trim() || a.name;
}

/** What a cell draws: its groups (level of detail), then the actors in no group; all its actors when it has no groups. */
export type CellItem = { group: true; id: string; label: string; kind: string | null; memberCount: number } | { group: false; actor: ActorRef };

/** Items by cell: a national cell holds thousands of actors, and the layout asks for its items many times. */
const itemsOf = new WeakMap<MatrixCell, CellItem[]>();

export function cellItems(cell: MatrixCell): CellItem[] {
  const known = itemsOf.get(cell);
  if (known) return known;
  const groups = cell.groups ?? [];
  const loose = new Set((cell.ungrouped ?? []).map((a) => a.id));
  const items: CellItem[] =
    groups.length === 0
      ? cell.actors.map((actor) => ({ group: false, actor }))
      : [
          ...groups.map((g): CellItem => ({ group: true, id: g.id, label: g.label, kind: g.kind, memberCount: g.memberCount })),
          ...cell.actors.filter((a) => loose.has(a.id)).map((actor): CellItem => ({ group: false, actor })),
        ];
  itemsOf.set(cell, items);
  return items;
}

const itemLabel = (item: CellItem) => (item.group ? item.label : actorLabel(item.actor));

/** Most pills a cell of a large matrix draws; past it the last pill counts the rest, which the view lists on a click. */
export const CELL_MAX = 5;

/** Ref of a cell's "+ n more" pill: `more:<levelId>|<sectorId>|<index of the first item not drawn>`. */
export function moreRef(levelId: string, sectorId: string, from = CELL_MAX - 1): string {
  return `more:${levelId}|${sectorId}|${from}`;
}

/** The cell and first hidden item of a "+ n more" pill's ref; null for any other id. */
export function parseMoreRef(ref: string): { levelId: string; sectorId: string; from: number } | null {
  const m = /^more:([^|]+)\|([^|]+)\|(\d+)$/.exec(ref);
  return m ? { levelId: m[1], sectorId: m[2], from: Number(m[3]) } : null;
}

/** A matrix at level of detail (the server grouped some cell): then cells are capped, else (the seeds) drawn whole. */
export function isLarge(matrix: SystemMatrix): boolean {
  return matrix.cells.some((c) => (c.groups ?? []).length > 0);
}

/** The items a cell draws (at most `cap`, the last pill counting the rest; CELL_MAX in a large matrix, all in a small one) and those it counts. */
export function visibleItems(cell: MatrixCell, large = true, cap: number = large ? CELL_MAX : Infinity): { shown: CellItem[]; hidden: CellItem[] } {
  const items = cellItems(cell);
  if (items.length <= cap) return { shown: items, hidden: [] };
  const keep = Math.max(1, cap - 1);
  return { shown: items.slice(0, keep), hidden: items.slice(keep) };
}

/** Most unplaced actors the "other" row lists one by one; the rest are counted in one pill. */
export const OTHER_ROW_MAX = 48;

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
/** A box with its text broken into lines; positions are of top-left corners. */
export interface MatrixBox {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}
export interface MatrixPill extends MatrixBox {
  /** A cell item, the "+ n more" pill of a cell (`more` is the first hidden index), or an entry of the "other" row. */
  item: CellItem | { more: number; count: number } | { other: number };
}
export interface MatrixGeometry {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  ministries: (MatrixBox & { key: string; label: string; name: string; ministryId: string | null })[];
  sectorHeaders: (MatrixBox & { sectorId: string })[];
  levelHeaders: (MatrixBox & { levelId: string })[];
  /** Pills per cell (`<levelId>|<sectorId>`, and `other`). */
  pills: Map<string, MatrixPill[]>;
  /** Top of the first row, below the headers. */
  top: number;
  width: number;
  height: number;
  /** Font size of every label, px at zoom 1. */
  font: number;
  /** Zoom at which the whole matrix fits the frame (1 when it fits at its own size). */
  fitZoom: number;
  /** Most items a cell draws (by `<levelId>|<sectorId>`; all when not set). */
  caps: Map<string, number>;
}

export interface MatrixLayoutOptions {
  /** The canvas's size in screen pixels (DEFAULT_FRAME when not known). */
  frame?: { width: number; height: number } | null;
  /** Label scale: 1.3 with "Store tekster", more in a presentation. */
  textScale?: number;
  /** Smallest label on screen the layout must keep, px (12 at the desk, 18 in a presentation). */
  minPx?: number;
  /** Text width in the canvas's font (a canvas measure in the page; an estimate elsewhere). */
  measure?: Measure;
  lang?: Lang;
  otherLabel?: string;
  /** Labels of the "other" row's entries, in order (groups, bodies, and the count of the rest last when `otherMore`). */
  otherItems?: readonly string[];
  /** Label of a "+ n more" pill. */
  moreLabel?(n: number): string;
}

const cellKey = (levelId: string, sectorId: string) => `${levelId}|${sectorId}`;

interface Fonts {
  font: number;
  lh: number;
  measure: Measure;
  /** Pills already laid out, by width and label. */
  pills: Map<string, { lines: string[]; w: number; h: number }>;
}

/** Most lines a body's or group's name takes in its pill. */
const MAX_PILL_LINES = 2;

/** A pill for `label` at most `inner` wide: its lines and size. */
function pillBox(label: string, inner: number, f: Fonts): { lines: string[]; w: number; h: number } {
  const m = MATRIX_METRICS;
  const key = `${inner}|${label}`;
  let pill = f.pills.get(key);
  if (!pill) {
    const max = inner - 2 * m.padX;
    const wrapped = wrapText(label, max, f.font, f.measure);
    // At most two lines: a longer name is cut, with its full name on hover and in the details. A group's count
    // ("Barnevernstjenesten · 356 kommuner") is never cut: its name is.
    const at = label.lastIndexOf(' · ');
    const count = at > 0 ? wrapText(label.slice(at + 3), max, f.font, f.measure) : [];
    const lines =
      wrapped.length <= MAX_PILL_LINES
        ? wrapped
        : count.length === 1
          ? [ellipsize(label.slice(0, at), max, f.font, f.measure, true), count[0]]
          : [...wrapped.slice(0, MAX_PILL_LINES - 1), ellipsize(wrapped[MAX_PILL_LINES - 1], max, f.font, f.measure)];
    pill = { lines, w: Math.min(inner, Math.ceil(linesWidth(lines, f.font, f.measure) + 2 * m.padX)), h: Math.ceil(lines.length * f.lh + 2 * m.padY) };
    f.pills.set(key, pill);
  }
  return pill;
}

/** `line` with an ellipsis, shortened to fit `max`. */
function ellipsize(line: string, max: number, font: number, measure: Measure, whole = false): string {
  // A whole text that fits stays as it is; a line that is followed by more is always marked as cut.
  if (whole && measure(line, font) <= max) return line;
  let text = line.replace(/-$/, '');
  while (text.length > 1 && measure(`${text}…`, font) > max) text = text.slice(0, -1);
  return `${text}…`;
}

/** Pills flowed left to right, line by line, in `inner` width: their corners and the height they take. */
function flow(boxes: { w: number; h: number }[], inner: number): { at: { x: number; y: number }[]; height: number } {
  const gap = MATRIX_METRICS.pillGap;
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let lineH = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > inner) {
      y += lineH + gap;
      x = 0;
      lineH = 0;
    }
    at.push({ x, y });
    x += b.w + gap;
    lineH = Math.max(lineH, b.h);
  }
  return { at, height: y + lineH };
}

/** The labels a cell draws at `cap`: its items, and a "+ n more" pill's label. */
function cellLabels(cell: MatrixCell, cap: number, more: (n: number) => string): { items: CellItem[]; hidden: number; labels: string[] } {
  const { shown, hidden } = visibleItems(cell, true, cap);
  return { items: shown, hidden: hidden.length, labels: [...shown.map(itemLabel), ...(hidden.length ? [more(hidden.length)] : [])] };
}

/**
 * Columns, rows, headers and pills of the matrix for a frame (pure; positions are of box corners). The width is
 * shared out where it saves the most height; when the matrix is still taller than the frame, a large matrix (and,
 * on a small screen, the seeds') shows fewer items per cell until its labels are readable at fit.
 */
export function matrixGeometry(matrix: SystemMatrix, options: MatrixLayoutOptions = {}): MatrixGeometry {
  // Larger text ("Store tekster", a presentation) as large as the screen allows: when even the fewest items per cell
  // leave the labels too small at fit, a step smaller, but never below the desk's size.
  const want = options.textScale ?? 1;
  // Of the scales tried, the one whose labels are largest on screen (a larger scale that must zoom out further, or
  // hide more, can end up smaller than the desk's size); done as soon as one shows its own size.
  const onScreen = (g: MatrixGeometry) => g.font * Math.min(1, g.fitZoom);
  let best = geometryAt(matrix, options, want);
  for (let scale = want - 0.1; scale >= 1 - 1e-9 && best.fitZoom < 0.97; scale -= 0.1) {
    const next = geometryAt(matrix, options, Math.max(1, scale));
    if (onScreen(next) > onScreen(best) + 0.05) best = next;
  }
  return best;
}

function geometryAt(matrix: SystemMatrix, options: MatrixLayoutOptions, scale: number): MatrixGeometry {
  const m = MATRIX_METRICS;
  const font = Math.round(m.font * scale * 10) / 10;
  const f: Fonts = { font, lh: Math.ceil(font * m.lineHeight), measure: options.measure ?? estimateMeasure, pills: new Map() };
  const frame = options.frame ?? DEFAULT_FRAME;
  const availW = Math.max(200, frame.width - 2 * m.frameMargin);
  const minPx = options.minPx ?? 12;
  const more = options.moreLabel ?? ((n: number) => `+ ${n}`);
  const lang = options.lang ?? 'nb';
  const large = isLarge(matrix);
  const levels = [...matrix.levels].sort((a, b) => a.rank - b.rank);
  const otherItems = options.otherItems ?? [];
  const otherLabel = options.otherLabel ?? '';

  // Row headers: as wide as the longest word of a level's name.
  const levelNames = [...levels.map((l) => localName(l, lang)), ...(otherItems.length ? [otherLabel] : [])];
  const rowHeaderWidth = Math.ceil(Math.max(72 * scale, ...levelNames.map((n) => widestPiece(n, font, f.measure) + 2 * m.headerPad)));
  const levelLines = new Map(levels.map((l) => [l.id, wrapText(localName(l, lang), rowHeaderWidth - 2 * m.headerPad, font, f.measure)]));

  const sectors = matrix.sectors;
  const cellsOf = new Map(matrix.cells.map((c) => [cellKey(c.level.id, c.sector.id), c]));
  const n = sectors.length;
  const gridW = availW - rowHeaderWidth - m.gap - m.gap * Math.max(0, n - 1);

  /** Height of a cell's pills by cell, number of labels and width, across tries. */
  const memo = new Map<number, number>();
  const pieceMemo = new Map<string, number>();
  const piece = (text: string) => {
    let w = pieceMemo.get(text);
    if (w === undefined) pieceMemo.set(text, (w = widestPiece(text, font, f.measure)));
    return w;
  };
  const tryCap = (caps: Map<string, number>) => {
    // Each column at least as wide as its widest unbreakable piece (a pill's word, the sector's name).
    const labelsOf = new Map<string, string[]>();
    for (const c of matrix.cells) labelsOf.set(cellKey(c.level.id, c.sector.id), cellLabels(c, caps.get(cellKey(c.level.id, c.sector.id)) ?? Infinity, more).labels);
    const minW = sectors.map((s) => {
      const pieces = levels.flatMap((l) => labelsOf.get(cellKey(l.id, s.id)) ?? []).map((l) => piece(l) + 2 * m.padX + 2 * m.cellPad);
      const head = widestPiece(localName(s, lang), font, f.measure) + 2 * m.headerPad;
      return Math.ceil(Math.max(m.minColWidth * scale, head, ...pieces));
    });
    // Each column as wide as its widest word part (scaled down when they do not all fit), the rest where it saves height.
    const sumMin = minW.reduce((a, b) => a + b, 0);
    const widths = minW.map((w) => Math.max(m.minColWidth * scale, Math.floor(sumMin > gridW ? (w * gridW) / sumMin : w)));
    const cellH = (li: number, si: number, w: number) => {
      const labels = labelsOf.get(cellKey(levels[li].id, sectors[si].id));
      if (!labels || labels.length === 0) return 0;
      const key = ((li * n + si) * 256 + labels.length) * 16384 + Math.round(w);
      let h = memo.get(key);
      if (h === undefined) {
        const inner = w - 2 * m.cellPad;
        h = flow(labels.map((l) => pillBox(l, inner, f)), inner).height;
        memo.set(key, h);
      }
      return h;
    };
    const heights = levels.map((_, li) => sectors.map((_, si) => cellH(li, si, widths[si])));
    const total = () => levels.reduce((sum, _, li) => sum + Math.max(0, ...heights[li]), 0);
    // Share out the rest of the width to the column where it saves the most height per pixel: for each column the
    // widths up to the rest (a line unwraps only past some width, so one small step would often save nothing).
    // Past the width at which no pill of a column wraps and each cell's pills share one line, more saves nothing.
    const natural = sectors.map((s) =>
      Math.ceil(
        Math.max(
          0,
          ...levels.map((l) => {
            const labels = labelsOf.get(cellKey(l.id, s.id)) ?? [];
            return labels.reduce((sum, t) => sum + f.measure(t, font) + 2 * m.padX + m.pillGap, 0) - m.pillGap + 2 * m.cellPad;
          }),
        ),
      ),
    );
    let rest = gridW - widths.reduce((a, b) => a + b, 0);
    const step = Math.max(8, Math.round(gridW / 80));
    while (rest >= step) {
      const now = total();
      // Each row's tallest cell without column si: the tallest, unless si is it, then the second.
      const tops = heights.map((row) => {
        let a = -1;
        for (let j = 0; j < n; j++) if (a < 0 || row[j] > row[a]) a = j;
        let second = 0;
        for (let j = 0; j < n; j++) if (j !== a) second = Math.max(second, row[j]);
        return { at: a, first: a >= 0 ? row[a] : 0, second };
      });
      let best = -1;
      let bestRate = 0;
      let bestAdd = 0;
      let bestCol: number[] = [];
      for (let si = 0; si < n; si++) {
        for (let add = step; add <= rest && widths[si] + add - step < natural[si]; add += step) {
          const col = levels.map((_, li) => cellH(li, si, widths[si] + add));
          const saved = now - levels.reduce((sum, _, li) => sum + Math.max(col[li], tops[li].at === si ? tops[li].second : tops[li].first), 0);
          if (saved > 0 && saved / add > bestRate) {
            best = si;
            bestRate = saved / add;
            bestAdd = add;
            bestCol = col;
          }
          // A column whose cells are all one line wide enough gains nothing further.
          if (col.every((h, li) => h <= f.lh + 2 * m.padY || h === 0 || heights[li][si] === 0)) break;
        }
      }
      if (best < 0) break;
      widths[best] += bestAdd;
      levels.forEach((_, li) => (heights[li][best] = bestCol[li]));
      rest -= bestAdd;
    }
    // What no column needs is shared evenly, so the matrix fills the frame's width.
    if (rest > 0) {
      const each = Math.floor(rest / Math.max(1, n));
      widths.forEach((_, si) => (widths[si] += each));
      levels.forEach((_, li) => sectors.forEach((_, si) => (heights[li][si] = cellH(li, si, widths[si]))));
    }
    return { widths, labelsOf };
  };

  const build = (caps: Map<string, number>): MatrixGeometry => {
    const { widths, labelsOf } = tryCap(caps);
    const columns: MatrixColumn[] = [];
    let x = rowHeaderWidth + m.gap;
    sectors.forEach((s, i) => {
      columns.push({ sectorId: s.id, x, width: widths[i] });
      x += widths[i] + m.gap;
    });
    const width = Math.max(x - m.gap, rowHeaderWidth);

    // Ministries over their columns: the name in at most two lines, else the short name (the full name on hover).
    const spans: { key: string; name: string; short: string; id: string | null; x: number; w: number }[] = [];
    sectors.forEach((s, i) => {
      const key = s.ministry?.id ?? `none:${s.id}`;
      const last = spans[spans.length - 1];
      const col = columns[i];
      if (last && last.key === key) last.w = col.x + col.width - last.x;
      else spans.push({ key, name: s.ministry?.name ?? '', short: s.ministry?.abbreviation?.trim() || s.ministry?.name || '', id: s.ministry?.id ?? null, x: col.x, w: col.width });
    });
    const ministryLines = spans.map((sp) => {
      const inner = sp.w - 2 * m.headerPad;
      const full = wrapText(sp.name, inner, font, f.measure);
      if (full.length <= 2) return { lines: sp.name ? full : [], label: sp.name };
      if (sp.short && sp.short !== sp.name) return { lines: wrapText(sp.short, inner, font, f.measure), label: sp.short };
      // No short name: the first two lines, cut, and the full name on hover.
      return { lines: [full[0], ellipsize(full[1], inner, font, f.measure)], label: sp.name };
    });
    const headerH = (lines: number) => Math.ceil(Math.max(1, lines) * f.lh + 2 * m.headerPad - 4);
    const ministryH = headerH(Math.max(1, ...ministryLines.map((l) => l.lines.length)));
    const ministries = spans.map((sp, i) => ({ key: sp.key, label: ministryLines[i].label, name: sp.name, ministryId: sp.id, x: sp.x, y: 0, w: sp.w, h: ministryH, lines: ministryLines[i].lines }));
    const sectorLines = columns.map((c, i) => wrapText(localName(sectors[i], lang), c.width - 2 * m.headerPad, font, f.measure));
    const sectorH = headerH(Math.max(1, ...sectorLines.map((l) => l.length)));
    const sectorHeaders = columns.map((c, i) => ({ sectorId: c.sectorId, x: c.x, y: ministryH + m.gap, w: c.width, h: sectorH, lines: sectorLines[i] }));
    const top = ministryH + m.gap + sectorH + m.gap;

    // Rows: as tall as their fullest cell, or their header's lines.
    const pills = new Map<string, MatrixPill[]>();
    const rows: MatrixRow[] = [];
    const levelHeaders: MatrixGeometry['levelHeaders'] = [];
    let y = top;
    for (const level of levels) {
      let content = 0;
      for (const [si, col] of columns.entries()) {
        const cell = cellsOf.get(cellKey(level.id, sectors[si].id));
        const labels = labelsOf.get(cellKey(level.id, sectors[si].id));
        if (!cell || !labels || labels.length === 0) continue;
        const inner = col.width - 2 * m.cellPad;
        const boxes = labels.map((l) => pillBox(l, inner, f));
        const placed = flow(boxes, inner);
        const { items, hidden } = cellLabels(cell, caps.get(cellKey(level.id, sectors[si].id)) ?? Infinity, more);
        pills.set(
          cellKey(level.id, sectors[si].id),
          boxes.map((b, i) => ({
            ...b,
            x: col.x + m.cellPad + placed.at[i].x,
            y: y + m.cellPad + placed.at[i].y,
            item: i < items.length ? items[i] : { more: items.length, count: hidden },
          })),
        );
        content = Math.max(content, placed.height);
      }
      const lines = levelLines.get(level.id) ?? [''];
      const height = Math.ceil(Math.max(content + 2 * m.cellPad, headerH(lines.length), f.lh + 2 * m.padY + 2 * m.cellPad));
      rows.push({ levelId: level.id, y, height });
      levelHeaders.push({ levelId: level.id, x: 0, y, w: rowHeaderWidth, h: height, lines });
      y += height + m.gap;
    }
    if (otherItems.length > 0) {
      const inner = width - rowHeaderWidth - m.gap - 2 * m.cellPad;
      const boxes = otherItems.map((l) => pillBox(l, Math.min(inner, 220 * scale), f));
      const placed = flow(boxes, inner);
      pills.set(
        'other',
        boxes.map((b, i) => ({ ...b, x: rowHeaderWidth + m.gap + m.cellPad + placed.at[i].x, y: y + m.cellPad + placed.at[i].y, item: { other: i } })),
      );
      const lines = wrapText(otherLabel, rowHeaderWidth - 2 * m.headerPad, font, f.measure);
      const height = Math.ceil(Math.max(placed.height + 2 * m.cellPad, headerH(lines.length)));
      rows.push({ levelId: 'other', y, height });
      levelHeaders.push({ levelId: 'other', x: 0, y, w: rowHeaderWidth, h: height, lines });
      y += height + m.gap;
    }
    const height = y - m.gap;
    // GraphCanvas fits with its padding and zooms in no further than 1.35.
    const fitZoom = Math.min(1.35, (frame.width - 72) / width, (frame.height - 72) / height);
    return { columns, rows, ministries, sectorHeaders, levelHeaders, pills, top, width, height, font, fitZoom, caps };
  };

  // Fewer items in the cells that make the tallest row tall, a step at a time, until every label is readable at fit:
  // a large matrix aims at its own size, the seeds' at the smallest readable size (they keep every body unless the
  // screen is too small for that). A cell keeps at least one item and its "+ n more".
  const caps = new Map(matrix.cells.map((c) => [cellKey(c.level.id, c.sector.id), large ? CELL_MAX : Infinity]));
  const count = new Map(matrix.cells.map((c) => [cellKey(c.level.id, c.sector.id), cellItems(c).length]));
  const capOf = (key: string) => Math.min(caps.get(key) ?? Infinity, count.get(key) ?? 0);
  const wantZoom = large ? 0.98 : Math.min(1, (minPx + 0.4) / font);
  // When even the fewest items per cell leave the labels too small, this text scale cannot do (the caller tries a smaller one).
  const fewest = build(new Map([...caps.keys()].map((k) => [k, 2])));
  if (fewest.fitZoom < wantZoom && font * fewest.fitZoom < minPx + 0.3) return fewest;
  let geometry = build(caps);
  for (let round = 0; round < 60 && geometry.fitZoom < wantZoom; round++) {
    // Each cell's height, and the tallest row with a cell that can give up an item.
    const heightOf = (key: string, rowY: number) => Math.max(0, ...(geometry.pills.get(key) ?? []).map((p) => p.y + p.h - rowY));
    const rows = [...geometry.rows].filter((r) => r.levelId !== 'other').sort((a, b) => b.height - a.height);
    let reduced = false;
    for (const row of rows) {
      const keys = sectors.map((sec) => cellKey(row.levelId, sec.id)).filter((k) => capOf(k) > 2);
      if (keys.length === 0) continue;
      const tallest = Math.max(...keys.map((k) => heightOf(k, row.y)));
      for (const k of keys) if (heightOf(k, row.y) >= tallest - 1) caps.set(k, capOf(k) - 1);
      reduced = true;
      break;
    }
    if (!reduced) break;
    geometry = build(caps);
  }
  // Steps are coarse: give an item back to each capped cell while the labels stay readable.
  for (const key of [...caps.keys()].filter((k) => capOf(k) < (count.get(k) ?? 0) && capOf(k) < (large ? CELL_MAX : Infinity)).slice(0, 4)) {
    if (geometry.fitZoom < wantZoom) break;
    const more = new Map(caps).set(key, capOf(key) + 1);
    const next = build(more);
    if (next.fitZoom >= wantZoom) {
      caps.set(key, capOf(key) + 1);
      geometry = next;
    }
  }
  return geometry;
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
  /** Label of a "+ n more" pill, e.g. "+ 3 200 til". */
  moreLabel?(n: number): string;
  /** The canvas's size in screen pixels: the matrix is laid out for it. */
  frame?: { width: number; height: number } | null;
  /** Label scale ("Store tekster", presentation). */
  textScale?: number;
  /** Smallest readable label on screen, px. */
  minPx?: number;
  /** Text width in the canvas's font. */
  measure?: Measure;
}

/** The matrix as elements with positions. */
export function matrixElements(matrix: SystemMatrix, opts: MatrixOptions): ElementDefinition[] {
  const inMatrix = new Set(matrix.cells.flatMap((c) => c.actors.map((a) => a.id)));
  const networkData = new Map((opts.network?.nodes ?? []).map((n) => [n.id, n.data]));
  const unplaced = (opts.network?.nodes ?? []).filter((n) => n.data.type === 'Actor' && !inMatrix.has(n.id));
  const large = isLarge(matrix);
  // At national scale thousands of bodies sit in no cell: list the best connected, count the rest.
  const otherMax = large ? Math.min(OTHER_ROW_MAX, 12) : OTHER_ROW_MAX;
  const listed = unplaced.length > otherMax ? [...unplaced].sort((a, b) => b.data.degree - a.data.degree || (a.id < b.id ? -1 : 1)).slice(0, otherMax) : unplaced;
  const other: ActorRef[] = listed
    .map((n) => ({ id: n.id, name: n.data.name, abbreviation: n.data.label !== n.data.name ? n.data.label : null, kind: n.data.kind ?? 'OTHER' }))
    .sort((a, b) => actorLabel(a).localeCompare(actorLabel(b), 'nb'));
  const hidden = unplaced.length - listed.length;
  const otherGroups = opts.otherGroups ?? [];
  const moreLabel = opts.moreLabel ?? ((n: number) => `+ ${n}`);
  const otherItems = [...otherGroups.map((g) => g.label), ...other.map(actorLabel), ...(hidden > 0 ? [moreLabel(hidden)] : [])];
  const g = matrixGeometry(matrix, {
    frame: opts.frame, textScale: opts.textScale, minPx: opts.minPx, measure: opts.measure, lang: opts.lang, otherLabel: opts.otherLabel, otherItems, moreLabel,
  });
  const fs = g.font;
  const out: ElementDefinition[] = [];
  const text = (lines: string[]) => lines.join('\n');
  const box = (id: string, classes: string, b: { x: number; y: number; w: number; h: number }, data: Record<string, unknown>) =>
    out.push({ group: 'nodes', data: { id, w: b.w, h: b.h, fs, tw: b.w, ...data }, position: { x: b.x + b.w / 2, y: b.y + b.h / 2 }, classes, selectable: false, grabbable: false });

  // Headers. A ministry's header names it (its short name when the full one does not fit, the full one on hover).
  for (const [i, mi] of g.ministries.entries()) {
    // Its label is today's full name (search, tests, exports); the canvas draws the lines that fit.
    box(`mx:min:${i}`, 'mx-header mx-ministry', mi, {
      label: mi.name, short: mi.label, mxText: text(mi.lines), name: mi.name, ...(mi.ministryId ? { ref: mi.ministryId, kind: 'MINISTRY' } : {}),
    });
  }
  const sectorById = new Map(matrix.sectors.map((s) => [s.id, s]));
  for (const sh of g.sectorHeaders) {
    const s = sectorById.get(sh.sectorId)!;
    const color = opts.colors.get(s.id) ?? NO_SECTOR_COLOR;
    box(`mx:sec:${s.id}`, 'mx-header mx-sector', sh, { label: localName(s, opts.lang), mxText: text(sh.lines), color, textColor: textOn(color), ref: s.id });
  }
  const levelById = new Map(matrix.levels.map((l) => [l.id, l]));
  for (const [i, row] of g.rows.entries()) {
    const level = levelById.get(row.levelId);
    const label = level ? localName(level, opts.lang) : opts.otherLabel;
    box(`mx:lvl:${row.levelId}`, 'mx-header mx-level', g.levelHeaders[i], { label, mxText: text(g.levelHeaders[i].lines) });
    const fill = { color: i % 2 ? UI.cellB : UI.cellA, label: '' };
    if (row.levelId === 'other') {
      box('mx:cell:other', 'mx-cell', { x: g.columns[0]?.x ?? 0, y: row.y, w: g.width - (g.columns[0]?.x ?? 0), h: row.height }, fill);
      continue;
    }
    for (const col of g.columns) box(`mx:cell:${row.levelId}|${col.sectorId}`, 'mx-cell', { x: col.x, y: row.y, w: col.width, h: row.height }, fill);
  }

  // Bodies and groups in their cells.
  const primary = new Map<string, string>();
  const node = (id: string, p: MatrixPill, classes: string, data: Record<string, unknown>, selectable = true) =>
    out.push({
      group: 'nodes',
      data: { id, w: p.w, h: p.h, tw: p.w, fs, mxText: text(p.lines), ...data },
      position: { x: p.x + p.w / 2, y: p.y + p.h / 2 },
      classes,
      grabbable: false,
      ...(selectable ? {} : { selectable: false }),
    });
  const actorPill = (id: string, a: ActorRef, p: MatrixPill, levelId: string | null, sectorId: string | null, docs: string[]) => {
    const nd = networkData.get(a.id);
    const color = sectorId ? opts.colors.get(sectorId) ?? NO_SECTOR_COLOR : nd?.sector ? opts.colors.get(nd.sector) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
    if (!primary.has(a.id)) primary.set(a.id, id);
    node(id, p, `mx-actor node-actor kind-${a.kind}`, {
      ref: a.id, type: 'Actor', label: actorLabel(a), name: a.name, kind: a.kind,
      sector: sectorId ?? nd?.sector ?? null,
      sectorIds: sectorId ? [sectorId] : nd?.sectorIds ?? [],
      levelIds: levelId ? [levelId] : nd?.levelIds ?? [],
      levelRank: levelId ? levelById.get(levelId)?.rank ?? null : nd?.levelRank ?? null,
      documentIds: [...new Set([...(nd?.documentIds ?? []), ...docs])].sort(),
      color: tint(color, 0.82), borderColor: shade(color, 0.1), textColor: '#111827',
    });
  };
  /** A group of actors in one pill, labelled with its count; its ref is the group id (members in the group panel). */
  const groupPill = (id: string, item: { id: string; label: string; kind: string | null; memberCount: number }, p: MatrixPill, levelId: string | null, sectorId: string | null, docs: string[]) => {
    const color = sectorId ? opts.colors.get(sectorId) ?? NO_SECTOR_COLOR : NO_SECTOR_COLOR;
    node(id, p, `mx-actor mx-group${item.kind ? ` kind-${item.kind}` : ''}`, {
      ref: item.id, type: 'Group', label: item.label, name: item.label, kind: item.kind, memberCount: item.memberCount,
      sector: sectorId, sectorIds: sectorId ? [sectorId] : [], levelIds: levelId ? [levelId] : [],
      levelRank: levelId ? levelById.get(levelId)?.rank ?? null : null, documentIds: docs,
      color: tint(color, 0.6), borderColor: shade(color, 0.3), textColor: '#111827',
    });
  };
  for (const cell of matrix.cells) {
    const pills = g.pills.get(cellKey(cell.level.id, cell.sector.id)) ?? [];
    const docs = [...new Set(cell.evidence.map((e) => e.document.id))];
    for (const p of pills) {
      const item = p.item;
      if ('more' in item) {
        node(`mx:more:${cell.level.id}|${cell.sector.id}`, p, 'mx-actor mx-more', {
          ref: moreRef(cell.level.id, cell.sector.id, item.more), label: moreLabel(item.count), color: UI.cellA, borderColor: '#6B7280', textColor: '#1F2937', sectorIds: [cell.sector.id], levelIds: [cell.level.id],
        });
      } else if ('other' in item) continue;
      else if (item.group) groupPill(`mx:g:${cell.level.id}|${cell.sector.id}|${item.id}`, item, p, cell.level.id, cell.sector.id, docs);
      else actorPill(matrixActorId(cell.level.id, cell.sector.id, item.actor.id), item.actor, p, cell.level.id, cell.sector.id, docs);
    }
  }
  const otherPills = g.pills.get('other') ?? [];
  otherGroups.forEach((grp, i) => groupPill(`mx:g:other|${grp.id}`, { ...grp, kind: null }, otherPills[i], null, null, []));
  other.forEach((a, j) => actorPill(`mx:a:other|${a.id}`, a, otherPills[otherGroups.length + j], null, null, []));
  if (hidden > 0) {
    node('mx:more:other', otherPills[otherGroups.length + other.length], 'mx-actor mx-more', { label: moreLabel(hidden), color: UI.cellA, borderColor: '#9CA3AF', textColor: '#374151', inert: true }, false);
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
