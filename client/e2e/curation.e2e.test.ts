/**
 * Curation in the explorer (issue 16), in Chromium against the real server
 * with the seeds: no editing controls without a token; with one, only "Logg
 * inn som redaktør" until it is given; then an editor merges two actors that
 * are one body (Fylkesmannen, now Statsforvalteren), rejects a wrong link,
 * adds a missing one with a quote from a loaded document (a quote in no
 * document is refused with the reason), sees who corrected what, when and
 * why, undoes a correction from the history, and the corrections hold when
 * the documents are loaded again.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsPath, readCorrectionsFile } from '../../graph/corrections/index.ts';
import { loadDocuments, DEFAULT_SEEDS_DIR } from '../../graph/load/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { correctionRoutes } from '../../server/admin/index.ts';
import { CHROMIUM, DIST, HAVE_BROWSER, requireBrowser, serveStore } from './support.ts';

requireBrowser();

const TOKEN = 'e2e-curation-token-0123456789';
const QUOTE = 'Et prosjekt mellom Helsedirektoratet, Utdanningsdirektoratet, Statped, NAV, Direktoratet for e-helse, Flekkefjord kommune og KS.';
const WRONG = 'coord:actor:ad|actor:kd';

async function serve(adminToken: string | null, file: string) {
  const store = new EmbeddedStore();
  await loadDocuments(store, [DEFAULT_SEEDS_DIR], { parse: false, corrections: () => readCorrectionsFile(file) });
  const { url, close } = await serveStore(store, { adminToken, adminRoutes: correctionRoutes({ store, log: () => {}, correctionsFile: file }) });
  return { url, store, close };
}

describe.runIf(HAVE_BROWSER)('curation in the explorer', () => {
  let browser: Browser;
  const problems: string[] = [];
  const file = correctionsPath(mkdtempSync(join(tmpdir(), 'samkart-e2e-curation-')));

  beforeAll(async () => {
    if (!readFileSafe(`${DIST}/index.html`)) throw new Error('client/dist/index.html is missing: build the explorer first');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(() => window.localStorage.setItem('samkart.guide.done', '1'));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${url}${path}`);
    await page.waitForSelector('.topbar, header', { timeout: 30_000 });
    return page;
  }

  it('shows no editing control when the server takes no writes', async () => {
    const server = await serve(null, file);
    try {
      const page = await open(server.url, '/?view=network&sel=actor:bufdir');
      await page.waitForTimeout(1500);
      expect(await page.locator('[data-testid=admin-login]').count()).toBe(0);
      expect(await page.locator('[data-testid=curation-correct], [data-testid=curation-link], [data-testid=curation-review], [data-testid=curation-history]').count()).toBe(0);
      await page.close();
    } finally {
      await server.close();
    }
  }, 90_000);

  it('merges, rejects and adds from the explorer, shows who and why, undoes, and keeps them through a reload', async () => {
    const server = await serve(TOKEN, file);
    try {
      const page = await open(server.url, '/?view=network&sel=actor:fylkesmannen');
      // Writes are on, but until the token is given only the login shows.
      await page.waitForSelector('[data-testid=admin-login]');
      expect(await page.locator('[data-testid=curation-correct]').count()).toBe(0);
      await page.click('[data-testid=admin-login]');
      await page.fill('[data-testid=admin-token]', TOKEN);
      await page.click('[data-testid=admin-login-submit]');
      await page.waitForSelector('[data-testid=curation-correct]');

      // Merge Fylkesmannen into Statsforvalteren.
      await page.click('[data-testid=curation-correct]');
      await page.check('[data-testid=curation-action-merge]');
      await page.fill('[data-testid=curation-merge-search]', 'Statsforvalteren');
      await page.click('[data-testid=curation-correct-dialog] .curation-hits button:has-text("Statsforvalteren")');
      await page.fill('[data-testid=curation-why]', 'Fylkesmannen heter Statsforvalteren fra 2021');
      await page.fill('[data-testid=curation-correct-dialog] input[placeholder]', 'Kari Redaktør');
      await page.click('[data-testid=curation-submit]');
      await page.waitForSelector('[data-testid=curation-correct-dialog]', { state: 'detached' });

      // Reject a wrong link.
      await page.goto(`${server.url}/?view=network&edge=${encodeURIComponent(WRONG)}`);
      await page.waitForSelector('[data-testid=curation-correct]');
      await page.click('[data-testid=curation-correct]');
      await page.fill('[data-testid=curation-why]', 'Står ikke i kilden');
      await page.click('[data-testid=curation-submit]');
      await page.waitForSelector('[data-testid=curation-correct-dialog]', { state: 'detached' });

      // Add a missing link: a quote in no document is refused with the reason; the real one is taken.
      await page.click('[data-testid=curation-link]');
      for (const [testId, name] of [['curation-link-first', 'Statped'], ['curation-link-second', 'Kommunesektorens']] as const) {
        await page.fill(`[data-testid=${testId}]`, name);
        await page.click(`[data-testid=curation-link-dialog] .curation-hits button:has-text("${name}")`);
      }
      await page.fill('[data-testid=curation-quote]', 'Statped og KS spiser lunsj sammen.');
      await page.fill('[data-testid=curation-why]', 'Mangler i kartet');
      await page.click('[data-testid=curation-submit]');
      await expect.poll(() => page.textContent('[data-testid=curation-error]')).toMatch(/not in any loaded document/);
      await page.fill('[data-testid=curation-quote]', QUOTE);
      await page.click('[data-testid=curation-submit]');
      await page.waitForSelector('[data-testid=curation-link-dialog]', { state: 'detached' });

      // The kept actor says who corrected it, when and why.
      await page.goto(`${server.url}/?view=network&sel=actor:statsforvalteren`);
      await page.waitForSelector('[data-testid=curation-notes]');
      const note = await page.textContent('[data-testid=curation-notes]');
      expect(note).toContain('Kari Redaktør');
      expect(note).toContain('Fylkesmannen heter Statsforvalteren fra 2021');

      // The history lists all three; the rejected link is shown with the toggle; undo the rejection.
      await page.click('[data-testid=curation-history]');
      await expect.poll(() => page.locator('[data-testid=curation-history-row]').count()).toBe(3);
      await page.check('[data-testid=curation-show-rejected]');
      await expect.poll(() => page.textContent('[data-testid=curation-rejected]')).toContain('Fylkesmannen');
      await page.locator('[data-testid=curation-history-row]', { hasText: 'Står ikke i kilden' }).locator('[data-testid=curation-undo]').click();
      await page.fill('[data-testid=curation-undo-why]', 'Koblingen stemmer likevel');
      await page.click('[data-testid=curation-undo-confirm]');
      await expect.poll(() => page.locator('[data-testid=curation-history-row]').count()).toBe(4);
      await page.close();
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
    const ops = readCorrectionsFile(file).map((c) => c.op);
    expect(ops).toEqual(['merge', 'reject', 'add', 'undo']);

    // Load the documents again in a new server: the corrections hold, with author, date and reason.
    const again = await serve(TOKEN, file);
    try {
      const actors = (await again.store.findNodes({ label: 'Actor' })).map((a) => a.id);
      expect(actors).toContain('actor:statsforvalteren');
      expect(actors).not.toContain('actor:fylkesmannen');
      const [kept] = await again.store.getNodes(['actor:statsforvalteren']);
      expect(kept?.props.aliases).toContain('Fylkesmannen');
      expect(String(kept?.props.corrNotes)).toContain('Kari Redaktør');
      const links = (await again.store.findEdges({ nodeIds: ['actor:statped'], types: ['COORDINATES_WITH'] })).filter((e) => e.props.corrIds);
      expect(links.map((e) => e.id)).toContain('actor:ks-[COORDINATES_WITH:JOINT_WORK]->actor:statped');
      expect((await again.store.findEdges({ nodeIds: ['actor:ad'], types: ['COORDINATES_WITH'] })).map((e) => e.target)).toContain('actor:kd');
    } finally {
      await again.close();
    }
  }, 240_000);
});

function readFileSafe(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
