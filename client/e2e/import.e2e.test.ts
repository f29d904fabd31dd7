/**
 * Issue 13 in a real browser: `npm start` (server/main.ts) run as a user
 * would, with SAMKART_ADMIN_TOKEN and SEEDS_DIR pointing at a folder with a
 * PDF; a quote from the PDF opens its page with the quote highlighted
 * (screenshot in client/e2e/screenshots); an editor uploads a file in the
 * explorer and it is in the graph without a restart; without the token, or
 * with a wrong one, the upload is refused and the graph is unchanged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DIST, HAVE_BROWSER, pngContent, requireBrowser, SCREENSHOTS } from './support.ts';

requireBrowser();

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PDF_FIXTURE = join(ROOT, 'graph/read/fixtures/plan.pdf');
const XLSX_FIXTURE = join(ROOT, 'graph/read/fixtures/plan.xlsx');
const TOKEN = 'e2e-editor-token-0123456789';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NEW_DOC = 'Notat om samarbeid\n\nTiltak 9: Felles innsatsteam for unge i overgang\n\nStatus\n\nI rute.\n\nAnsvarlig: Helsedirektoratet\n';

/** Starts `tsx server/main.ts` on a free port and resolves with its URL once it says it is ready. */
function startMain(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; log: string[] }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join('')}`)), 90_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const m = /explorer (http:\/\/[^\s/]+)\//.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, log });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log.join('')}`));
    });
  });
}

describe.runIf(HAVE_BROWSER)('bring your own documents (issue 13) in Chromium', () => {
  let dir: string;
  let snapshotFile: string;
  let server: { url: string; child: ChildProcess; log: string[] };
  let browser: Browser;
  const problems: string[] = [];

  const gql = async <T,>(query: string): Promise<T> => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const documents = async () => (await gql<{ documents: Array<{ id: string; fileName: string }> }>('{ documents { id fileName } }')).documents.map((d) => d.fileName).sort();

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function logIn(page: Page, token: string): Promise<void> {
    await page.getByTestId('admin-login').click();
    await page.getByTestId('admin-token').fill(token);
    await page.getByTestId('admin-login-submit').click();
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samkart-e2e-import-'));
    snapshotFile = join(dir, 'data', 'snapshot.json');
    mkdirSync(join(dir, 'seeds'));
    copyFileSync(PDF_FIXTURE, join(dir, 'seeds', 'plan.pdf'));
    copyFileSync(XLSX_FIXTURE, join(dir, 'seeds', 'tiltak.xlsx'));
    server = await startMain({ SEEDS_DIR: join(dir, 'seeds'), SAMKART_SNAPSHOT: snapshotFile, SAMKART_ADMIN_TOKEN: TOKEN });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
    expect(DIST).toBeTruthy();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a quote from the PDF on its page, with the quote highlighted, for an editor', async () => {
    const { measures } = await gql<{ measures: Array<{ id: string; title: string; document: { fileName: string } }> }>('{ measures { id title document { fileName } } }');
    const measure = measures.find((m) => m.document.fileName === 'plan.pdf');
    expect(measure, `no measure from plan.pdf; server log:\n${server.log.join('')}`).toBeTruthy();
    const page = await open(`/?v=measures&sel=${encodeURIComponent(measure!.id)}`);
    await logIn(page, TOKEN);
    await page.getByTestId('admin-logout').waitFor();
    const quote = page.getByTestId('evidence-quote').first();
    await quote.waitFor({ timeout: 20_000 });
    await quote.getByRole('button').click();
    const view = page.getByTestId('document-view');
    await view.waitFor();
    await expect.poll(() => view.getByTestId('doc-place').textContent(), { timeout: 20_000 }).toMatch(/^Side \d+/);
    const pdfPage = view.getByTestId('pdf-page');
    await pdfPage.and(page.locator('[data-rendered="true"]')).waitFor({ timeout: 30_000 });
    const marks = view.getByTestId('pdf-mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // The highlight lies on the page, and the page is drawn (text on white, not a blank canvas).
    const pageBox = (await pdfPage.boundingBox())!;
    const markBox = (await marks.first().boundingBox())!;
    expect(markBox.width).toBeGreaterThan(4);
    expect(markBox.x).toBeGreaterThanOrEqual(pageBox.x - 4);
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(pageBox.y + pageBox.height + 4);
    const shot = await pdfPage.screenshot({ path: `${SCREENSHOTS}/import-pdf-page.png` });
    const content = await pngContent(page, shot);
    expect(content.painted).toBeGreaterThan(0.01);
    await page.screenshot({ path: `${SCREENSHOTS}/import-pdf-quote-1600.png` });
    // The text is one click away, with the same quote marked.
    await view.getByTestId('doc-mode-text').click();
    await expect.poll(() => view.locator('mark').count()).toBe(1);
    await page.close();
  });

  it('names the sheet and cell of a quote from a spreadsheet, and shows its row', async () => {
    const { measures } = await gql<{ measures: Array<{ id: string; document: { fileName: string } }> }>('{ measures { id document { fileName } } }');
    const measure = measures.find((m) => m.document.fileName === 'tiltak.xlsx');
    expect(measure, `no measure from tiltak.xlsx; server log:\n${server.log.join('')}`).toBeTruthy();
    const page = await open(`/?v=measures&sel=${encodeURIComponent(measure!.id)}`);
    await page.getByTestId('evidence-quote').first().getByRole('button').click();
    const view = page.getByTestId('document-view');
    await expect.poll(() => view.getByTestId('doc-place').textContent(), { timeout: 20_000 }).toMatch(/^Ark og celle: .+![A-Z]+\d+$/);
    const cells = await view.getByTestId('doc-row').locator('td').allTextContents();
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.join(' ')).toContain((await view.locator('mark').textContent())!.split('\t')[0].trim());
    await page.screenshot({ path: `${SCREENSHOTS}/import-xlsx-cell-1600.png` });
    await page.close();
  });

  it('shows a reader without the token the text, says why, and never serves the file', async () => {
    const { measures } = await gql<{ measures: Array<{ id: string; document: { id: string; fileName: string } }> }>('{ measures { id document { id fileName } } }');
    const measure = measures.find((m) => m.document.fileName === 'plan.pdf')!;
    const page = await open(`/?v=measures&sel=${encodeURIComponent(measure.id)}`);
    await page.getByTestId('evidence-quote').first().getByRole('button').click();
    const view = page.getByTestId('document-view');
    await view.getByTestId('doc-page-note').waitFor({ timeout: 20_000 });
    expect(await view.getByTestId('pdf-page').count()).toBe(0);
    expect(await view.locator('mark').count()).toBe(1);
    const status = await page.evaluate(async (id) => (await fetch(`/api/files/${encodeURIComponent(id)}`)).status, measure.document.id);
    expect(status).toBe(403);
    await page.close();
  });

  it('refuses an upload without the token and with a wrong one; the graph is unchanged', async () => {
    const before = await documents();
    const page = await open('/?v=measures');
    // No editing controls until the token is given: only the login button.
    await page.getByTestId('admin-login').waitFor();
    expect(await page.getByTestId('upload-open').count()).toBe(0);
    await logIn(page, `${TOKEN}-wrong`);
    await page.getByText('Nøkkelen stemmer ikke').waitFor();
    expect(await page.getByTestId('upload-open').count()).toBe(0);
    const statuses = await page.evaluate(async (token) => {
      const send = (headers: Record<string, string>) => fetch('/api/documents', { method: 'POST', headers: { 'x-file-name': 'inntrenger.txt', ...headers }, body: 'Tiltak 1: Inntrenger\n\nAnsvarlig: Bufdir\n' }).then((r) => r.status);
      return [await send({}), await send({ authorization: `Bearer ${token}-wrong` })];
    }, TOKEN);
    expect(statuses).toEqual([401, 401]);
    expect(await documents()).toEqual(before);
    await page.close();
  });

  it('lets an editor upload a file that is then in the graph without a restart, and remove it again', async () => {
    const before = await documents();
    const page = await open('/?v=measures');
    await logIn(page, TOKEN);
    await page.getByTestId('upload-open').click();
    const file = join(dir, 'notat-samarbeid.txt');
    writeFileSync(file, NEW_DOC);
    await page.getByTestId('upload-input').setInputFiles([file, join(ROOT, 'graph/read/fixtures/hostile-encrypted.pdf')]);
    const item = page.getByTestId('upload-item').first();
    await item.and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    expect(await item.textContent()).toMatch(/1 tiltak/);
    // The second file is refused in plain Norwegian, naming it; the first stays loaded.
    const refused = page.getByTestId('upload-item').nth(1);
    await refused.and(page.locator('[data-status="failed"]')).waitFor({ timeout: 30_000 });
    expect(await refused.getByRole('alert').textContent()).toMatch(/^hostile-encrypted\.pdf: PDF-en er kryptert/);
    await page.screenshot({ path: `${SCREENSHOTS}/import-upload-1600.png` });
    expect(await documents()).toEqual([...before, 'notat-samarbeid.txt'].sort());
    // The embedded graph is saved after the write, so a restart keeps the upload.
    await expect.poll(() => (existsSync(snapshotFile) ? readFileSync(snapshotFile, 'utf8').includes('notat-samarbeid.txt') : false), { timeout: 20_000 }).toBe(true);
    // The explorer shows it too: the new measure is on the canvas after the reload.
    const { measures } = await gql<{ measures: Array<{ id: string; title: string }> }>('{ measures { id title } }');
    const added = measures.find((m) => m.title.includes('Felles innsatsteam'))!;
    expect(added).toBeTruthy();
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await page.waitForFunction((id) => (window.__samkart?.cy?.getElementById(id).length ?? 0) > 0, added.id, { timeout: 20_000 });
    // And the editor removes it from the document view.
    await page.goto(`${server.url}/?v=measures&sel=${encodeURIComponent(added.id)}`);
    await page.getByTestId('evidence-quote').first().getByRole('button').click();
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('doc-remove').click();
    await expect.poll(documents, { timeout: 20_000 }).toEqual(before);
    await expect.poll(() => readFileSync(snapshotFile, 'utf8').includes('notat-samarbeid.txt'), { timeout: 20_000 }).toBe(false);
    // Refusals the tests ask for (401, 403, 422) show as failed loads in the console; nothing else may.
    expect(problems.filter((p) => !/status of (401|403|404|422)\b/.test(p))).toEqual([]);
    await page.close();
  });
});
