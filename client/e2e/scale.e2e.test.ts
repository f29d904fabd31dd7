/**
 * Every view paints, with readable labels, on the seeds and on a generated
 * corpus of several thousand actors (issue 14.5 and "Done when"), at
 * 1366×768 and 1920×1080. The generated corpus is written by the synthetic
 * corpus generator (scripts/synth) into a temporary folder, loaded into an
 * embedded store, saved as a snapshot and served from it on a free port, next
 * to a server on the seeds. Views are opened by their URL (`?v=`), as a
 * shared link would. "Readable" is labels.ts's check at 12 px: every shown
 * label at least 12 px on screen at fit, the 30 most connected nodes
 * labelled, no two labels overlapping. A last test shows, in the real page,
 * that the check fails when labels are hidden, too small, on top of each
 * other or cut off by the canvas's edge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../../graph/load/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { writeCorpus } from '../../scripts/synth.ts';
import { STAGE_ABOVE } from '../src/graph/staged-load.ts';
import { checkLabels, readLabels, waitForLabels, type LabelReading } from './labels.ts';
import { CHROMIUM, DIST, HAVE_BROWSER, SCREENSHOTS, requireBrowser, serveStore } from './support.ts';

requireBrowser();

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The views by their URL parameter (client/src/state, `?v=`). */
const VIEWS = ['matrix', 'network', 'measures', 'overlaps', 'brokers'] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
/** About 3,400 actors, 600 measures, 350 documents; about half a minute to write and load on two busy cores. */
const GENERATED = { municipalities: 120, measures: 600, seed: 3 };
/** How long a view may take to paint and settle on the generated corpus. */
/**
 * Paint wait on the generated corpus. The first visit to Overlapp there computes the overlaps
 * of some thousands of measures, which took 35–90 s on a loaded 2-core machine (the bench
 * measures paint times; this test is about labels), so the wait is generous.
 */
const PAINT_MS = 150_000;

type Served = { url: string; close(): Promise<void>; actors: number };

describe('checkLabels', () => {
  const node = (id: string, over: Partial<LabelReading['nodes'][number]> = {}): LabelReading['nodes'][number] => ({
    id,
    dataLabel: id,
    text: id,
    graphNode: true,
    degree: 1,
    fontPx: 13,
    shown: true,
    hiddenBecause: null,
    box: { x1: 0, y1: 0, x2: 40, y2: 16 },
    ...over,
  });
  const reading = (nodes: LabelReading['nodes']): LabelReading => ({ zoom: 1, width: 2000, height: 600, nodes });

  it('passes readable, separate labels', () => {
    const r = checkLabels(reading([node('a'), node('b', { box: { x1: 50, y1: 0, x2: 90, y2: 16 } }), node('c', { box: { x1: 0, y1: 20, x2: 40, y2: 36 } })]));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('fails a label below the threshold, and the threshold is a parameter', () => {
    const nodes = [node('a', { fontPx: 14 })];
    expect(checkLabels(reading(nodes)).ok).toBe(true);
    const big = checkLabels(reading(nodes), { minPx: 18 });
    expect(big.ok).toBe(false);
    expect(big.tooSmall.map((x) => x.id)).toEqual(['a']);
  });

  it('fails when every label is hidden, and when a well-connected node has none', () => {
    const hidden = { shown: false, hiddenBecause: 'no label drawn', text: '', box: null };
    const all = checkLabels(reading([node('a', hidden), node('b', { ...hidden, box: null })]));
    expect(all.ok).toBe(false);
    expect(all.topHidden).toHaveLength(2);
    // 31 nodes, the least connected one unlabelled: fine; the most connected one unlabelled: not.
    const many = Array.from({ length: 31 }, (_, i) => node(`n${i}`, { degree: 100 - i, box: { x1: i * 50, y1: 0, x2: i * 50 + 40, y2: 16 } }));
    expect(checkLabels(reading(many.map((n, i) => (i === 30 ? { ...n, ...hidden } : n)))).ok).toBe(true);
    expect(checkLabels(reading(many.map((n, i) => (i === 0 ? { ...n, ...hidden } : n)))).topHidden.map((x) => x.id)).toEqual(['n0']);
  });

  it('counts ties at the 30th place fairly: enough of the tied nodes must show, not a given one', () => {
    const hidden = { shown: false, hiddenBecause: 'no label drawn', text: '', box: null };
    // 20 nodes of degree 9, then 20 of degree 1: the 30 most connected are the 20 and any 10 of the rest.
    const ns = Array.from({ length: 40 }, (_, i) => node(`n${String(i).padStart(2, '0')}`, { degree: i < 20 ? 9 : 1, box: { x1: i * 50, y1: 0, x2: i * 50 + 40, y2: 16 } }));
    const tenOfTiedShown = ns.map((n, i) => (i >= 30 ? { ...n, ...hidden } : n));
    expect(checkLabels(reading(tenOfTiedShown)).ok).toBe(true);
    const nineOfTiedShown = ns.map((n, i) => (i >= 29 ? { ...n, ...hidden } : n));
    expect(checkLabels(reading(nineOfTiedShown)).topHidden).toHaveLength(1);
    const aboveHidden = ns.map((n, i) => (i === 3 ? { ...n, ...hidden } : n));
    expect(checkLabels(reading(aboveHidden)).topHidden.map((x) => x.id)).toEqual(['n03']);
  });

  it("fails a label that runs past the canvas's edge, beyond a pixel of tolerance", () => {
    const inside = checkLabels(reading([node('a', { box: { x1: -0.5, y1: 0, x2: 40, y2: 16 } }), node('b', { box: { x1: 1960, y1: 584, x2: 2000.5, y2: 600 } })]));
    expect(inside.cutOff).toEqual([]);
    const past = checkLabels(reading([node('a', { box: { x1: -12, y1: 0, x2: 30, y2: 16 } }), node('b', { box: { x1: 100, y1: 590, x2: 140, y2: 606 } })]));
    expect(past.cutOff.map((x) => x.id)).toEqual(['a', 'b']);
    expect(past.ok).toBe(false);
  });

  it('fails overlapping labels, beyond a pixel of tolerance', () => {
    const touching = checkLabels(reading([node('a'), node('b', { box: { x1: 39.5, y1: 0, x2: 80, y2: 16 } })]));
    expect(touching.overlaps).toEqual([]);
    const over = checkLabels(reading([node('a'), node('b', { box: { x1: 30, y1: 10, x2: 70, y2: 26 } })]));
    expect(over.overlaps).toEqual([{ a: 'a', b: 'b', dx: 10, dy: 6 }]);
    expect(over.ok).toBe(false);
  });
});

describe.runIf(HAVE_BROWSER)('every view paints with readable labels, on the seeds and at scale', () => {
  let browser: Browser;
  let tmp: string;
  const servers: Record<'seeds' | 'generated', Served> = {} as never;
  const results: string[] = [];

  beforeAll(async () => {
    // Fails early, naming the file, when the explorer is not built.
    readFileSync(join(DIST, 'index.html'));
    tmp = mkdtempSync(join(tmpdir(), 'samkart-scale-'));
    // The generated corpus, loaded once, saved as a snapshot and served from it.
    const corpusDir = join(tmp, 'corpus');
    writeCorpus(corpusDir, GENERATED);
    const loaded = new EmbeddedStore();
    await loadDocuments(loaded, [corpusDir]);
    const snapshot = join(tmp, 'graph.json');
    writeFileSync(snapshot, JSON.stringify(loaded.snapshot()));
    const generated = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(snapshot, 'utf8')));
    const seeds = new EmbeddedStore();
    await loadDocuments(seeds, [DEFAULT_SEEDS_DIR]);
    for (const [name, store] of [
      ['seeds', seeds],
      ['generated', generated],
    ] as const) {
      const s = await serveStore(store, { timeoutMs: 60_000 });
      servers[name] = { url: s.url, close: s.close, actors: (await store.counts()).nodes.Actor ?? 0 };
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of Object.values(servers)) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (results.length) console.info(`[scale] label check per view:\n${results.join('\n')}`);
  });

  it('serves a generated corpus of several thousand actors', () => {
    expect(servers.generated.actors).toBeGreaterThan(3000);
    expect(servers.seeds.actors).toBeGreaterThan(30);
  });

  const cases = (['seeds', 'generated'] as const).flatMap((corpus) => VIEWS.flatMap((view) => SIZES.map((size) => [corpus, view, `${size.width}×${size.height}`, size] as const)));

  /**
   * Views that paint but do not yet pass the label check. For these the test asserts that they
   * paint and that the check still finds the problem, so the day one is fixed the test fails until
   * it is taken off this list. Empty since the aggregated maps (network and measures on the
   * generated corpus) are laid out on the server with room for their best-connected nodes' labels
   * and draw each node's strongest links (graph/query/snapshot/layouts.ts and overview.ts).
   */
  const KNOWN_UNREADABLE = new Set<string>([]);

  it.each(cases)('%s: %s at %s paints, with readable labels', async (corpus, view, _label, size) => {
    const page = await browser.newPage({ viewport: size });
    // The first-visit guide closed, as for a returning user: the screenshot shows the map, not the guide over it.
    await page.addInitScript(() => window.localStorage.setItem('samkart.guide.done', '1'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${servers[corpus].url}/?v=${view}`);
      const nodes = await painted(page, corpus === 'seeds' ? 30_000 : PAINT_MS);
      expect(nodes).toBeGreaterThan(0);
      const reading = await waitForLabels(page);
      const check = checkLabels(reading, { minPx: 12 });
      results.push(labelSummary(`${corpus} ${view} ${size.width}×${size.height}`, reading, check));
      expect(errors).toEqual([]);
      const key = `${corpus} ${view} ${size.width}×${size.height}`;
      if (KNOWN_UNREADABLE.has(key)) expect(check.problems, `${key} passes the label check now: take it off KNOWN_UNREADABLE`).not.toEqual([]);
      else {
        expect(check.problems).toEqual([]);
        // What passed the check, as the README shows it (client/docs holds copies).
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `scale-${corpus}-${view}-${size.width}.png`) });
      }
    } finally {
      await page.close();
    }
  }, 180_000);

  /**
   * Systemkart with "Store tekster" (issue 15.1: it once made the ministry headers run into each other): the same
   * check, so no two labels overlap and every label stays readable, at both sizes, on the seeds and at scale. The
   * matrix is laid out for the canvas and the text scale, so this is a layout of its own, not the one above enlarged.
   */
  const largeCases = (['seeds', 'generated'] as const).flatMap((corpus) => SIZES.map((size) => [corpus, `${size.width}×${size.height}`, size] as const));
  it.each(largeCases)('%s: matrix with "Store tekster" at %s has readable labels, none overlapping', async (corpus, _label, size) => {
    const page = await browser.newPage({ viewport: size });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${servers[corpus].url}/?v=matrix`);
      await painted(page, corpus === 'seeds' ? 30_000 : PAINT_MS);
      const before = await waitForLabels(page);
      await page.getByRole('button', { name: 'Store tekster' }).click();
      await page.waitForSelector('.app.large-text');
      await painted(page, 30_000);
      const reading = await waitForLabels(page);
      const check = checkLabels(reading, { minPx: 12 });
      results.push(labelSummary(`${corpus} matrix "Store tekster" ${size.width}×${size.height}`, reading, check));
      expect(errors).toEqual([]);
      expect(check.problems).toEqual([]);
      // The text is larger than without "Store tekster" where the screen has room for it (on a laptop it may not
      // be: then the check above keeps it readable).
      const sizeOf = (r: typeof reading) => Math.max(...r.nodes.filter((n) => n.shown).map((n) => n.fontPx));
      if (size.width >= 1920) expect(sizeOf(reading)).toBeGreaterThan(sizeOf(before) * 1.2);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('the matrix is laid out again for the room a panel gives or takes, and stays readable (seeds, 1366×768)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(`${servers.seeds.url}/?v=matrix&sel=actor:bufdir`);
      await page.getByTestId('details-title').waitFor();
      await painted(page, 30_000);
      const layout = () => page.evaluate(() => ({ canvas: window.__samkart!.cy!.width(), matrix: window.__samkart!.cy!.nodes('.mx-header').boundingBox({}).w }));
      const narrow = await layout();
      const withPanel = checkLabels(await waitForLabels(page), { minPx: 12 });
      expect(withPanel.problems).toEqual([]);
      // Closing the details gives the canvas its width back: the matrix is built again to fill it, not zoomed.
      await page.getByTestId('details-panel').getByRole('button', { name: /Lukk/ }).first().click();
      await page.waitForFunction((w) => window.__samkart!.cy!.width() > w + 200, narrow.canvas, { timeout: 30_000 });
      await page.waitForFunction((w) => window.__samkart!.cy!.nodes('.mx-header').boundingBox({}).w > w + 150, narrow.matrix, { timeout: 30_000 });
      await painted(page, 30_000);
      const wide = await layout();
      expect(wide.matrix / wide.canvas).toBeGreaterThan(0.85);
      const closed = checkLabels(await waitForLabels(page), { minPx: 12 });
      expect(closed.problems).toEqual([]);
      results.push(`seeds matrix 1366×768 with details ${narrow.canvas} px → without ${wide.canvas} px: matrix ${Math.round(narrow.matrix)} → ${Math.round(wide.matrix)} wide, smallest label ${withPanel.smallestPx?.toFixed(1)} → ${closed.smallestPx?.toFixed(1)} px`);
    } finally {
      await page.close();
    }
  }, 120_000);

  /**
   * A filter on an aggregated map brings in the individuals it leaves: several hundred bodies, more than the canvas
   * loads in one task (client/src/graph/staged-load.ts styles them over several tasks and draws them once). They are
   * drawn, fitted and labelled as any map is, with every label readable and inside the canvas.
   */
  it.each(SIZES.map((size) => [`${size.width}×${size.height}`, size] as const))('generated: a filter that brings in hundreds of bodies at %s draws them with readable labels', async (_label, size) => {
    const page = await browser.newPage({ viewport: size });
    await page.addInitScript(() => window.localStorage.setItem('samkart.guide.done', '1'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${servers.generated.url}/?v=network&sector=sector:helse,sector:utdanning`);
      await painted(page, PAINT_MS);
      const reading = await waitForLabels(page);
      const drawn = await page.evaluate(() => ({ elements: window.__samkart!.cy!.elements().length, groups: window.__samkart!.cy!.nodes('[type = "Group"]').length }));
      expect(drawn.elements).toBeGreaterThan(STAGE_ABOVE);
      expect(drawn.groups).toBe(0);
      const check = checkLabels(reading, { minPx: 12 });
      results.push(labelSummary(`generated network, filtered to Helse and Utdanning, ${size.width}×${size.height} (${drawn.elements} elements)`, reading, check));
      expect(check.problems).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('the check fails in the real page when labels are hidden, shrunk or stacked', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(`${servers.seeds.url}/?v=network`);
      await painted(page, 30_000);
      await waitForLabels(page);
      // Cytoscape stops drawing labels below min-zoomed-font-size: set it above every label.
      await page.evaluate(() => window.__samkart!.cy!.style().selector('node').style('min-zoomed-font-size', 200).update());
      const hidden = checkLabels(await readLabels(page));
      expect(hidden.ok).toBe(false);
      expect(hidden.topHidden.length).toBeGreaterThan(0);
      expect(hidden.topHidden[0].why).toMatch(/min-zoomed-font-size/);
      // Tiny labels: zoomed far out.
      await page.evaluate(() => {
        const cy = window.__samkart!.cy!;
        cy.style().selector('node').style('min-zoomed-font-size', 0).update();
        cy.zoom({ level: cy.zoom() / 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
      const small = checkLabels(await readLabels(page));
      expect(small.tooSmall.length).toBeGreaterThan(0);
      // Two labelled nodes moved onto one spot. The explorer places labels again after a
      // viewport change (it would hide one of the two), so the zoom settles first and the
      // move, which is no viewport change, comes after.
      await page.evaluate(() => window.__samkart!.cy!.zoom(1));
      await waitForLabels(page);
      await page.evaluate(() => {
        const cy = window.__samkart!.cy!;
        const labelled = cy.nodes().filter((n) => n.visible() && String(n.style('label') ?? '') !== '');
        labelled[1].position({ ...labelled[0].position() });
      });
      const stacked = checkLabels(await readLabels(page), { minPx: 0 });
      expect(stacked.overlaps.length).toBeGreaterThan(0);
      // A labelled node moved to the canvas's left edge: its label runs past it.
      await page.evaluate(() => {
        const cy = window.__samkart!.cy!;
        const labelled = cy.nodes().filter((n) => n.visible() && String(n.style('label') ?? '') !== '');
        labelled[2].renderedPosition({ x: 1, y: cy.height() / 2 });
      });
      const cut = checkLabels(await readLabels(page), { minPx: 0 });
      expect(cut.cutOff.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 90_000);
});

/** Waits until the canvas holds nodes, the status line is not busy and nothing is loading; returns the node count. */
/** One line of the per-view report: what was drawn and what the label check found. */
function labelSummary(what: string, reading: LabelReading, check: ReturnType<typeof checkLabels>): string {
  return `${what}: ${reading.nodes.length} nodes, ${check.shown} labels shown (smallest ${check.smallestPx?.toFixed(1) ?? '–'} px) — ${check.ok ? 'readable' : check.problems.join(' | ')}`;
}

async function painted(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(
    () => {
      const cy = window.__samkart?.cy;
      const status = document.querySelector('.canvas-status');
      return !!cy && cy.nodes().length > 0 && !cy.animated() && !!status && status.getAttribute('aria-busy') !== 'true' && !document.querySelector('.loading-overlay');
    },
    undefined,
    { timeout: timeoutMs, polling: 200 },
  );
  return page.evaluate(() => window.__samkart!.cy!.nodes().length);
}
