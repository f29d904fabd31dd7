/**
 * Node positions for the explorer, computed on the server once per graph
 * version and view (see snapshot/layouts.ts), so a client never runs a force
 * layout on thousands of nodes: seeded random start, then each connected
 * component laid out with ForceAtlas2 and the components packed apart
 * (layout-core.ts). The same graph gives the same positions on every run and
 * in every store. The work runs in a worker thread (layout.worker.ts), so the
 * server keeps answering meanwhile.
 */
import { JobThread } from '../workers/index.ts';
import { centredPositions, layoutInput, runLayout, type LayoutEdge, type LayoutInput, type LayoutOutput, type LayoutRequest, type Position } from './layout-core.ts';

export { OVERVIEW_FRAME, LABEL_ROOM_HEIGHT, layoutIterations, makeLabelRoom, type Position } from './layout-core.ts';

const WORKER = new URL('./layout.worker.ts', import.meta.url);

/** One layout thread for the process: jobs queue in it and run one at a time (the machine's other core stays free for requests). */
const thread = new JobThread<LayoutInput, LayoutOutput>(WORKER, 'layout');

export interface LayoutOptions extends LayoutRequest {
  /** Run in this thread instead of a worker (tests, tiny graphs). */
  inThread?: boolean;
}

/**
 * Positions for `nodeIds` (in a fixed order) linked by `edges` (ends outside
 * `nodeIds` are ignored; parallel edges count once, weighted by `weight`).
 * Coordinates are rounded to 0.1 and centred on 0.
 */
export async function layoutGraph(
  nodeIds: readonly string[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions = {},
): Promise<Map<string, Position>> {
  const input = layoutInput(nodeIds, edges, options);
  if (!input.ids.length) return new Map();
  return centredPositions(input, options.inThread ? runLayout(input) : await thread.run(input));
}
