/** The layout worker: force-directed positions of a focused subgraph, off the main thread. */
import { forcePositions } from './force-layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout-client.ts';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, elements } = e.data;
  try {
    const response: LayoutResponse = { id, positions: forcePositions(elements) };
    self.postMessage(response);
  } catch (err) {
    const response: LayoutResponse = { id, error: String((err as Error)?.message ?? err) };
    self.postMessage(response);
  }
};
