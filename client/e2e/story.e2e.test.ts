/**
 * Stories and overlaps in a real browser: the ready-made story presented and
 * stepped through with the keyboard, every scene screenshotted; the overlaps
 * view's top pair with its marked texts; a story built, saved and opened again.
 * Same setup as the explorer suite (support.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtinStory, encodeStoryLink, restoreStory } from '../src/stories/index.ts';
import { decodeState } from '../src/state/index.ts';
import { canvasReady, HAVE_BROWSER, paintedShare, requireBrowser, SCREENSHOTS, startHarness, type Harness } from './support.ts';

requireBrowser();

const STORY = builtinStory('overlapp')!;

/** Waits until the canvas holds nodes, is not fading between scenes and the viewport has stopped moving. */
async function sceneSettled(page: Page): Promise<void> {
  await canvasReady(page);
  await page.waitForFunction(
    () => {
      const cy = window.__samkart?.cy;
      const box = document.querySelector('[data-testid="graph-canvas"]');
      return !!cy && cy.nodes().length > 0 && !box?.classList.contains('fading') && !cy.animated();
    },
    undefined,
    { timeout: 20_000 },
  );
  // Once more after the fade: the viewport must hold still on two looks.
  await canvasReady(page);
}

describe.runIf(HAVE_BROWSER)('stories and overlaps in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it(
    'presents the ready-made story, scene by scene with the keyboard, and Esc leaves',
    async () => {
      const page = await h.open('/?story=overlapp');
      const total = STORY.scenes.length;
      for (const [i, scene] of STORY.scenes.entries()) {
        await expect.poll(() => page.getByTestId('scene-counter').textContent(), { timeout: 15_000 }).toBe(`${i + 1} av ${total}`);
        expect(await page.getByTestId('scene-title').textContent()).toBe(scene.title);
        expect(await page.getByTestId('scene-note').textContent()).toBe(scene.note);
        await sceneSettled(page);
        const view = decodeState(scene.state).view;
        await expect.poll(() => page.evaluate(() => (window.__samkart?.state as { view: string }).view)).toBe(view);
        // Network scenes are mostly white: small nodes, many unlinked in a grid (about 1 % painted, also after a fixed 1 s wait).
        expect(await paintedShare(page), scene.id).toBeGreaterThan(0.005);
        if (scene.highlights.length) expect(await page.evaluate(() => window.__samkart!.cy!.$('.spot').length), scene.id).toBeGreaterThan(0);
        if (view === 'overlaps') {
          await page.getByTestId('overlap-explanation').waitFor();
          expect(await page.getByTestId('effort-a').locator('mark.term').count(), scene.id).toBeGreaterThan(0);
          expect(await page.getByTestId('effort-b').locator('mark.term').count(), scene.id).toBeGreaterThan(0);
        }
        expect(page.url()).toContain(`story=overlapp&scene=${i + 1}`);
        await page.screenshot({ path: `${SCREENSHOTS}/story-${String(i + 1).padStart(2, '0')}-${scene.id}.png` });
        if (i < total - 1) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      }
      // Past the end it stays on the last scene; back goes one scene back.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('PageUp');
      await expect.poll(() => page.getByTestId('scene-counter').textContent()).toBe(`${total - 1} av ${total}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('present-header').waitFor({ state: 'detached' });
      await page.getByTestId('tab-matrix').waitFor();
      expect(page.url()).not.toContain('story=');
      await page.close();
    },
    180_000,
  );

  it('opens a story shared in the link\'s hash at the scene the link names', async () => {
    const story = { ...STORY, id: null, title: 'Delt fortelling', scenes: STORY.scenes.slice(0, 3) };
    const page = await h.open(`/?scene=2#story=${await encodeStoryLink(story)}`);
    await expect.poll(() => page.getByTestId('scene-title').textContent(), { timeout: 15_000 }).toBe(story.scenes[1].title);
    expect(await page.getByTestId('scene-counter').textContent()).toBe('2 av 3');
    await sceneSettled(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('scene-title').textContent()).toBe(story.scenes[2].title);
    expect(page.url()).toContain('scene=3#story=');
    await page.close();
  }, 60_000);

  it('the overlaps view: the top pair shows both texts with the shared terms marked, and its owners on the canvas', async () => {
    const page = await h.open('/?v=overlaps', { width: 1366, height: 768 });
    const first = page.getByTestId('overlap-pair').first();
    await first.waitFor({ timeout: 20_000 });
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('overlap-explanation').waitFor();
    expect((await page.getByTestId('overlap-explanation').textContent())!.length).toBeGreaterThan(40);
    for (const side of ['effort-a', 'effort-b']) {
      const marks = await page.getByTestId(side).locator('mark.term').allTextContents();
      expect(marks.length, side).toBeGreaterThan(0);
    }
    await sceneSettled(page);
    const onCanvas = await page.evaluate(() => {
      const cy = window.__samkart!.cy!;
      return { efforts: cy.$('.node-effort').length, overlap: cy.$('.edge-overlap').length, ownerLinks: cy.$('.edge-owner-link').length, owners: cy.$('.node-owner').length };
    });
    expect(onCanvas.efforts).toBe(2);
    expect(onCanvas.overlap).toBe(1);
    expect(onCanvas.owners).toBeGreaterThan(0);
    expect(await paintedShare(page)).toBeGreaterThan(0.01);
    // The slider narrows the list.
    const before = await page.getByTestId('overlap-pair').count();
    await page.getByTestId('min-score').fill('0.4');
    await expect.poll(() => page.getByTestId('overlap-pair').count()).toBeLessThan(before);
    await page.screenshot({ path: `${SCREENSHOTS}/overlaps-1366.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.close();
  }, 60_000);

  it('brokers and gaps: ranked brokers, the gap matrix as a table, unclear responsibility linking to the measure', async () => {
    const page = await h.open('/?v=brokers');
    await page.getByTestId('broker-list').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('broker-list').locator('li').count()).toBeGreaterThan(3);
    await sceneSettled(page);
    expect(await page.evaluate(() => window.__samkart!.cy!.$('.broker').length)).toBeGreaterThan(0);
    await page.getByTestId('size-by-betweenness').check();
    await expect.poll(() => page.url()).toContain('size=betweenness');

    await page.getByTestId('section-gaps').check();
    const table = page.getByTestId('gap-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('caption').count()).toBe(1);
    expect(await table.locator('th[scope="col"]').count()).toBeGreaterThan(5);
    expect(await table.locator('td[data-gap]').count()).toBeGreaterThan(0);
    expect(await table.locator('td[data-gap]').first().textContent()).toBe('ingen kobling');
    await page.screenshot({ path: `${SCREENSHOTS}/gaps-1920.png` });

    await page.getByTestId('section-unclear').check();
    const list = page.getByTestId('unclear-list');
    await list.waitFor({ timeout: 20_000 });
    await list.getByRole('button', { name: /Tiltak 13/ }).click();
    await expect.poll(() => page.getByTestId('details-title').textContent(), { timeout: 10_000 }).toContain('Tiltak 13');
    expect(await page.getByTestId('details-panel').textContent()).toContain('Helsedirektoratet');
    await page.close();
  }, 60_000);

  it('builds a story from the map, saves it as JSON and opens it again', async () => {
    const page = await h.open('/?v=network&sel=actor:bufdir');
    await canvasReady(page);
    await page.getByTestId('highlight-toggle').click({ timeout: 15_000 });
    await page.getByTestId('story-toggle').click();
    await page.getByTestId('add-scene').click();
    await page.getByTestId('scene-title-input').fill('Bufdir i nettverket');
    await page.getByTestId('tab-overlaps').click();
    await page.getByTestId('add-scene').click();
    expect(await page.getByTestId('scene-item').count()).toBe(2);

    await page.getByTestId('story-title').fill('Min fortelling');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('story-save').click()]);
    const json = readFileSync(await download.path(), 'utf8');
    const saved = restoreStory(json);
    expect(saved.title).toBe('Min fortelling');
    expect(saved.scenes.map((s) => s.title)).toEqual(['Bufdir i nettverket', expect.stringMatching(/^Overlapp/)]);
    expect(saved.scenes[0]).toMatchObject({ highlights: ['actor:bufdir'] });
    expect(decodeState(saved.scenes[0].state)).toMatchObject({ view: 'network', selection: { type: 'node', id: 'actor:bufdir' } });

    // A broken file is refused with a message; the saved one opens.
    const broken = join(tmpdir(), 'samkart-broken-story.json');
    writeFileSync(broken, '{"title": "x", "scenes": []}');
    await page.getByTestId('story-file').setInputFiles(broken);
    await expect.poll(() => page.getByTestId('story-message').textContent()).toContain('ingen scener');
    await page.getByTestId('story-file').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => page.getByTestId('story-message').textContent()).toContain('Min fortelling');
    await page.getByTestId('story-present').click();
    await expect.poll(() => page.getByTestId('scene-title').textContent()).toBe('Bufdir i nettverket');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('scene-title').textContent()).toMatch(/^Overlapp/);
    await page.getByTestId('present-exit').click();
    await page.getByTestId('story-panel').waitFor();
    await page.close();
  }, 90_000);

  it('logged no console errors, warnings or failed requests', () => {
    expect(h.problems).toEqual([]);
  });
});
