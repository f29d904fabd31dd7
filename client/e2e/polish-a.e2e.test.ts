/**
 * Explorer polish A in Chromium (issue 15, items 6–9): renamed bodies as one
 * line under today's name, exports advisors can use, wording and number
 * formats in both languages, an actor's evidence as sentences.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasReady, HAVE_BROWSER, pngContent, requireBrowser, startHarness, type Harness } from './support.ts';

requireBrowser();

describe.runIf(HAVE_BROWSER)('polish A in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const refs = (page: Page) => page.evaluate(() => (window.__samkart?.cy?.nodes().map((n) => String(n.data('ref') ?? n.id())) ?? []) as string[]);
  const download = async (page: Page, format: string) => {
    await page.getByTestId('export-button').click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(`export-${format}`).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };

  it('shows a renamed body once, under today\'s name, with its history and dates', async () => {
    const page = await h.open('/?v=network&sel=actor:statsforvalteren');
    await canvasReady(page);
    const ids = await refs(page);
    expect(ids).toContain('actor:statsforvalteren');
    for (const old of ['actor:fylkesmannen', 'actor:bld', 'actor:kmd', 'actor:asd']) expect(ids).not.toContain(old);
    const title = page.getByTestId('details-title');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe('Statsforvalteren (tidligere Fylkesmannen)');
    const history = await page.getByTestId('name-history').textContent();
    expect(history).toContain('Fylkesmannen');
    expect(history).toContain('til 1. januar 2021');
    expect(history).toContain('Statsforvalteren');
    await page.close();
  }, 60_000);

  it('names bodies as they were in a chosen year, without dropping any fact', async () => {
    const page = await h.open('/?v=network');
    await canvasReady(page);
    const label = (id: string) => page.evaluate((x) => String(window.__samkart?.cy?.nodes().filter((n) => n.data('ref') === x || n.id() === x).first().data('label') ?? ''), id);
    const today = (await refs(page)).sort();
    expect(await label('actor:statsforvalteren')).toBe('Statsforvalteren');
    await page.getByTestId('names-as-of').selectOption('2019');
    await expect.poll(() => label('actor:statsforvalteren'), { timeout: 10_000 }).toBe('FM');
    expect(await label('actor:bfd')).toBe('BLD');
    expect(page.url()).toContain('names=2019');
    expect((await refs(page)).sort()).toEqual(today);
    await page.close();
  }, 60_000);

  it('finds the line by a former name, and heads the matrix columns by today\'s ministries', async () => {
    const page = await h.open('/?v=network');
    await canvasReady(page);
    const input = page.getByTestId('main-search').getByRole('combobox');
    await input.fill('Fylkesmannen');
    await expect.poll(() => page.getByTestId('main-search').getByRole('option').first().textContent(), { timeout: 10_000 }).toContain('Statsforvalteren');
    await page.goto(`${h.url}/?v=matrix`);
    await canvasReady(page);
    const labels = await page.evaluate(() => (window.__samkart?.cy?.nodes('.mx-ministry').map((n) => String(n.data('label'))) ?? []) as string[]);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels).toContain('Kommunal- og distriktsdepartementet');
    expect(labels).not.toContain('Kommunal- og moderniseringsdepartementet');
    const cells = await refs(page);
    expect(cells.filter((r) => r === 'actor:fylkesmannen')).toEqual([]);
    await page.close();
  }, 60_000);

  it('exports an XLSX with Norwegian sheets and the quotes, and a CSV with a BOM and ";"', async () => {
    const page = await h.open('/?v=network');
    await canvasReady(page);
    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toMatch(/^samkart-network-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om uttrekket', 'Aktører', 'Tiltak og samarbeid', 'Koblinger', 'Sitater']);
    const actors = wb.getWorksheet('Aktører')!;
    expect(actors.getRow(1).values).toEqual([undefined, 'Navn', 'Kortnavn', 'Type', 'Forvaltningsnivå', 'Sektorer', 'Kilder', 'ID']);
    const kinds = new Set<string>();
    actors.eachRow((row, i) => i > 1 && kinds.add(String(row.getCell(3).value)));
    expect(kinds).toContain('Direktorat');
    expect([...kinds].some((k) => /^[A-Z_]+$/.test(k))).toBe(false);
    const quotes = wb.getWorksheet('Sitater')!;
    expect(quotes.rowCount).toBeGreaterThan(20);
    expect(String(quotes.getRow(2).getCell(4).value).length).toBeGreaterThan(10);
    const csv = await download(page, 'csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain('Element;Navn;');
    expect(text).toContain(';Samarbeider med;');
    expect(text).not.toMatch(/;MINISTRY;|;sector:helse;|;IN_PROGRESS;/);
    await page.close();
  }, 90_000);

  it('exports every overlapping pair the list shows, with its score and shared terms', async () => {
    const page = await h.open('/?v=overlaps');
    await canvasReady(page);
    const listed = await page.locator('[data-testid="overlap-detail"]').count();
    expect(listed).toBe(1);
    const gexf = await download(page, 'gexf');
    const xml = gexf.bytes.toString('utf8');
    const pairs = (xml.match(/<edge /g) ?? []).length;
    expect(pairs).toBeGreaterThan(5);
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
    expect(xml).toMatch(/<viz:position x="-?\d+/);
    const csv = (await download(page, 'csv')).bytes.toString('utf8');
    const rows = csv.split('\r\n').filter((l) => l.startsWith('Kobling;'));
    expect(rows.length).toBe(pairs);
    // Scores below 1 with a decimal comma, and shared terms.
    expect(rows.every((r) => /;0,\d+;[^;]+;/.test(r))).toBe(true);
    await page.close();
  }, 90_000);

  it('frames PNG and SVG with a title, the date, the legend and the sources', async () => {
    const page = await h.open('/?v=network');
    await canvasReady(page);
    const svg = (await download(page, 'svg')).bytes.toString('utf8');
    expect(svg).toContain('<title>Samkart – ');
    expect(svg).toMatch(/Dato: \d{1,2}\. \p{L}+ \d{4}/u);
    expect(svg).toContain('Tegnforklaring');
    expect(svg).toContain('Kilder');
    expect(svg).toContain('Bedre tverrfaglig samarbeid');
    const png = await download(page, 'png');
    const image = await pngContent(page, png.bytes);
    expect(image.width).toBeGreaterThanOrEqual(1920);
    expect(image.colours).toBeGreaterThan(8);
    await page.close();
  }, 90_000);

  it('prints a handout with the legend, the date and the sources', async () => {
    const page = await h.open('/?v=network');
    await canvasReady(page);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    expect(await sheet.getByTestId('print-legend').textContent()).toContain('Tegnforklaring');
    const sources = await sheet.getByTestId('print-sources').locator('li').allTextContents();
    expect(sources).toContain('Bedre tverrfaglig samarbeid');
    expect(await sheet.textContent()).toMatch(/\d{1,2}\. \p{L}+ \d{4}/u);
    await page.close();
  }, 60_000);

  it('writes numbers the Norwegian way and explanations in English in English mode', async () => {
    const page = await h.open('/?v=brokers');
    await canvasReady(page);
    await page.locator('.rank-value').first().waitFor({ timeout: 10_000 });
    const values = await page.locator('.rank-value').allTextContents();
    expect(values.some((v) => /\d,\d/.test(v))).toBe(true);
    expect(values.some((v) => /\d\.\d/.test(v))).toBe(false);
    const meta = await page.locator('.rank-meta').first().textContent();
    expect(meta).toMatch(/Sektorer i nettverket: \d+ · partnere i andre sektorer: \d+/);
    await page.goto(`${h.url}/?v=overlaps&lang=en`);
    await canvasReady(page);
    const explanation = page.getByTestId('overlap-explanation');
    await expect.poll(() => explanation.textContent(), { timeout: 10_000 }).toMatch(/\b(owned by|both|the same words)\b/);
    expect(await explanation.getAttribute('lang')).toBe('en');
    expect((await explanation.textContent())!.replace(/«[^»]*»/g, '')).not.toMatch(/\b(hos|handler om|begge)\b/);
    await page.close();
  }, 60_000);

  it('lists sentences that state facts about an actor, not its bare name', async () => {
    const page = await h.open('/?v=network&sel=actor:bufdir');
    await canvasReady(page);
    await page.getByTestId('evidence-quote').first().waitFor({ timeout: 10_000 });
    const quotes = (await page.getByTestId('evidence-quote').allTextContents()).slice(0, 3);
    for (const q of quotes) expect(q).toMatch(/\S+\s+\S+\s+\S+\s+\S+/);
    await page.close();
  }, 60_000);

  it('logged no console errors, warnings or failed requests', () => {
    expect(h.problems).toEqual([]);
  });
});
