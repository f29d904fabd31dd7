/**
 * Shared setup of the browser suites: Debian's Chromium driven by
 * playwright-core against the real server (seeds loaded into a fresh embedded
 * store, built client from client/dist). Builds nothing itself. Suites skip
 * with a warning when Chromium is missing, unless SAMKART_REQUIRE_BROWSER=1.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { HttpOptions } from '../../server/index.ts';
import type { GraphStore } from '../../graph/store/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
export const REQUIRE = process.env.SAMKART_REQUIRE_BROWSER === '1';
export const HAVE_BROWSER = existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Warns when the browser is missing, and fails when one is required. Call once per suite file. */
export function requireBrowser(): void {
  if (!HAVE_BROWSER && !REQUIRE) console.warn(`[e2e] skipped: no browser at ${CHROMIUM} (install Debian's chromium, or set SAMKART_REQUIRE_BROWSER=1 to make this fail)`);
  // Required but missing: fail the file at load, rather than add a test that is skipped whenever all is well.
  if (!HAVE_BROWSER && REQUIRE) throw new Error(`SAMKART_REQUIRE_BROWSER=1 but there is no browser at ${CHROMIUM}`);
}

interface Server {
  url: string;
  close(): Promise<void>;
}
type StartServer = (options: { port?: number; host?: string; clientDir?: string }) => Promise<Server>;
type Listen = (options: HttpOptions) => Promise<Server>;
// The server is imported when a suite starts one, not when this file is read.
const SERVER_MODULE = '../../server/index.ts';

/** Options of a suite's own server: admin token and routes, timeouts; it always listens on a free local port and serves the built explorer. */
export type ServeOptions = Omit<HttpOptions, 'store' | 'port' | 'host' | 'clientDir'>;

/** A server for `store` on a free port of 127.0.0.1 with the built explorer (client/dist): for suites that need their own graph or admin routes. */
export async function serveStore(store: GraphStore, options: ServeOptions = {}): Promise<Server> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('client/dist/index.html is missing: build the explorer first (npx vite build --config client/vite.config.ts)');
  const { listen } = (await import(/* @vite-ignore */ SERVER_MODULE)) as { listen: Listen };
  return listen({ ...options, store, port: 0, host: '127.0.0.1', clientDir: DIST });
}

export interface Harness {
  url: string;
  browser: Browser;
  /** Console errors and warnings, page errors and failed requests of every page opened. */
  problems: string[];
  /**
   * A page that records its problems, at `path` of the server. Pages open as a returning visitor's (the first-visit
   * guide already closed), unless `firstVisit` is set.
   */
  open(path: string, viewport?: { width: number; height: number }, options?: { firstVisit?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server on a free port and Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`client/dist/index.html is missing: build the explorer first (npx vite build --config client/vite.config.ts, or npm test which builds it)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { startServer } = (await import(/* @vite-ignore */ SERVER_MODULE)) as { startServer: StartServer };
  const server = await startServer({ port: 0, host: '127.0.0.1', clientDir: DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const problems: string[] = [];
  return {
    url: server.url,
    browser,
    problems,
    async open(path, viewport = { width: 1920, height: 1080 }, options = {}) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      // The same key as client/src/components/Guide.tsx (GUIDE_STORAGE_KEY).
      if (!options.firstVisit) await page.addInitScript(() => window.localStorage.setItem('samkart.guide.done', '1'));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the canvas holds nodes and has settled: no view data loading, nothing animating, and elements, positions, zoom and pan the same on two looks 150 ms apart. */
export async function canvasReady(page: Page): Promise<number> {
  await page.waitForFunction(() => (window.__samkart?.cy?.nodes().length ?? 0) > 0, undefined, { timeout: 20_000 });
  await page.evaluate(() => delete (window as unknown as { __samkartLayoutKey?: string }).__samkartLayoutKey);
  await page.waitForFunction(
    () => {
      const cy = window.__samkart?.cy;
      if (!cy || cy.nodes().length === 0 || cy.animated()) return false;
      if (document.querySelector('[aria-busy="true"], .loading-overlay')) return false;
      const pan = cy.pan();
      const key = [cy.zoom(), pan.x, pan.y, cy.edges().length, ...cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)].join(';');
      const w = window as unknown as { __samkartLayoutKey?: string };
      const still = w.__samkartLayoutKey === key;
      w.__samkartLayoutKey = key;
      return still;
    },
    undefined,
    { timeout: 20_000, polling: 150 },
  );
  return page.evaluate(() => window.__samkart!.cy!.nodes().length);
}

/** What a PNG shows, decoded by the page's own image decoder: size, share of non-white pixels, and distinct colours (quantised to 4 bits a channel). */
export async function pngContent(page: Page, png: Buffer): Promise<{ width: number; height: number; painted: number; colours: number }> {
  return page.evaluate(async (b64) => {
    // atob, not fetch(data:): the page's content security policy may refuse data: URLs.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let painted = 0;
    let total = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      total++;
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 0 && !(r > 245 && g > 245 && b > 245)) painted++;
      if (a > 0) colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return { width: bitmap.width, height: bitmap.height, painted: total ? painted / total : 0, colours: colours.size };
  }, png.toString('base64'));
}

/** Share of the canvas's pixels that are painted (not blank), sampled from Cytoscape's layers. */
export async function paintedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')];
    let painted = 0;
    let total = 0;
    for (const c of canvases) {
      if (c.width === 0 || c.height === 0) continue;
      // Read a copy: repeated readbacks of Cytoscape's own layers make Chromium warn.
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true });
      if (!ctx) continue;
      ctx.drawImage(c, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4 * 37) {
        total++;
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 0 && !(r > 245 && g > 245 && b > 245)) painted++;
      }
    }
    return total ? painted / total : 0;
  });
}
