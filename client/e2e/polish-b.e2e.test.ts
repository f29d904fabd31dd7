/**
 * Explorer polish B in Chromium (issue 15, items 1–5 and 9), tried as a new
 * user would at 1366×768 and 1920×1080: readable labels (the label-size check
 * of labels.ts, 18 px in a presentation, and no overlapping text with "Store
 * tekster"), the canvas fitting again when panels close, the blank-canvas
 * replay, the table twin, a presentation that keeps your place, a document
 * found by search, and the newcomer's tooltip, cursor, guide and legend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canvasReady, HAVE_BROWSER, paintedShare, requireBrowser, SCREENSHOTS, startHarness, type Harness } from './support.ts';
import { checkLabels, readLabels, waitForLabels } from './labels.ts';

requireBrowser();

const LAPTOP = { width: 1366, height: 768 };
const DESK = { width: 1920, height: 1080 };

/** Shown nodes, and how many of them lie inside the viewport. */
async function onScreen(page: Page): Promise<{ shown: number; inView: number }> {
  return page.evaluate(() => {
    const cy = window.__samkart!.cy!;
    const ext = cy.extent();
    const shown = cy.nodes().filter((n) => n.visible() && typeof n.data('type') === 'string');
    const inView = shown.nodes().filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    return { shown: shown.length, inView: inView.length };
  });
}

/** How much of the canvas the shown elements fill on screen, the larger of width and height share. */
async function fillShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = window.__samkart!.cy!;
    const bb = cy.elements().filter((el) => el.visible()).renderedBoundingBox({});
    return Math.max(bb.w / cy.width(), bb.h / cy.height());
  });
}

const widthOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().width ?? 0, selector);

describe.runIf(HAVE_BROWSER)('explorer polish B in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('replays the blank-canvas steps: after Tilpass on a hidden filter and a new document filter, the shown nodes are on screen', async () => {
    const page = await h.open('/?v=network', LAPTOP);
    await canvasReady(page);
    const sidebar = page.getByTestId('filter-sidebar');
    await sidebar.locator('input[name="sectors"][value="sector:helse"]').check();
    await sidebar.locator('input[name="levels"][value="level:kommune"]').check();
    await sidebar.locator('input[name="filter-mode"][value="hide"]').check({ force: true });
    await page.getByRole('button', { name: 'Tilpass' }).click();
    await canvasReady(page);
    await sidebar.getByRole('button', { name: /Nullstill filtre/ }).click();
    await canvasReady(page);
    await sidebar.getByLabel('Bedre tverrfaglig samarbeid').check();
    await canvasReady(page);
    const seen = await onScreen(page);
    expect(seen.shown).toBeGreaterThan(0);
    expect(seen.inView).toBe(seen.shown);
    // …and the view fits them, rather than staying where the earlier filter left it.
    expect(await fillShare(page)).toBeGreaterThan(0.6);
    await expect.poll(() => page.locator('.canvas-status').textContent()).toContain(`${seen.shown} noder`);
    // Eleven small nodes on a laptop's canvas: about 0.4 % of it painted; a blank canvas is 0.
    expect(await paintedShare(page)).toBeGreaterThan(0.002);
    await page.screenshot({ path: `${SCREENSHOTS}/blank-canvas-replay-1366.png` });

    // The same with a filter the browser applies alone (no new data, so no reload to fit by chance): fit to the kommune
    // bodies of Helse, clear, then hide all but Justis. Its bodies lie elsewhere; the view must follow them.
    await sidebar.getByRole('button', { name: /Nullstill filtre/ }).click();
    await sidebar.locator('input[name="sectors"][value="sector:helse"]').check();
    await sidebar.locator('input[name="levels"][value="level:kommune"]').check();
    await canvasReady(page);
    await page.getByRole('button', { name: 'Tilpass' }).click();
    await canvasReady(page);
    await sidebar.getByRole('button', { name: /Nullstill filtre/ }).click();
    await canvasReady(page);
    await sidebar.locator('input[name="sectors"][value="sector:justis"]').check();
    await canvasReady(page);
    const justis = await onScreen(page);
    expect(justis.shown).toBeGreaterThan(0);
    expect(justis.inView).toBe(justis.shown);
    expect(await fillShare(page)).toBeGreaterThan(0.6);
    await page.close();
  }, 120_000);

  it.each([
    ['1366', LAPTOP],
    ['1920', DESK],
  ])('network labels are readable at %s: at least 12 px, the most connected shown, none overlapping', async (name, viewport) => {
    const page = await h.open('/?v=network', viewport);
    await canvasReady(page);
    const check = checkLabels(await waitForLabels(page), { minPx: 12 });
    await page.screenshot({ path: `${SCREENSHOTS}/labels-network-${name}.png` });
    expect(check.tooSmall, check.problems.join('\n')).toEqual([]);
    expect(check.overlaps, check.problems.join('\n')).toEqual([]);
    expect(check.shown).toBeGreaterThan(0);
    await page.close();
  }, 90_000);

  it('in a presentation at 1366×768 every shown label is at least 18 px and none overlap', async () => {
    const page = await h.open('/?v=network', LAPTOP);
    await canvasReady(page);
    await page.getByTestId('present-button').click();
    await page.getByTestId('present-header').waitFor();
    await canvasReady(page);
    const check = checkLabels(await waitForLabels(page), { minPx: 18 });
    await page.screenshot({ path: `${SCREENSHOTS}/present-network-1366.png` });
    expect(check.tooSmall, check.problems.join('\n')).toEqual([]);
    expect(check.overlaps, check.problems.join('\n')).toEqual([]);
    expect(check.shown).toBeGreaterThanOrEqual(Math.min(10, check.labelled));
    await page.close();
  }, 90_000);

  it('"Store tekster" makes no text in the matrix overlap (headers and bodies)', async () => {
    const page = await h.open('/?v=matrix', LAPTOP);
    await canvasReady(page);
    await page.getByRole('button', { name: 'Store tekster' }).click();
    await canvasReady(page);
    const check = checkLabels(await readLabels(page), { minPx: 0, top: 0 });
    await page.screenshot({ path: `${SCREENSHOTS}/matrix-large-text-1366.png` });
    expect(check.overlaps, check.problems.join('\n')).toEqual([]);
    await page.close();
  }, 60_000);

  it('a closed details panel gives its width back and the canvas fits again; so does hiding the filters', async () => {
    const page = await h.open('/?v=network&sel=actor:bufdir', LAPTOP);
    await canvasReady(page);
    await page.getByTestId('details-title').waitFor();
    expect(await widthOf(page, '.right-panel')).toBeGreaterThan(250);
    const before = await widthOf(page, '[data-testid="graph-canvas"]');
    await page.getByTestId('details-panel').getByRole('button', { name: /Lukk/ }).first().click();
    await expect.poll(() => widthOf(page, '.right-panel')).toBeLessThan(2);
    await expect.poll(() => widthOf(page, '[data-testid="graph-canvas"]')).toBeGreaterThan(before + 250);
    await canvasReady(page);
    expect(await fillShare(page)).toBeGreaterThan(0.85);
    const wide = await widthOf(page, '[data-testid="graph-canvas"]');
    await page.getByRole('button', { name: 'Skjul filtre' }).click();
    await expect.poll(() => widthOf(page, '[data-testid="graph-canvas"]')).toBeGreaterThan(wide + 150);
    await canvasReady(page);
    expect(await fillShare(page)).toBeGreaterThan(0.85);
    await page.close();
  }, 60_000);

  it('the table twin of Meglere og hull keeps its sub-tabs and the gap table (?v=brokers&sec=gaps&table=1)', async () => {
    const page = await h.open('/?v=brokers&sec=gaps&table=1', LAPTOP);
    await page.getByTestId('gap-table').waitFor();
    const parts = page.getByRole('radiogroup', { name: 'Deler av visningen' });
    expect(await parts.isVisible()).toBe(true);
    for (const part of ['Meglere', 'Hull mellom sektorer', 'Uklart ansvar']) expect(await parts.getByRole('radio', { name: part }).count()).toBe(1);
    expect(await parts.getByRole('radio', { name: 'Hull mellom sektorer' }).isChecked()).toBe(true);
    expect(await page.getByTestId('table-view').textContent()).not.toMatch(/\bedge\.[A-Z_]+/);
    await page.screenshot({ path: `${SCREENSHOTS}/table-gaps-1366.png` });
    await page.close();
  }, 60_000);

  it('the brokers table ranks by betweenness with Norwegian numbers, and sorts when a header is clicked', async () => {
    const page = await h.open('/?v=brokers&table=1', DESK);
    const table = page.getByTestId('broker-table');
    await table.waitFor();
    const scores = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(scores.length).toBeGreaterThan(3);
    expect(scores.some((s) => /^\d+,\d+$/.test(s.trim()))).toBe(true);
    const header = table.locator('thead th').filter({ hasText: 'Megling' });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const sorted = (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map((s) => Number(s.replace(',', '.')));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(await table.locator('caption').textContent()).toMatch(/Meglere/);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(scores.length);
    await page.close();
  }, 60_000);

  it('the overlaps table lists every pair shown with its score', async () => {
    const page = await h.open('/?v=overlaps&table=1', DESK);
    const table = page.getByTestId('overlap-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    const scores = await table.locator('tbody tr td').filter({ hasText: /^\d+\s?%$/ }).count();
    expect(scores).toBe(rows);
    await page.close();
  }, 60_000);

  it('the measures table has statuses under Status, in natural order, and translated relations', async () => {
    const page = await h.open('/?v=measures&table=1', DESK);
    const table = page.getByTestId('node-table');
    await table.waitFor();
    const statusIndex = (await table.locator('thead th').allTextContents()).findIndex((s) => s.startsWith('Status'));
    expect(statusIndex).toBeGreaterThan(0);
    const statuses = new Set((await table.locator(`tbody tr > :nth-child(${statusIndex + 1})`).allTextContents()).map((s) => s.trim()).filter(Boolean));
    expect(statuses.size).toBeGreaterThan(0);
    for (const s of statuses) expect(['Ikke påbegynt', 'Påbegynt', 'Pågående', 'I rute', 'Forsinket', 'Gjennomført', 'Ukjent']).toContain(s);
    const numbers = (await table.locator('tbody th').allTextContents()).map((s) => /^Tiltak (\d+)/.exec(s.trim())?.[1]).filter(Boolean).map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.getByTestId('table-view').textContent()).not.toMatch(/\bedge\.[A-Z_]+/);
    await page.close();
  }, 60_000);

  it('the matrix table has the "Annet" row the canvas draws', async () => {
    const page = await h.open('/?v=matrix&table=1', DESK);
    const row = page.getByTestId('matrix-other-row');
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe('Annet');
    expect(await row.getByRole('button').count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('"Presenter" presents the current view with its place in the address; a reload keeps it, and Esc returns to exactly where you were', async () => {
    const start = '/?v=network&sel=actor:bufdir';
    const page = await h.open(start, LAPTOP);
    await canvasReady(page);
    await page.getByTestId('details-title').waitFor();
    const address = () => page.evaluate(() => `${location.pathname}${location.search}${location.hash}`);
    const before = await address();
    await page.getByTestId('present-button').click();
    await page.getByTestId('present-header').waitFor();
    const title = await page.getByTestId('scene-title').textContent();
    expect(title).toContain('Samarbeidsnettverk');
    expect(await page.getByTestId('present-print').isVisible()).toBe(true);
    await expect.poll(address).toBe(`${before}&present=1&scene=1`);

    // A reload (or the address shared) lands in the same presentation, on the same scene, with the same title.
    await page.reload();
    await page.getByTestId('present-header').waitFor();
    await canvasReady(page);
    await expect.poll(() => page.getByTestId('scene-title').textContent()).toBe(title);
    expect(await page.getByTestId('scene-counter').textContent()).toBe('1 av 1');
    expect(await page.evaluate(() => (window.__samkart!.state as { selection?: { id: string } }).selection?.id)).toBe('actor:bufdir');
    expect(await page.getByTestId('present-print').isVisible()).toBe(true);
    expect(await address()).toBe(`${before}&present=1&scene=1`);

    await page.keyboard.press('Escape');
    await page.getByTestId('details-title').waitFor();
    expect(await address()).toBe(before);
    expect(await page.getByTestId('present-header').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('your own story starts at scene 1', async () => {
    const page = await h.open('/?v=network', DESK);
    await canvasReady(page);
    await page.getByTestId('story-toggle').click();
    await page.getByTestId('add-scene').click();
    await page.getByTestId('tab-measures').click();
    await canvasReady(page);
    await page.getByTestId('add-scene').click();
    await page.getByTestId('story-present').click();
    await page.getByTestId('present-header').waitFor();
    expect(await page.getByTestId('scene-counter').textContent()).toBe('1 av 2');
    expect(await page.getByTestId('present-print').isVisible()).toBe(true);

    // The address holds the story and the scene on show: a reload at scene 2 lands on scene 2.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('scene-counter').textContent()).toBe('2 av 2');
    await expect.poll(() => page.url()).toMatch(/[?&]v=measures&.*present=1&scene=2#story=/);
    await page.reload();
    await expect.poll(() => page.getByTestId('scene-counter').textContent(), { timeout: 15_000 }).toBe('2 av 2');
    expect(await page.evaluate(() => (window.__samkart!.state as { view: string }).view)).toBe('measures');
    await page.close();
  }, 90_000);

  it('a document found by search opens in the document view', async () => {
    const page = await h.open('/?v=network', DESK);
    await canvasReady(page);
    const input = page.getByTestId('main-search').getByRole('combobox');
    await input.fill('Bedre tverrfaglig samarbeid');
    const hit = page.getByTestId('main-search').getByRole('option').filter({ hasText: 'Dokument' }).first();
    await hit.waitFor();
    await hit.click();
    await page.getByTestId('document-view').waitFor();
    expect(await page.getByTestId('document-view').textContent()).toContain('tverrfaglig');
    expect(await page.getByText('Ikke i denne visningen').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('a newcomer gets a tooltip with full name, kind and level, a pointer cursor, and a three-step guide that is remembered', async () => {
    const page = await h.open('/?v=network', LAPTOP, { firstVisit: true });
    await canvasReady(page);
    const guide = page.getByTestId('guide');
    await guide.waitFor();
    expect(await guide.textContent()).toContain('Hva kartet viser');
    await page.getByTestId('guide-next').click();
    await page.getByTestId('guide-next').click();
    await page.getByTestId('guide-next').click();
    await expect.poll(() => guide.count()).toBe(0);
    await page.reload();
    await canvasReady(page);
    expect(await guide.count()).toBe(0);
    await page.getByTestId('help-button').click();
    await guide.waitFor();
    await page.getByTestId('guide-close').click();

    // Hover the node of Bufdir.
    const spot = await page.evaluate(() => {
      const n = window.__samkart!.cy!.$id('actor:bufdir');
      const p = n.renderedPosition();
      const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      return { x: box.x + p.x, y: box.y + p.y };
    });
    await page.mouse.move(spot.x, spot.y);
    const tip = page.getByTestId('node-tooltip');
    await tip.waitFor();
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain('Barne-, ungdoms- og familiedirektoratet');
    expect(text).toContain('Direktorat');
    expect(await page.evaluate(() => (document.querySelector('[data-testid="graph-canvas"]') as HTMLElement).style.cursor)).toBe('pointer');
    await page.screenshot({ path: `${SCREENSHOTS}/tooltip-1366.png` });

    // The legend's shapes tell "Annet" from "Departement", as the canvas does.
    const icon = (label: string) => page.getByTestId('filter-sidebar').locator('label.check').filter({ hasText: new RegExp(`^${label}$`) }).locator('svg').innerHTML();
    expect(await icon('Annet')).not.toBe(await icon('Departement'));
    await page.close();
  }, 60_000);
});
