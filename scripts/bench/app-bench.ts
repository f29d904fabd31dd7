/**
 * App benchmark: the real explorer, as a user gets it. `server/main.ts` (the
 * `npm start` server, embedded store from a snapshot, NODE_ENV=production)
 * serves the built client (client/dist) and the API; headless Chromium opens
 * each view at each screen size. A run is one fresh server and one fresh
 * browser: the first visit is "cold" (nothing cached in the server's response
 * cache or the browser; the server has made its graph version, see startMain), a second visit to the same address in the same browser is "warm".
 * Per visit it measures, through the page probe (app-probe.ts):
 *
 * - first meaningful paint (see app-probe.ts), from navigation start;
 * - click → details: a real mouse click on the largest clickable node on
 *   screen, to the first frame with the details panel's title filled in;
 * - filter → repaint: a click on the first filter checkbox in the sidebar, to
 *   the first frame in which the status line has changed and Cytoscape has
 *   rendered since the click;
 * - the longest main-thread task after the first paint (PerformanceObserver,
 *   type 'longtask'), until 1.5 s after the last interaction;
 * - the JS heap (CDP Performance.getMetrics JSHeapUsedSize), as the user has
 *   it after the interactions, and again after a forced GC.
 *
 * A visit that does not paint within the timeout ends the case: the browser
 * is closed (a frozen tab cannot be closed politely) and the case is reported
 * as not painted, with no further runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { childEnv } from '../../server/config.ts';
import { installProbe, type ProbeState } from './app-probe.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './explorer-bench.ts';
import { summarise, type Summary } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The explorer's views by their URL parameter (client/src/state: `?v=`), with their Norwegian names. */
export const APP_VIEWS = [
  { id: 'matrix', name: 'Systemkart' },
  { id: 'network', name: 'Samarbeidsnettverk' },
  { id: 'measures', name: 'Tiltak' },
  { id: 'overlaps', name: 'Overlapp' },
  { id: 'brokers', name: 'Meglere og hull' },
] as const;

export const APP_VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

export interface AppCase {
  corpus: string;
  snapshot: string;
}

/** One visit's numbers; NaN where the step could not be measured (the reason is in `notes`). */
interface Visit {
  fmpMs: number;
  clickMs: number;
  /** Click to the details panel with its facts loaded (not `aria-busy`), which may need an API answer. */
  clickFullMs: number;
  filterMs: number;
  longestAfterPaintMs: number;
  longestBeforePaintMs: number;
  heapMB: number;
  heapAfterGcMB: number;
  nodes: number;
  edges: number;
  status: string;
}

export interface AppVisitSummary {
  runs: number;
  /** Runs that painted within the timeout. */
  painted: number;
  fmpMs: Summary;
  clickMs: Summary;
  clickFullMs: Summary;
  filterMs: Summary;
  longestAfterPaintMs: Summary;
  longestBeforePaintMs: Summary;
  heapMB: Summary;
  heapAfterGcMB: Summary;
}

export interface AppResult {
  corpus: string;
  view: string;
  viewName: string;
  width: number;
  height: number;
  nodes: number;
  edges: number;
  /** The status line's text at the first paint of the last painted visit. */
  status: string;
  cold: AppVisitSummary;
  warm: AppVisitSummary;
  notes: string[];
}

export interface AppBenchOptions {
  runs: number;
  /** How long a visit may take to paint before the case is given up. */
  paintTimeoutMs: number;
  views?: readonly string[];
  log(s: string): void;
}

/** `server/main.ts` on a snapshot, on a free port; resolves with its URL when it logs ready. */
export function startMain(snapshot: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void>; prepared: Promise<number> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: childEnv({ NEO4J_URI: '', SEEDS_DIR: undefined, SAMKART_SNAPSHOT: snapshot, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  // Resolves with the ms from spawn to the log line that says the version's analytics are made: the last of the work a
  // graph version does once (read model, layouts, analytics; server/create-server.ts), after which no request pays for it.
  const started = performance.now();
  let markPrepared: (ms: number) => void = () => {};
  const prepared = new Promise<number>((r) => (markPrepared = r));
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server/main.ts did not start:\n${err}`));
    }, 300_000);
    child.stderr!.on('data', (c: Buffer) => {
      err = (err + c.toString()).slice(-8000);
      if (/analytics of version \S+: /.test(err)) markPrepared(performance.now() - started);
      const m = /ready in \d+ ms: explorer (http:\/\/[^/\s]+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, stop, prepared });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server/main.ts exited with ${code}:\n${err}`));
    });
  });
}

/** The probe as page source; `__name` is esbuild's helper that tsx's keepNames adds to serialised functions. */
export const PROBE_SOURCE = `globalThis.__name = globalThis.__name || ((f) => f); (${installProbe.toString()})();`;

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

/** Waits in the page until the watched interaction is done; NaN after `timeoutMs`. */
async function watched(page: Page, timeoutMs: number): Promise<number> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.watch?.done != null, undefined, { timeout: timeoutMs, polling: 50 });
  } catch {
    return NaN;
  }
  const p = await probe(page);
  return p.watch!.done! - p.pointerAt!;
}

/** One visit to `url` in `page`: paint, click, filter, long tasks, heap. Null if it did not paint in time. */
async function visit(page: Page, url: string, paintTimeoutMs: number, notes: Set<string>): Promise<Visit | null> {
  await page.goto(url, { timeout: paintTimeoutMs });
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.fmp !== null, undefined, { timeout: paintTimeoutMs, polling: 100 });
  } catch {
    // What the page shows when it gave up, if it still answers (a frozen tab does not).
    const shows = await Promise.race([
      page.evaluate(() => {
        const status = document.querySelector('.canvas-status');
        const cy = (window as unknown as { __samkart?: { cy?: import('cytoscape').Core } }).__samkart?.cy;
        const alert = document.querySelector('[role="alert"]')?.textContent?.trim();
        return `status line ${status ? `"${status.textContent?.trim()}"${status.getAttribute('aria-busy') === 'true' ? ' (busy)' : ''}` : 'absent'}, ${cy ? cy.nodes().length : 'no'} nodes in the canvas${alert ? `, alert "${alert.slice(0, 120)}"` : ''}`;
      }),
      new Promise<string>((resolve) => setTimeout(() => resolve('the page did not answer within 5 s (main thread busy)'), 5000)),
    ]).catch((e: Error) => `the page could not be read (${e.message.split('\n')[0]})`);
    notes.add(`at the timeout: ${shows}`);
    return null;
  }
  const painted = await page.evaluate(() => {
    const cy = (window as unknown as { __samkart: { cy: import('cytoscape').Core } }).__samkart.cy;
    return { fmp: (window as unknown as { __bench: ProbeState }).__bench.fmp!, nodes: cy.nodes().length, edges: cy.edges().length, status: document.querySelector('.canvas-status')?.textContent?.trim() ?? '' };
  });

  // Click → details: the largest clickable node inside the canvas, clicked at its centre. A body, measure or
  // initiative (whose details the panel shows) before a group of an aggregated map (which opens the group's list).
  const target = await page.evaluate(() => {
    const cy = (window as unknown as { __samkart: { cy: import('cytoscape').Core } }).__samkart.cy;
    const box = cy.container()!.getBoundingClientRect();
    let best: { x: number; y: number; size: number; degree: number; group: boolean } | null = null;
    cy.nodes().forEach((n) => {
      const ref = n.data('ref') as unknown;
      if (typeof ref !== 'string' || ref.startsWith('path:') || n.data('inert') || !n.visible() || n.style('events') === 'no' || n.isParent()) return;
      const p = n.renderedPosition();
      if (p.x < 10 || p.y < 10 || p.x > cy.width() - 10 || p.y > cy.height() - 10) return;
      const size = Math.min(n.renderedWidth(), n.renderedHeight());
      const degree = n.degree(false);
      const group = ref.startsWith('group:') || ref.startsWith('more:');
      const better = !best || (best.group && !group) || (best.group === group && (size > best.size || (size === best.size && degree > best.degree)));
      if (better) best = { x: box.left + p.x, y: box.top + p.y, size, degree, group };
    });
    return best as { x: number; y: number; size: number; degree: number; group: boolean } | null;
  });
  let clickMs = NaN;
  let clickFullMs = NaN;
  if (target) {
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: ProbeState }).__bench;
      b.pointerAt = null;
      b.watch = { kind: 'details', before: '', done: null };
    });
    await page.mouse.click(target.x, target.y);
    clickMs = await watched(page, 10_000);
    if (Number.isNaN(clickMs)) notes.add(`no details panel within 10 s of clicking the largest ${target.group ? 'group (no single node on screen)' : 'node'} (${target.size.toFixed(1)} px on screen)`);
    else {
      try {
        await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.watch?.full != null, undefined, { timeout: 10_000, polling: 50 });
        const p = await probe(page);
        clickFullMs = p.watch!.full! - p.pointerAt!;
      } catch {
        notes.add('the details panel was still loading 10 s after the click');
      }
    }
  } else notes.add('no clickable node on screen');

  // Filter → repaint: the first filter checkbox in the sidebar.
  let filterMs = NaN;
  const box = page.locator('[data-testid="filter-sidebar"] input[type="checkbox"]').first();
  if ((await box.count()) > 0 && (await box.isVisible())) {
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: ProbeState }).__bench;
      b.pointerAt = null;
      b.watch = { kind: 'filter', before: document.querySelector('.canvas-status')?.textContent?.trim() ?? '', done: null };
    });
    await box.click();
    filterMs = await watched(page, 10_000);
    if (Number.isNaN(filterMs)) notes.add('the status line did not change within 10 s of ticking the first filter');
  } else notes.add('no filter checkbox in the sidebar');

  // Long tasks until things have been quiet for a while.
  await page.waitForTimeout(1500);
  const p = await probe(page);
  const after = p.longTasks.filter((t) => t.start >= painted.fmp).map((t) => t.duration);
  const before = p.longTasks.filter((t) => t.start < painted.fmp).map((t) => t.duration);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapNow = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.send('HeapProfiler.collectGarbage');
  const heapGc = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  return {
    fmpMs: painted.fmp,
    clickMs,
    clickFullMs,
    filterMs,
    longestAfterPaintMs: after.length ? Math.max(...after) : 0,
    longestBeforePaintMs: before.length ? Math.max(...before) : 0,
    heapMB: heapNow / 1024 / 1024,
    heapAfterGcMB: heapGc / 1024 / 1024,
    nodes: painted.nodes,
    edges: painted.edges,
    status: painted.status,
  };
}

function summariseVisits(visits: Visit[], runs: number): AppVisitSummary {
  const s = (k: keyof Visit) => summarise(visits.map((v) => v[k] as number).filter((x) => Number.isFinite(x)));
  return {
    runs,
    painted: visits.length,
    fmpMs: s('fmpMs'),
    clickMs: s('clickMs'),
    clickFullMs: s('clickFullMs'),
    filterMs: s('filterMs'),
    longestAfterPaintMs: s('longestAfterPaintMs'),
    longestBeforePaintMs: s('longestBeforePaintMs'),
    heapMB: s('heapMB'),
    heapAfterGcMB: s('heapAfterGcMB'),
  };
}

/** Every view × screen size of one corpus, `runs` times each (fresh server and browser per run). */
export async function benchApp(c: AppCase, options: AppBenchOptions): Promise<{ results: AppResult[]; chromium: string }> {
  const { log } = options;
  const results: AppResult[] = [];
  let version = '';
  const views = APP_VIEWS.filter((v) => !options.views || options.views.includes(v.id));
  for (const view of views) {
    for (const viewport of APP_VIEWPORTS) {
      const cold: Visit[] = [];
      const warm: Visit[] = [];
      const notes = new Set<string>();
      let attempted = 0;
      for (let r = 0; r < options.runs; r++) {
        attempted++;
        let server: Awaited<ReturnType<typeof startMain>> | null = null;
        let browser: Browser | null = null;
        let gaveUp = false;
        try {
          server = await startMain(c.snapshot);
          // Cold is the first visit to a started server: one that has made its graph version (read model, layouts and
          // analytics, which it makes once per version, before any request asks). How long that takes is noted per case.
          const preparedMs = await Promise.race([server.prepared, new Promise<null>((r) => setTimeout(() => r(null), 300_000))]);
          notes.add(preparedMs === null ? 'the server did not log its analytics within 300 s; visited anyway' : `server prepared its graph ${(preparedMs / 1000).toFixed(1)} s after start`);
          browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
          version = browser.version();
          const context = await browser.newContext({ viewport });
          await context.addInitScript({ content: PROBE_SOURCE });
          const page = await context.newPage();
          page.on('pageerror', (e) => notes.add(`page error: ${e.message.slice(0, 200)}`));
          page.on('response', (res) => {
            if (res.status() >= 400) notes.add(`HTTP ${res.status()} from ${new URL(res.url()).pathname}`);
          });
          const url = `${server.url}/?v=${view.id}`;
          const first = await visit(page, url, options.paintTimeoutMs, notes);
          if (!first) {
            notes.add(`not painted within ${options.paintTimeoutMs / 1000} s (cold); no further runs`);
            gaveUp = true;
          } else {
            cold.push(first);
            const second = await visit(page, url, options.paintTimeoutMs, notes);
            if (second) warm.push(second);
            else notes.add(`not painted within ${options.paintTimeoutMs / 1000} s (warm)`);
          }
        } catch (e) {
          notes.add(`run failed: ${(e as Error).message.split('\n')[0].slice(0, 200)}`);
          gaveUp = true;
        } finally {
          // A frozen tab does not close politely: give the browser 15 s, then its process goes.
          if (browser) {
            const closing = browser.close();
            const timedOut = await Promise.race([closing.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 15_000))]);
            if (timedOut) notes.add('the browser had to be killed');
          }
          await server?.stop();
        }
        const last = cold[cold.length - 1];
        log(
          `  app ${c.corpus} ${view.id} ${viewport.width}×${viewport.height} run ${r + 1}: ` +
            (gaveUp || !last
              ? 'not painted'
              : `paint ${last.fmpMs.toFixed(0)} ms cold / ${warm.length ? warm[warm.length - 1].fmpMs.toFixed(0) : '–'} warm, click ${last.clickMs.toFixed(0)} ms (facts ${last.clickFullMs.toFixed(0)} ms), filter ${last.filterMs.toFixed(0)} ms, longest task after paint ${last.longestAfterPaintMs.toFixed(0)} ms, heap ${last.heapMB.toFixed(0)} MB (${last.nodes} nodes)`),
        );
        if (gaveUp) break;
      }
      const ref = cold[cold.length - 1] ?? warm[warm.length - 1];
      results.push({
        corpus: c.corpus,
        view: view.id,
        viewName: view.name,
        width: viewport.width,
        height: viewport.height,
        nodes: ref?.nodes ?? 0,
        edges: ref?.edges ?? 0,
        status: ref?.status ?? '',
        cold: summariseVisits(cold, attempted),
        warm: summariseVisits(warm, attempted),
        notes: [...notes],
      });
    }
  }
  return { results, chromium: version };
}
