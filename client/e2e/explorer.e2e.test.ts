/**
 * The explorer in a real browser: Debian's Chromium driven by playwright-core
 * against the real server (seeds loaded into a fresh embedded store, built
 * client from client/dist). It builds nothing itself. Skips with a warning
 * when Chromium is missing, unless SAMKART_REQUIRE_BROWSER=1.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasReady, HAVE_BROWSER, paintedShare, pngContent, requireBrowser, SCREENSHOTS, startHarness, type Harness } from './support.ts';

requireBrowser();

describe.runIf(HAVE_BROWSER)('explorer in Chromium', () => {
  let h: Harness;
  const open = (path: string, viewport?: { width: number; height: number }) => h.open(path, viewport);

  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['matrix', '?v=matrix'],
    ['network', '?v=network'],
    ['measures', '?v=measures'],
  ])('draws the %s view', async (name, query) => {
    const page = await open(`/${query}`);
    const nodes = await canvasReady(page);
    expect(nodes).toBeGreaterThan(5);
    // The network view is mostly white: small nodes, many of them unlinked in a grid (about 1 % painted).
    expect(await paintedShare(page)).toBeGreaterThan(0.005);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-1920.png` });
    // What the user sees in the canvas's box: drawn nodes in several colours, not a blank area.
    const shot = await pngContent(page, await page.getByTestId('graph-canvas').screenshot());
    expect(shot.painted).toBeGreaterThan(0.005);
    expect(shot.colours).toBeGreaterThan(8);
    await page.close();
  }, 60_000);

  it("draws the sectors' colours when the sectors arrive after the map", async () => {
    // The map's answer first and the sectors (Meta) late, as a loaded server may answer them: the map once drew grey and stayed so.
    const page = await h.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(() => window.localStorage.setItem('samkart.guide.done', '1'));
    await page.route('**/graphql**', async (route) => {
      const req = route.request();
      if (/\bMeta\b/.test(`${req.url()} ${req.postData() ?? ''}`)) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${h.url}/?v=network`);
    await canvasReady(page);
    const colours = await page.evaluate(() => new Set(window.__samkart!.cy!.nodes('[type = "Actor"]').map((n) => String(n.style('background-color')))).size);
    expect(colours).toBeGreaterThan(3);
    await page.close();
  }, 60_000);

  it('fits a laptop screen (1366×768)', async () => {
    const page = await open('/?v=network&sel=actor:bufdir', { width: 1366, height: 768 });
    await canvasReady(page);
    await page.getByTestId('details-title').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/network-1366.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.close();
  }, 60_000);

  it('finds Bufdir by search and shows its evidence; Hdir finds Helsedirektoratet', async () => {
    const page = await open('/?v=network');
    await canvasReady(page);
    const input = page.getByTestId('main-search').getByRole('combobox');
    await input.fill('Hdir');
    await expect.poll(() => page.getByTestId('main-search').getByRole('option').allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('Helsedirektoratet')]),
    );
    await input.fill('Bufdir');
    await expect.poll(() => page.getByTestId('main-search').getByRole('option').first().textContent(), { timeout: 10_000 }).toContain('Bufdir');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');
    await expect.poll(() => page.evaluate(() => (window.__samkart?.state as { selection?: { id: string } })?.selection?.id)).toBe('actor:bufdir');
    const title = page.getByTestId('details-title');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toContain('Barne-, ungdoms- og familiedirektoratet');
    await page.getByTestId('evidence-quote').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('evidence-quote').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__samkart!.cy!.$('.sel').map((n) => n.data('ref') as string))).toContain('actor:bufdir');

    // The quote opens in its document, marked.
    const quote = (await page.getByTestId('evidence-quote').first().locator('blockquote').textContent()) ?? '';
    await page.getByTestId('evidence-quote').first().getByRole('button').click();
    const mark = page.getByTestId('document-view').locator('mark');
    await mark.waitFor();
    expect((await mark.textContent())?.replace(/\s+/g, ' ').trim()).toBe(quote.replace(/\s+/g, ' ').trim());
    await page.screenshot({ path: `${SCREENSHOTS}/document-1920.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('document-view').waitFor({ state: 'detached' });

    // A shared link gives the same selection.
    const shared = page.url();
    expect(shared).toContain('sel=actor%3Abufdir');
    const again = await open(shared.slice(h.url.length));
    await canvasReady(again);
    await expect.poll(() => again.getByTestId('details-title').textContent(), { timeout: 10_000 }).toContain('Barne-, ungdoms- og familiedirektoratet');
    expect(await again.evaluate(() => window.__samkart!.cy!.$('.sel').map((n) => n.data('ref') as string))).toContain('actor:bufdir');
    await page.screenshot({ path: `${SCREENSHOTS}/bufdir-1920.png` });
    await again.close();
    await page.close();
  }, 90_000);

  it('answers a click at once with the name from the canvas, and fills in the facts when they arrive', async () => {
    const page = await open('/?v=network');
    await canvasReady(page);
    // Hold the node's details back until the name is checked.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (/query NodeDetails/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    const at = await page.evaluate(() => {
      const cy = window.__samkart!.cy!;
      const n = cy.nodes().filter((x) => x.data('ref') === 'actor:bufdir')[0];
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.click(at.x, at.y);
    const title = page.getByTestId('details-title');
    await expect.poll(() => title.textContent(), { timeout: 5_000 }).toContain('Barne-, ungdoms- og familiedirektoratet');
    expect(await page.getByTestId('details-panel').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByTestId('evidence-quote').count()).toBe(0);
    release();
    await page.getByTestId('evidence-quote').first().waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('details-panel').getAttribute('aria-busy')).toBeNull();
    expect(await title.textContent()).toContain('Barne-, ungdoms- og familiedirektoratet');
    await page.close();
  }, 60_000);

  it('switches to English', async () => {
    const page = await open('/?v=matrix');
    await canvasReady(page);
    expect(await page.getByTestId('tab-matrix').textContent()).toBe('Systemkart');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('tab-matrix').textContent()).toBe('System matrix');
    expect(page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  }, 60_000);

  it('shows the table twin with the same nodes', async () => {
    const page = await open('/?v=network&table=1');
    const table = page.getByTestId('table-view');
    await table.waitFor();
    await table.getByRole('button', { name: 'Bufdir', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('details-title').textContent(), { timeout: 10_000 }).toContain('Barne-, ungdoms- og familiedirektoratet');
    expect(await table.locator('caption').count()).toBe(2);
    await page.close();
  }, 60_000);

  it('exports a high-resolution PNG', async () => {
    const page = await open('/?v=network');
    await canvasReady(page);
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/^samkart-network-.*\.png$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(50_000);
    // Decoded: a high-resolution image with a drawn graph (nodes in several sector colours), not a blank page.
    const image = await pngContent(page, bytes);
    expect(image.width).toBeGreaterThanOrEqual(1920);
    expect(image.painted).toBeGreaterThan(0.01);
    expect(image.colours).toBeGreaterThan(8);
    await page.close();
  }, 60_000);

  it('logged no console errors, warnings or failed requests', () => {
    expect(h.problems).toEqual([]);
  });
});
