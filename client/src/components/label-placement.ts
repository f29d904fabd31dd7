/**
 * Which node labels the canvas shows, and how long, so that every label shown
 * is readable (at least `minPx` on screen) and no two shown labels overlap.
 * Pure: it works on screen-space boxes and a text-measuring function, so it is
 * tested without a browser. Nodes are placed in priority order (the selection
 * and spotlight first, then the most connected); a label that would collide
 * under its node, or cut off by the canvas's edge, is tried above, right and
 * left of it, then shortened, else hidden — its full name stays in the hover
 * tooltip.
 */

export interface LabelCandidate {
  id: string;
  /** The label as the data gives it. */
  text: string;
  /** A shorter name tried before the label is cut: the body's abbreviation, or a group's name without its count. */
  short?: string;
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

/** The side of its node a label is drawn on: a side, a corner, or on the node. */
export type LabelSide = 'bottom' | 'top' | 'right' | 'left' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'center';
/** Sides in the order they are tried: under the node first (where the stylesheet puts it), then above, beside, and at the corners. */
export const SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left', 'bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface LabelChoice {
  /** The text to draw: the label, its short name, the label cut with an ellipsis, or '' for none. */
  text: string;
  /** Font size on screen (px) the label is drawn at. */
  fontPx: number;
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
  /** Preferred font size on screen, px. */
  fontPx: number;
  /** Smallest font size on screen, px (the readable minimum): a label that does not fit at `fontPx` is tried at this size. Default `fontPx`. */
  minFontPx?: number;
  /** Text width on screen (px) at `fontPx`; widths at other sizes are scaled from it. */
  measure(text: string): number;
  /** Widest label, in em, before it is shortened. */
  maxEm?: number;
  /** Width of a shortened label, in em. */
  shortEm?: number;
  /** Gap kept between labels, px: room for rounding. */
  gap?: number;
  /** Space between a node and its label's box, px (negative: the box, with its padding, reaches over the node's edge). */
  margin?: number;
  /** Room the drawn box takes on each side of the text, px (Cytoscape's label background padding). */
  padX?: number;
  /** Height of the drawn box, in em. */
  boxEm?: number;
  /** The canvas on screen: a label must lie wholly inside it (one cut off at the edge cannot be read), else another side is tried. */
  bounds?: Box;
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

/** A uniform grid over the screen so that each new box is tested only against its neighbours, not every label placed. No closures: it runs some ten thousand times per placement. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}
  /** Whether `b`, grown by `gap`, meets a box already added. */
  hits(b: Box, gap: number): boolean {
    const size = this.size;
    const i1 = Math.floor((b.x1 - gap) / size);
    const i2 = Math.floor((b.x2 + gap) / size);
    const j1 = Math.floor((b.y1 - gap) / size);
    const j2 = Math.floor((b.y2 + gap) / size);
    for (let i = i1; i <= i2; i++) {
      for (let j = j1; j <= j2; j++) {
        const list = this.cells.get(i * 1_000_003 + j);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) if (overlaps(b, list[k], gap)) return true;
      }
    }
    return false;
  }
  add(b: Box): void {
    const size = this.size;
    for (let i = Math.floor(b.x1 / size); i <= Math.floor(b.x2 / size); i++) {
      for (let j = Math.floor(b.y1 / size); j <= Math.floor(b.y2 / size); j++) {
        const key = i * 1_000_003 + j;
        const list = this.cells.get(key);
        if (list) list.push(b);
        else this.cells.set(key, [b]);
      }
    }
  }
}

/** The box of a label whose text is `width` px wide on `side` of a node, padding included (`padX` each side, `boxEm` high). */
export function labelBox(c: LabelCandidate, textWidth: number, fontPx: number, side: LabelSide = c.valign === 'center' ? 'center' : 'bottom', margin = 3, padX = 0, boxEm = 1.3): Box {
  const width = textWidth + 2 * padX;
  const height = fontPx * boxEm;
  const below = c.y + c.h / 2 + margin;
  const above = c.y - c.h / 2 - margin - height;
  const right = c.x + c.w / 2 + margin;
  const left = c.x - c.w / 2 - margin - width;
  const box = (x1: number, y1: number): Box => ({ x1, y1, x2: x1 + width, y2: y1 + height });
  switch (side) {
    case 'center':
      return box(c.x - width / 2, c.y - height / 2);
    case 'top':
      return box(c.x - width / 2, above);
    case 'right':
      return box(right, c.y - height / 2);
    case 'left':
      return box(left, c.y - height / 2);
    case 'bottom-right':
      return box(right, below);
    case 'bottom-left':
      return box(left, below);
    case 'top-right':
      return box(right, above);
    case 'top-left':
      return box(left, above);
    default:
      return box(c.x - width / 2, below);
  }
}

/**
 * Chooses each node's label, most important node first, with no two shown
 * labels overlapping. For each node, in this order, the first that fits:
 * the label (up to `maxEm`), then its short name, at `fontPx` on any side;
 * the same at `minFontPx`; the label cut to `shortEm` at `minFontPx`; else
 * none. A label never pushes out one placed before it, so less connected
 * nodes give way to hubs. Cost: texts are measured once each, and each try
 * is tested against the labels near it (a grid), so some thousands of
 * nodes take a few milliseconds.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): Map<string, LabelChoice> {
  const { fontPx, measure: measureRaw, maxEm = 11, shortEm = 6, gap = 5, margin = 3, padX = 0, boxEm = 1.3, bounds } = options;
  const minFontPx = Math.min(fontPx, options.minFontPx ?? fontPx);
  const widths = new Map<string, number>();
  const measure = (t: string) => {
    let w = widths.get(t);
    if (w === undefined) widths.set(t, (w = measureRaw(t)));
    return w;
  };
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new BoxGrid(Math.max(32, fontPx * 4));
  const sizes = minFontPx < fontPx ? [fontPx, minFontPx] : [fontPx];
  const out = new Map<string, LabelChoice>();
  const outside = (b: Box) => !!bounds && (b.x1 < bounds.x1 || b.y1 < bounds.y1 || b.x2 > bounds.x2 || b.y2 > bounds.y2);
  const blocked = (b: Box) => outside(b) || grid.hits(b, gap);
  for (const c of order) {
    const text = c.text.replace(/\s+/g, ' ').trim();
    const shortName = (c.short ?? '').replace(/\s+/g, ' ').trim();
    let chosen: LabelChoice = { text: '', fontPx, box: null, side: c.valign === 'center' ? 'center' : 'bottom' };
    let sides: readonly LabelSide[] = c.valign === 'center' ? ['center'] : SIDES;
    const tryAt = (t: string, px: number): boolean => {
      if (!t) return false;
      const width = (measure(t) * px) / fontPx;
      for (const side of sides) {
        const box = labelBox(c, width, px, side, margin, padX, boxEm);
        if (!blocked(box)) {
          grid.add(box);
          chosen = { text: t, fontPx: px, box, side };
          return true;
        }
      }
      return false;
    };
    if (text) {
      const full = shorten(text, fontPx * maxEm, measure);
      const short = shortName && shortName !== text && measure(shortName) < measure(full) ? shorten(shortName, fontPx * maxEm, measure) : '';
      const cut = shorten(text, fontPx * shortEm, measure);
      // The smallest label this node can have, at the smallest size: a side where it does not fit takes no larger one
      // (a larger box on the same side holds it), so those sides are not tried again; where it fits nowhere, the node
      // has no label. In a crowded canvas most nodes end here, after eight tests.
      const smallest = [full, short, cut].filter(Boolean).reduce((a, b) => (measure(b) < measure(a) ? b : a));
      const smallWidth = (measure(smallest) * minFontPx) / fontPx;
      sides = sides.filter((side) => !blocked(labelBox(c, smallWidth, minFontPx, side, margin, padX, boxEm)));
      if (sides.length > 0) {
        const done = sizes.some((px) => tryAt(full, px) || tryAt(short, px));
        if (!done && cut !== full) tryAt(cut, minFontPx);
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
