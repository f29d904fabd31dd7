/**
 * Explorer benchmark: in headless Chromium, the time to the first rendered
 * frame and the JS heap for graphs of several sizes, comparing positions
 * precomputed on the server (GraphReader.layout, rendered as `preset`) with
 * fcose at draft quality. A standalone page (scripts/bench/explorer/) loads
 * cytoscape and fcose straight from node_modules; the app's client is not
 * involved.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Subgraph } from '../../graph/query/index.ts';
import { summarise, type Summary } from './stats.ts';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('./explorer/', import.meta.url));

/** Chromium as the brief asks for it: Debian's binary, no sandbox, no GPU, nothing in the background. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ExplorerCase {
  /** "seeds", "1k" … */
  name: string;
  graph: Subgraph;
}

export interface ExplorerResult {
  case: string;
  nodes: number;
  edges: number;
  layout: 'preset' | 'fcose';
  webgl: boolean;
  firstFrameMs: Summary;
  layoutMs: Summary;
  heapMB: Summary;
  rendererReports: string;
}

/** Serves the page, the vendor files and the data sets on 127.0.0.1. */
async function servePage(data: Map<string, string>): Promise<{ url: string; server: Server }> {
  const files: Record<string, string> = {
    '/': `${HERE}index.html`,
    '/bench.js': `${HERE}bench.js`,
    '/vendor/cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
    '/vendor/layout-base.js': require.resolve('layout-base/layout-base.js'),
    '/vendor/cose-base.js': require.resolve('cose-base/cose-base.js'),
    '/vendor/cytoscape-fcose.js': require.resolve('cytoscape-fcose/cytoscape-fcose.js'),
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const json = data.get(path);
    if (json !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(json);
      return;
    }
    const file = files[path];
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

interface PageResult {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  layoutMs: number;
  webglFlag: boolean;
  webglContext: boolean;
  cytoscapeVersion: string | null;
}

/** Runs every case with every (layout, renderer) combination, `runs` times each, a fresh page per run. */
export async function benchExplorer(
  cases: readonly ExplorerCase[],
  combos: readonly { layout: 'preset' | 'fcose'; webgl: boolean }[],
  runs: number,
  log: (s: string) => void,
): Promise<{ results: ExplorerResult[]; chromium: string; cytoscape: string | null }> {
  const data = new Map(cases.map((c) => [`/data/${c.name}.json`, JSON.stringify({ nodes: c.graph.nodes, edges: c.graph.edges })]));
  const { url, server } = await servePage(data);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results: ExplorerResult[] = [];
  let cytoscapeVersion: string | null = null;
  try {
    for (const c of cases) {
      for (const combo of combos) {
        const frames: number[] = [];
        const layouts: number[] = [];
        const heaps: number[] = [];
        const reports = new Set<string>();
        let last: PageResult | null = null;
        for (let r = 0; r < runs; r++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          const messages: string[] = [];
          page.on('console', (m) => messages.push(m.text()));
          page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
          page.on('response', (r) => { if (r.status() >= 400) messages.push(`${r.status()} ${r.url()}`); });
          try {
            await page.goto(`${url}/`);
            if (!(await page.evaluate(() => typeof (window as unknown as { runBench?: unknown }).runBench === 'function'))) {
              const state = await page.evaluate(() => [document.title, document.scripts.length, typeof (window as unknown as { cytoscape?: unknown }).cytoscape].join(' '));
              throw new Error(`the bench page did not load (${state}): ${messages.join('; ')}`);
            }
            const res = (await page.evaluate((cfg) => (window as unknown as { runBench(c: unknown): Promise<unknown> }).runBench(cfg), {
              dataUrl: `/data/${c.name}.json`,
              layout: combo.layout,
              webgl: combo.webgl,
              seed: 1,
            })) as PageResult;
            const cdp = await page.context().newCDPSession(page);
            await cdp.send('HeapProfiler.collectGarbage');
            await cdp.send('Performance.enable');
            const { metrics } = await cdp.send('Performance.getMetrics');
            const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
            frames.push(res.firstFrameMs);
            layouts.push(res.layoutMs);
            heaps.push(heap / 1024 / 1024);
            reports.add(`webgl flag ${res.webglFlag}, WebGL2 context ${res.webglContext}${messages.some((l) => /webgl rendering enabled/.test(l)) ? ', "webgl rendering enabled"' : ''}`);
            cytoscapeVersion = res.cytoscapeVersion;
            last = res;
          } finally {
            await page.close();
          }
        }
        const result: ExplorerResult = {
          case: c.name,
          nodes: last?.nodes ?? 0,
          edges: last?.edges ?? 0,
          layout: combo.layout,
          webgl: combo.webgl,
          firstFrameMs: summarise(frames),
          layoutMs: summarise(layouts),
          heapMB: summarise(heaps),
          rendererReports: [...reports].join('; '),
        };
        log(
          `  explorer ${c.name.padEnd(6)} ${combo.layout.padEnd(6)} webgl=${String(combo.webgl).padEnd(5)} ${result.nodes}+${result.edges}: first frame ${result.firstFrameMs.median.toFixed(0)} ms (layout ${result.layoutMs.median.toFixed(0)} ms), heap ${result.heapMB.median.toFixed(1)} MB [${result.rendererReports}]`,
        );
        results.push(result);
      }
    }
    return { results, chromium: browser.version(), cytoscape: cytoscapeVersion };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * A subgraph of about `elements` nodes plus edges, with positions: the
 * best-connected nodes of a view (the subgraph cap), the node limit found by
 * bisection.
 */
export async function subgraphOfSize(make: (limit: number) => Promise<Subgraph>, elements: number): Promise<Subgraph> {
  let lo = 1;
  let hi = 5000;
  let best: Subgraph | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const g = await make(mid);
    const size = g.nodes.length + g.edges.length;
    if (!best || Math.abs(size - elements) < Math.abs(best.nodes.length + best.edges.length - elements)) best = g;
    if (size < elements) lo = mid + 1;
    else hi = mid - 1;
  }
  return best!;
}
