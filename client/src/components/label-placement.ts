/**
 * Which node labels the canvas shows, and how long, so that every label shown
 * is readable (at least `minPx` on screen) and no two shown labels overlap.
 * Pure: it works on screen-space boxes and a text-measuring function, so it is
 * tested without a browser. Nodes are placed in priority order (the selection
 * and spotlight first, then the most connected); a label that would collide
 * under its node is tried above, right and left of it, then shortened, else
 * hidden — its full name stays in the hover tooltip.
 */

export interface LabelCandidate {
  id: string;
  /** The label as the data gives it. */
  text: string;
  /** Higher comes first: selection/spotlight, then degree. */
  priority: number;
  /** Node centre on screen (px). */
  x: number;
  y: number;
  /** Node size on screen (px). */
  w: number;
  h: number;
  /** Where the label sits: under the node (it may move to another side), or on it. */
  valign: 'bottom' | 'center';
}

/** The side of its node a label is drawn on. */
export type LabelSide = 'bottom' | 'top' | 'right' | 'left' | 'center';
const SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];

export interface LabelChoice {
  /** The text to draw: the label, shortened with an ellipsis, or '' for none. */
  text: string;
  /** Box of the drawn label on screen (px), or null when hidden. */
  box: Box | null;
  side: LabelSide;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacementOptions {
  /** Font size on screen, px. */
  fontPx: number;
  /** Text width on screen (px) at `fontPx`. */
  measure(text: string): number;
  /** Widest label, in em, before it is shortened. */
  maxEm?: number;
  /** Width of a shortened label, in em. */
  shortEm?: number;
  /** Gap kept between labels, px: room for Cytoscape's label background padding and rounding. */
  gap?: number;
  /** Space between a node and its label, px. */
  margin?: number;
}

const ELLIPSIS = '…';

/** The longest prefix of `text` (cut at a word or character) that fits `width` px with an ellipsis. */
export function shorten(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

const overlaps = (a: Box, b: Box, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** A uniform grid over the screen so that each new box is tested only against its neighbours. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / this.size); i <= Math.floor(b.x2 / this.size); i++) {
      for (let j = Math.floor(b.y1 / this.size); j <= Math.floor(b.y2 / this.size); j++) out.push(`${i},${j}`);
    }
    return out;
  }
  hits(b: Box, gap: number): boolean {
    const grown = { x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
    return this.keys(grown).some((k) => (this.cells.get(k) ?? []).some((o) => overlaps(b, o, gap)));
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/** The box of a label `width` px wide on `side` of a node. */
export function labelBox(c: LabelCandidate, width: number, fontPx: number, side: LabelSide = c.valign === 'center' ? 'center' : 'bottom', margin = 3): Box {
  const height = fontPx * 1.3;
  switch (side) {
    case 'center':
      return { x1: c.x - width / 2, y1: c.y - height / 2, x2: c.x + width / 2, y2: c.y + height / 2 };
    case 'top':
      return { x1: c.x - width / 2, y1: c.y - c.h / 2 - margin - height, x2: c.x + width / 2, y2: c.y - c.h / 2 - margin };
    case 'right':
      return { x1: c.x + c.w / 2 + margin, y1: c.y - height / 2, x2: c.x + c.w / 2 + margin + width, y2: c.y + height / 2 };
    case 'left':
      return { x1: c.x - c.w / 2 - margin - width, y1: c.y - height / 2, x2: c.x - c.w / 2 - margin, y2: c.y + height / 2 };
    default:
      return { x1: c.x - width / 2, y1: c.y + c.h / 2 + margin, x2: c.x + width / 2, y2: c.y + c.h / 2 + margin + height };
  }
}

/** Chooses each node's label: full (up to `maxEm`) on any side, else shortened (up to `shortEm`), else none, with no two shown labels overlapping. */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): Map<string, LabelChoice> {
  const { fontPx, measure, maxEm = 11, shortEm = 6, gap = 5, margin = 3 } = options;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new BoxGrid(Math.max(32, fontPx * 6));
  const out = new Map<string, LabelChoice>();
  for (const c of order) {
    const text = c.text.replace(/\s+/g, ' ').trim();
    let chosen: LabelChoice = { text: '', box: null, side: c.valign === 'center' ? 'center' : 'bottom' };
    if (text) {
      const full = shorten(text, fontPx * maxEm, measure);
      const short = shorten(text, fontPx * shortEm, measure);
      const sides = c.valign === 'center' ? (['center'] as const) : SIDES;
      search: for (const t of full === short ? [full] : [full, short]) {
        if (!t) continue;
        for (const side of sides) {
          const box = labelBox(c, measure(t), fontPx, side, margin);
          if (!grid.hits(box, gap)) {
            grid.add(box);
            chosen = { text: t, box, side };
            break search;
          }
        }
      }
    }
    out.set(c.id, chosen);
  }
  return out;
}

/** Pairs of shown labels whose boxes overlap (none, if placement did its job). For tests and the e2e check. */
export function overlappingPairs(boxes: readonly { id: string; box: Box }[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i].box, boxes[j].box, 0)) out.push([boxes[i].id, boxes[j].id]);
  }
  return out;
}
