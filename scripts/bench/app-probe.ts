/**
 * What the app benchmark runs inside the explorer's page, installed with
 * `page.addInitScript` before the app's own code. It reads the app only
 * through its public test contract: `window.__samkart.cy` (the Cytoscape
 * core, see client/src/components/GraphCanvas.tsx), the status line under
 * the canvas (`.canvas-status`, `aria-busy` while the view loads) and the
 * details panel's `[data-testid="details-title"]`. It keeps its findings in
 * `window.__bench` and marks the first meaningful paint with
 * `performance.mark('samkart:first-meaningful-paint')`.
 *
 * First meaningful paint: the first animation frame in which (1) the core
 * holds nodes, at least one of them visible with a label; (2) the status line
 * is not busy and shows a count; (3) no loading overlay is up; and (4)
 * Cytoscape has rendered since the last change of elements, positions or
 * viewport, so what is on the canvas is the view, not an empty or half-placed
 * graph. Times are `performance.now()`, i.e. milliseconds since navigation
 * started.
 *
 * This function is serialised into the page: it must not refer to anything
 * outside its own body.
 */

export interface ProbeState {
  fmp: number | null;
  longTasks: { start: number; duration: number }[];
  lastRender: number;
  lastChange: number;
  pointerAt: number | null;
  /** `done`: the details title (or the status line, for a filter) changed; `full`: the details panel is no longer busy loading. */
  watch: { kind: 'details' | 'filter'; before: string; done: number | null; full?: number | null } | null;
}

export function installProbe(): void {
  type Cy = {
    destroyed(): boolean;
    nodes(): { length: number; some(f: (n: { visible(): boolean; style(k: string): string }) => boolean): boolean };
    on(events: string, f: () => void): void;
  };
  const w = window as unknown as { __bench?: ProbeState; __samkart?: { cy?: Cy } };
  const probe: ProbeState = { fmp: null, longTasks: [], lastRender: 0, lastChange: 0, pointerAt: null, watch: null };
  w.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the bench reports none.
  }
  document.addEventListener('pointerdown', () => (probe.pointerAt = performance.now()), { capture: true });
  let hooked: Cy | null = null;
  const statusText = () => document.querySelector('.canvas-status')?.textContent?.trim() ?? '';
  const frame = () => {
    const now = performance.now();
    const cy = w.__samkart?.cy;
    if (cy && !cy.destroyed() && hooked !== cy) {
      hooked = cy;
      probe.lastChange = now;
      cy.on('render', () => (probe.lastRender = performance.now()));
      cy.on('add remove position viewport', () => (probe.lastChange = performance.now()));
    }
    if (probe.fmp === null && cy && hooked === cy && cy.nodes().length > 0 && probe.lastRender > probe.lastChange) {
      const status = document.querySelector('.canvas-status');
      const statusReady = status !== null && status.getAttribute('aria-busy') !== 'true' && /\d/.test(status.textContent ?? '');
      if (statusReady && !document.querySelector('.loading-overlay') && cy.nodes().some((n) => n.visible() && !!n.style('label'))) {
        probe.fmp = now;
        performance.mark('samkart:first-meaningful-paint');
      }
    }
    const watch = probe.watch;
    if (watch && watch.done === null && probe.pointerAt !== null) {
      if (watch.kind === 'details') {
        const title = document.querySelector('[data-testid="details-title"]');
        if (title && (title.textContent ?? '').trim()) watch.done = now;
      } else if (statusText() !== watch.before && probe.lastRender > probe.pointerAt) {
        watch.done = now;
      }
    }
    // The details' facts have arrived: the title is there and the panel is no longer `aria-busy`.
    if (watch && watch.kind === 'details' && watch.done !== null && watch.full == null && document.querySelector('[data-testid="details-panel"]')?.getAttribute('aria-busy') !== 'true') watch.full = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
