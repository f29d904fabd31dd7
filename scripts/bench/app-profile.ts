/**
 * What runs on the explorer's main thread, by phase: a CPU profile (CDP
 * `Profiler`, 1 ms sampling) of one view from navigation to the first
 * meaningful paint, of a click on the largest node until the details panel
 * shows its title, and of a click on the first filter until the canvas has
 * repainted; with the long tasks of each phase and the size of every API
 * answer. The same server, probe and clicks as the app benchmark
 * (app-bench.ts, app-probe.ts); this is the tool to find out why a number
 * there is what it is, not a benchmark of its own.
 *
 *   npx tsx scripts/bench/app-profile.ts --snapshot .data/bench/national.json --view network [--width 1920 --height 1080] [--top 25] [--save DIR]
 *
 * Prints, per phase, its wall time, the long tasks, and the functions with
 * the most self time (name, file:line); `--save` writes the .cpuprofile files
 * (open them in Chromium's DevTools, Performance panel).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { PROBE_SOURCE, startMain } from './app-bench.ts';
import type { ProbeState } from './app-probe.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './explorer-bench.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Bundle positions back to source files through the build's source maps (vite writes them next to the bundles). */
const consumers = new Map<string, SourceMapConsumer | null>();
const DIST = fileURLToPath(new URL('../../client/dist/assets', import.meta.url));
async function loadMaps(profile: CpuProfile): Promise<void> {
  for (const n of profile.nodes) {
    const url = n.callFrame.url;
    if (!/\.m?js$/.test(url) || consumers.has(url)) continue;
    consumers.set(url, null);
    const file = join(DIST, url.replace(/^.*\//, '') + '.map');
    if (existsSync(file)) consumers.set(url, new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap));
  }
}
function origin(f: ProfileNode['callFrame']): string {
  if (!f.url) return '';
  const c = consumers.get(f.url);
  const o = f.lineNumber >= 0 ? c?.originalPositionFor({ line: f.lineNumber + 1, column: Math.max(0, f.columnNumber) }) : undefined;
  if (o?.source) return `${o.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${o.line}`;
  return `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
}

/** Self time per function (ms), largest first; idle, program and GC kept as their own rows. */
export function selfTimes(profile: CpuProfile): { name: string; where: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { name: string; where: string; ms: number }>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const where = origin(f);
    const key = `${f.functionName}|${where}`;
    const row = totals.get(key) ?? { name: f.functionName || '(anonymous)', where, ms: 0 };
    row.ms += dt;
    totals.set(key, row);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

/** Total (inclusive) time per function name, for the top-level picture: which callers hold the time. */
export function totalTimes(profile: CpuProfile): { name: string; where: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, { name: string; where: string; ms: number }>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!f.url) continue;
      const where = origin(f);
      const key = `${f.functionName}|${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = totals.get(key) ?? { name: f.functionName || '(anonymous)', where, ms: 0 };
      row.ms += dt;
      totals.set(key, row);
    }
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

const bench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

async function phase(name: string, cdp: CDPSession, page: Page, act: () => Promise<void>, top: number, save: string | undefined): Promise<void> {
  const before = (await bench(page).catch(() => null))?.longTasks.length ?? 0;
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await act();
  const wall = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await loadMaps(profile);
  const probe = await bench(page);
  const tasks = probe.longTasks.slice(before).map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`);
  const self = selfTimes(profile);
  const busy = self.filter((r) => r.name !== '(idle)').reduce((s, r) => s + r.ms, 0);
  console.log(`\n## ${name}: ${wall} ms wall, ${busy.toFixed(0)} ms on the main thread (sampled)`);
  console.log(`long tasks: ${tasks.length ? tasks.join(', ') : 'none'}`);
  console.log('self time:');
  for (const r of self.slice(0, top)) console.log(`  ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}  ${r.where}`);
  console.log('total time (app and library functions):');
  for (const r of totalTimes(profile).slice(0, top)) console.log(`  ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}  ${r.where}`);
  if (save) writeFileSync(join(save, `${name}.cpuprofile`), JSON.stringify(profile));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      snapshot: { type: 'string' },
      view: { type: 'string', default: 'network' },
      width: { type: 'string', default: '1920' },
      height: { type: 'string', default: '1080' },
      top: { type: 'string', default: '25' },
      save: { type: 'string' },
      warm: { type: 'boolean', default: false },
    },
  });
  if (!values.snapshot) throw new Error('--snapshot is required');
  const top = Number(values.top);
  if (values.save) mkdirSync(values.save, { recursive: true });
  const server = await startMain(values.snapshot);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: Number(values.width), height: Number(values.height) } });
    await context.addInitScript({ content: PROBE_SOURCE });
    const page = await context.newPage();
    const answers: string[] = [];
    page.on('requestfinished', async (req) => {
      if (!req.url().includes('/graphql')) return;
      const res = await req.response();
      const body = await res?.body().catch(() => null);
      const op = /"operationName":"(\w+)"/.exec(req.postData() ?? '')?.[1] ?? /query (\w+)/.exec(req.postData() ?? '')?.[1] ?? '?';
      const timing = req.timing();
      answers.push(`${op}: ${((body?.length ?? 0) / 1024).toFixed(0)} kB, ${(timing.responseEnd - timing.requestStart).toFixed(0)} ms`);
    });
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    const url = `${server.url}/?v=${values.view}`;
    if (values.warm) {
      // A first visit, not profiled: the server has computed its answers and the browser has the app cached.
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.fmp !== null, undefined, { timeout: 180_000, polling: 100 });
      answers.length = 0;
    }
    await phase('load', cdp, page, async () => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.fmp !== null, undefined, { timeout: 120_000, polling: 100 });
    }, top, values.save);
    const p = await bench(page);
    console.log(`first meaningful paint ${p.fmp!.toFixed(0)} ms; API answers: ${answers.join('; ')}`);
    answers.length = 0;
    await page.waitForTimeout(1500);
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { __samkart: { cy: import('cytoscape').Core } }).__samkart.cy;
      const box = cy.container()!.getBoundingClientRect();
      let best: { x: number; y: number; size: number } | null = null;
      cy.nodes().forEach((n) => {
        const ref = n.data('ref') as unknown;
        if (typeof ref !== 'string' || ref.startsWith('path:') || n.data('inert') || !n.visible() || n.style('events') === 'no' || n.isParent()) return;
        const q = n.renderedPosition();
        if (q.x < 10 || q.y < 10 || q.x > cy.width() - 10 || q.y > cy.height() - 10) return;
        const size = Math.min(n.renderedWidth(), n.renderedHeight());
        if (!best || size > best.size) best = { x: box.left + q.x, y: box.top + q.y, size };
      });
      return best as { x: number; y: number; size: number } | null;
    });
    if (target) {
      await phase('click', cdp, page, async () => {
        await page.evaluate(() => {
          const b = (window as unknown as { __bench: ProbeState }).__bench;
          b.pointerAt = null;
          b.watch = { kind: 'details', before: '', done: null };
        });
        await page.mouse.click(target.x, target.y);
        await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.watch?.done != null, undefined, { timeout: 30_000, polling: 50 }).catch(() => console.log('(not done within 30 s)'));
        await page.waitForTimeout(500);
      }, top, values.save);
      const q = await bench(page);
      console.log(`click → details ${q.watch!.done === null ? 'not measured' : (q.watch!.done - q.pointerAt!).toFixed(0)} ms; API answers: ${answers.join('; ')}`);
      answers.length = 0;
    }
    const box = page.locator('[data-testid="filter-sidebar"] input[type="checkbox"]').first();
    if ((await box.count()) > 0) {
      await phase('filter', cdp, page, async () => {
        await page.evaluate(() => {
          const b = (window as unknown as { __bench: ProbeState }).__bench;
          b.pointerAt = null;
          b.watch = { kind: 'filter', before: document.querySelector('.canvas-status')?.textContent?.trim() ?? '', done: null };
        });
        await box.click();
        await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.watch?.done != null, undefined, { timeout: 30_000, polling: 50 }).catch(() => console.log('(not done within 30 s)'));
        await page.waitForTimeout(500);
      }, top, values.save);
      const q = await bench(page);
      console.log(`filter → repaint ${q.watch!.done === null ? 'not measured' : (q.watch!.done - q.pointerAt!).toFixed(0)} ms; API answers: ${answers.join('; ')}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
