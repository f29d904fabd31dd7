/**
 * Node positions for the explorer, computed on the server once per graph
 * version and view (see snapshot/layouts.ts), so a client never runs a force
 * layout on thousands of nodes: seeded random start, then each connected
 * component laid out with ForceAtlas2 and the components packed apart
 * (layout-core.ts). The same graph gives the same positions on every run and
 * in every store. The work runs in a worker thread (layout.worker.ts), so the
 * server keeps answering meanwhile.
 */
import { mulberry32 } from '../model/index.ts';
import { JobThread } from '../workers/index.ts';
import { runLayout, type LabelRoom, type LayoutInput, type LayoutOutput } from './layout-core.ts';

export { OVERVIEW_FRAME, LABEL_ROOM_HEIGHT, layoutIterations, makeLabelRoom } from './layout-core.ts';

/** A node position. */
export interface Position {
  x: number;
  y: number;
}

const WORKER = new URL('./layout.worker.ts', import.meta.url);

/** One layout thread for the process: jobs queue in it and run one at a time (the machine's other core stays free for requests). */
const thread = new JobThread<LayoutInput, LayoutOutput>(WORKER, 'layout');

export interface LayoutOptions {
  seed?: number;
  /** Run in this thread instead of a worker (tests, tiny graphs). */
  inThread?: boolean;
  /**
   * Room for labels (overviews): these nodes, most important first, each
   * with its label's width on screen in px. The layout is then stretched to
   * the canvas's frame (layout-core.ts, OVERVIEW_FRAME) and its units are pixels.
   */
  labels?: { ids: readonly string[]; widths: readonly number[]; bodies?: readonly { w: number; h: number }[] };
}

/**
 * Positions for `nodeIds` (in a fixed order) linked by `edges` (ends outside
 * `nodeIds` are ignored; parallel edges count once, weighted by `weight`).
 * Coordinates are rounded to 0.1 and centred on 0.
 */
export async function layoutGraph(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string; data?: { weight?: number } }[],
  options: LayoutOptions = {},
): Promise<Map<string, Position>> {
  const index = new Map<string, number>();
  // Seeded, so the start positions do not depend on Math.random.
  const random = mulberry32(options.seed ?? 1);
  const spread = Math.sqrt(Math.max(1, nodeIds.length)) * 10;
  const input: LayoutInput = { ids: [], xs: [], ys: [], edges: [] };
  for (const id of nodeIds) {
    if (index.has(id)) continue;
    index.set(id, input.ids.length);
    input.ids.push(id);
    input.xs.push((random() - 0.5) * spread);
    input.ys.push((random() - 0.5) * spread);
  }
  const pairs = new Map<string, [number, number, number]>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? `${s},${t}` : `${t},${s}`;
    const w = Math.max(1, e.data?.weight ?? 1);
    const had = pairs.get(key);
    if (had) had[2] += w;
    else pairs.set(key, [Math.min(s, t), Math.max(s, t), w]);
  }
  input.edges = [...pairs.values()];
  if (options.labels) {
    const room: LabelRoom = { top: [], widths: [], ...(options.labels.bodies ? { bodies: [] } : {}) };
    options.labels.ids.forEach((id, k) => {
      const i = index.get(id);
      if (i === undefined || room.top.includes(i)) return;
      room.top.push(i);
      room.widths.push(options.labels!.widths[k]);
      if (room.bodies) room.bodies.push(options.labels!.bodies![k]);
    });
    input.room = room;
  }
  const out = new Map<string, Position>();
  if (!input.ids.length) return out;
  const { xs, ys } = options.inThread ? runLayout(input) : await thread.run(input);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  input.ids.forEach((id, i) => out.set(id, { x: Math.round((xs[i] - cx) * 10) / 10, y: Math.round((ys[i] - cy) * 10) / 10 }));
  return out;
}
