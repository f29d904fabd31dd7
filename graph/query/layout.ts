/**
 * Node positions for the explorer, computed on the server once per graph
 * version and view, so a client never runs a force layout on thousands of
 * nodes: seeded random start, then ForceAtlas2 (Barnes-Hut above a few
 * hundred nodes) for a fixed number of iterations. The same graph gives the
 * same positions on every run and in every store. The iterations run in a
 * worker thread, so the server keeps answering meanwhile.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { mulberry32 } from '../model/index.ts';
import type { Position } from './subgraph.ts';

const require = createRequire(import.meta.url);

/** Iterations by graph size: fewer for big graphs, where each costs more and Barnes-Hut is approximate anyway. */
export function layoutIterations(order: number): number {
  return order <= 500 ? 300 : order <= 3000 ? 150 : 80;
}


/** What the layout needs, in plain arrays that cross to a worker cheaply. */
interface LayoutInput {
  graphology: string;
  forceAtlas2: string;
  ids: string[];
  xs: number[];
  ys: number[];
  /** Edges as index pairs with a weight. */
  edges: [number, number, number][];
  iterations: number;
}

/**
 * The layout itself, as plain JavaScript run either in a worker (as a string)
 * or here. Builds the graph in the given order, so it is deterministic.
 */
// `load` is require() inside the worker; the modules' types cannot follow the function into the string.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function runLayout(input: LayoutInput, load: (path: string) => any): { xs: number[]; ys: number[] } {
  const { UndirectedGraph } = load(input.graphology);
  const forceAtlas2 = load(input.forceAtlas2);
  const graph = new UndirectedGraph();
  input.ids.forEach((id, i) => graph.addNode(id, { x: input.xs[i], y: input.ys[i] }));
  for (const [s, t, w] of input.edges) graph.addEdge(input.ids[s], input.ids[t], { weight: w });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, gravity: 1, scalingRatio: 10 };
  const positions = forceAtlas2(graph, { iterations: input.iterations, settings, getEdgeWeight: 'weight' });
  return { xs: input.ids.map((id) => positions[id].x), ys: input.ids.map((id) => positions[id].y) };
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const runLayout = ${runLayout.toString()};
parentPort.postMessage(runLayout(workerData, require));
`;

/** Runs the layout in a worker thread; in this thread when a worker cannot be started. */
function inWorker(input: LayoutInput): Promise<{ xs: number[]; ys: number[] }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER, { eval: true, workerData: input });
    } catch {
      resolve(runLayout(input, require));
      return;
    }
    worker.once('message', (out) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Positions for `nodeIds` (in a fixed order) linked by `edges` (ends outside
 * `nodeIds` are ignored; parallel edges count once, weighted by `weight`).
 * Coordinates are rounded to 0.1 and centred on 0.
 */
export async function layoutGraph(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string; data?: { weight?: number } }[],
  seed = 1,
): Promise<Map<string, Position>> {
  const index = new Map<string, number>();
  // Seeded, so the start positions do not depend on Math.random.
  const random = mulberry32(seed);
  const spread = Math.sqrt(Math.max(1, nodeIds.length)) * 10;
  const input: LayoutInput = {
    graphology: require.resolve('graphology'),
    forceAtlas2: require.resolve('graphology-layout-forceatlas2'),
    ids: [],
    xs: [],
    ys: [],
    edges: [],
    iterations: 0,
  };
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
  input.iterations = layoutIterations(input.ids.length);
  const out = new Map<string, Position>();
  if (!input.ids.length) return out;
  const { xs, ys } = await inWorker(input);
  const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
  input.ids.forEach((id, i) => out.set(id, { x: Math.round((xs[i] - cx) * 10) / 10, y: Math.round((ys[i] - cy) * 10) / 10 }));
  return out;
}
