/** Asks the layout worker for force-directed positions; one worker for the page, requests answered in order. */
import type { ElementDefinition } from 'cytoscape';
import type { Positions } from './layouts.ts';

export interface LayoutRequest {
  id: number;
  /** Plain element data (no functions), as structured clone takes it. */
  elements: ElementDefinition[];
}
export type LayoutResponse = { id: number; positions: Positions; error?: undefined } | { id: number; error: string; positions?: undefined };

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, { resolve(p: Positions): void; reject(e: Error): void }>();

/** Force-directed positions of `elements`, computed in the layout worker. */
export function forceLayoutInWorker(elements: readonly ElementDefinition[]): Promise<Positions> {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.error !== undefined) w.reject(new Error(e.data.error));
      else w.resolve(e.data.positions);
    };
  }
  const id = ++next;
  // Only what the layout reads crosses to the worker.
  const plain = elements.map((e) => ({ group: e.group, data: { id: e.data.id, source: e.data.source, target: e.data.target, weight: e.data.weight } }));
  const request: LayoutRequest = { id, elements: plain as ElementDefinition[] };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
