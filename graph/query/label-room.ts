/**
 * Room for labels in a layout: a map stretched to a frame the shape of the
 * explorer's canvas, and its best-connected nodes moved, where they must, so
 * that each has a clear place for its label under it. Used by the server's
 * overview layouts (layout-core.ts) and by the explorer for maps it packs
 * itself (client/src/views/shared/pack-wide.ts). Pure, with no dependencies,
 * so the browser bundle takes it without the layout engines.
 */

export interface LabelRoom {
  /** Indexes into the input, most important first. */
  top: number[];
  /** Width of each one's label on screen, px (parallel to `top`). */
  widths: number[];
  /** Each one's body as drawn, px (parallel to `top`); a node without one is taken as a point. */
  bodies?: { w: number; h: number }[];
}

/** Nodes of an overview whose labels the layout makes room for: the 30 best connected the explorer must label, and some to spare for ties. */
export const LABELLED_TOP = 36;

/** Width of a label on screen, px, as the explorer draws it at 12 px (semibold): at most 8 px a character, at most 11 em, with its box's padding. */
export function labelWidth(text: string): number {
  return Math.min(text.trim().length * 8, 11 * 12) + 8;
}

/**
 * The LABELLED_TOP nodes of `ids` whose labels get room, best connected first
 * as the explorer places labels (by `degree`, then id), with each label's
 * width (labelWidth of `text`).
 */
export function labelledFirst(
  ids: readonly string[],
  degree: ReadonlyMap<string, number>,
  text: (id: string) => string,
  body?: (id: string) => { w: number; h: number },
): { ids: string[]; widths: number[]; bodies?: { w: number; h: number }[] } {
  const top = [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, LABELLED_TOP);
  return { ids: top, widths: top.map((id) => labelWidth(text(id))), ...(body ? { bodies: top.map(body) } : {}) };
}

/**
 * The screen an overview is laid out for, px: about the explorer's canvas at
 * 1366×768 less its padding and the labels that stick out at its edges
 * (a larger screen only gives more room). Wider than high, as the canvas is.
 */
export const OVERVIEW_FRAME = { width: 820, height: 460 } as const;
/** Height a label takes on screen under its node, px: 12 px text in its box (1.62 em), and the difference of two nodes' sizes. */
export const LABEL_ROOM_HEIGHT = 32;
/** Gap kept between two labels' boxes, px. */
const LABEL_GAP = 6;
/** Step of the search for a free place, px. */
const ROOM_STEP = 6;

/**
 * Stretches a layout to the frame (OVERVIEW_FRAME) and gives each of the
 * `room.top` nodes, most important first, room for its body and its label:
 * the body (`bodies[k]`, a point when not given) with a box centred under it,
 * `widths[k]` wide and LABEL_ROOM_HEIGHT high, inside the frame and clear of
 * the room of the nodes before it. Bodies and labels that need more room than
 * half of the frame get a frame enlarged to hold them (the explorer then
 * fits it to the screen a little smaller, labels keeping their size). A node whose box is
 * clear stays where it is; another moves to the nearest place that is
 * (rings of growing radius around it), so the map keeps its shape and hubs
 * stay near their neighbours. The other nodes only stretch. Pure and
 * deterministic; in place. Returns how many nodes found no room (0 when the
 * frame holds them all).
 */
export function makeLabelRoom(xs: number[], ys: number[], room: LabelRoom, frame: { width: number; height: number } = OVERVIEW_FRAME): number {
  const n = xs.length;
  if (!n) return 0;
  const stretch = (vs: number[], size: number) => {
    const lo = Math.min(...vs);
    const span = Math.max(...vs) - lo;
    for (let i = 0; i < n; i++) vs[i] = span > 0 ? ((vs[i] - lo) / span) * size : size / 2;
  };
  // The room each node needs: its body, or its label under it where that is wider, px.
  const need = room.top.map((_, k) => {
    const body = room.bodies?.[k] ?? { w: 0, h: 0 };
    return { half: Math.max(room.widths[k], body.w) / 2, above: body.h / 2, below: body.h / 2 + LABEL_ROOM_HEIGHT };
  });
  const area = need.reduce((sum, r) => sum + (2 * r.half + LABEL_GAP) * (r.above + r.below + LABEL_GAP), 0);
  const grow = Math.max(1, Math.sqrt((2 * area) / (frame.width * frame.height)));
  const width = frame.width * grow;
  const height = frame.height * grow;
  stretch(xs, width);
  stretch(ys, height);
  const placed: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const reach = Math.hypot(width, height);
  let homeless = 0;
  room.top.forEach((i, k) => {
    const { half, above, below } = need[k];
    const clear = (x: number, y: number) => {
      if (x - half < 0 || x + half > width || y - above < 0 || y + above > height) return false;
      const x1 = x - half - LABEL_GAP;
      const x2 = x + half + LABEL_GAP;
      const y1 = y - above - LABEL_GAP;
      const y2 = y + below + LABEL_GAP;
      for (const b of placed) if (x1 < b.x2 && b.x1 < x2 && y1 < b.y2 && b.y1 < y2) return false;
      return true;
    };
    const x0 = Math.min(width - half, Math.max(half, xs[i]));
    const y0 = Math.min(height - above, Math.max(above, ys[i]));
    let at: [number, number] | null = clear(x0, y0) ? [x0, y0] : null;
    for (let r = ROOM_STEP; !at && r <= reach; r += ROOM_STEP) {
      // Around the ring from straight below, the same way every time.
      const steps = Math.max(8, Math.ceil((2 * Math.PI * r) / ROOM_STEP));
      for (let t = 0; t < steps; t++) {
        const a = Math.PI / 2 + (2 * Math.PI * t) / steps;
        const x = x0 + r * Math.cos(a);
        const y = y0 + r * Math.sin(a);
        if (clear(x, y)) {
          at = [x, y];
          break;
        }
      }
    }
    if (!at) homeless++;
    [xs[i], ys[i]] = at ?? [x0, y0];
    placed.push({ x1: xs[i] - half, x2: xs[i] + half, y1: ys[i] - above, y2: ys[i] + below });
  });
  return homeless;
}
