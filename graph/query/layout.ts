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
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../workers/index.ts';
import { runLayout, type LayoutInput, type LayoutOutput } from './layout-core.ts';

export { layoutIterations } from './layout-core.ts';

/** A node position. */
export interface Position {
  x: number;
  y: number;
}

const WORKER = new URL('./layout.worker.ts', import.meta.url);

type Reply = { id: number; ok: true; output: LayoutOutput } | { id: number; ok: false; message: string };

/**
 * One layout thread for the process, started on first use: jobs queue in it
 * and run one at a time (the machine's other core stays free for requests).
 * It holds the process open only while it has work.
 */
class LayoutThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: LayoutOutput) => void; reject: (e: Error) => void }>();

  run(input: LayoutInput): Promise<LayoutOutput> {
    const worker = this.start();
    const id = this.nextId++;
    const done = new Promise<LayoutOutput>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.ref();
    worker.postMessage({ id, input });
    return done;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(WORKER);
    this.worker = worker;
    worker.on('message', (reply: Reply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new Error(`layout failed: ${reply.message}`));
      if (!this.pending.size) worker.unref();
    });
    const fail = (e: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const job of this.pending.values()) job.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the layout thread stopped (exit code ${code})`)));
    return worker;
  }
}

const thread = new LayoutThread();

export interface LayoutOptions {
  seed?: number;
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
  const out = new Map<string, Position>();
  if (!input.ids.length) return out;
  const { xs, ys } = options.inThread ? runLayout(input) : await thread.run(input);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  input.ids.forEach((id, i) => out.set(id, { x: Math.round((xs[i] - cx) * 10) / 10, y: Math.round((ys[i] - cy) * 10) / 10 }));
  return out;
}
