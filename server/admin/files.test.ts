import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../graph/files/index.ts';
import { documentId } from '../../graph/model/index.ts';
import type { SourceMap } from '../../graph/read/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { listen } from '../http.ts';
import { fileRoutes, type WhereAnswer } from './files.ts';

const TOKEN = 'files-test-token-0123456789';
const PDF = new TextEncoder().encode('%PDF-1.4 stand-in bytes for the test');
// Text: "Tiltak 1: Felles veileder\n[person] leder arbeidet." on page 2 (label "ii").
const MAP: SourceMap = {
  format: 'pdf',
  pages: [
    { page: 1, label: 'i', width: 595, height: 842 },
    { page: 2, label: 'ii', width: 595, height: 842 },
  ],
  spans: [
    { start: 0, end: 25, page: 2, box: { x: 72, y: 700, width: 250, height: 12 } },
    { start: 26, end: 34, page: 2, box: { x: 72, y: 680, width: 80, height: 12 } },
  ],
  redactedBoxes: [
    { page: 2, x: 72, y: 680, width: 80, height: 12 },
    { page: 1, x: 10, y: 10, width: 50, height: 12 },
  ],
};

const dirs: string[] = [];
let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function serve(options: { includePeople?: boolean; token?: string | null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-files-api-'));
  dirs.push(dir);
  const files = new FileStore(join(dir, 'files'));
  const sha = await files.putFile(PDF);
  await files.putSourceMap(sha, MAP);
  const store = new EmbeddedStore();
  const pdf = documentId('plan.pdf');
  const txt = documentId('notat.txt');
  await store.writeDocument({ documentId: pdf, nodes: [{ id: pdf, label: 'Document', props: { fileName: 'plan.pdf', title: 'Plan', format: 'pdf', pageCount: 2, fileSha256: sha }, evidence: [] }], edges: [] });
  await store.writeDocument({ documentId: txt, nodes: [{ id: txt, label: 'Document', props: { fileName: 'notat.txt', title: 'Notat' }, evidence: [] }], edges: [] });
  const { url, close } = await listen({
    store,
    port: 0,
    clientDir: '/nonexistent',
    adminToken: options.token === undefined ? TOKEN : options.token,
    adminRoutes: fileRoutes({ store, log: () => {}, files, includePeople: options.includePeople ?? false }),
  });
  closers.push(close);
  return { url, pdf, txt };
}

const auth = { authorization: `Bearer ${TOKEN}` };

describe('GET /api/files/:documentId', () => {
  it('serves the original PDF inline to a request with the admin token', async () => {
    const { url, pdf } = await serve();
    const res = await fetch(`${url}/api/files/${encodeURIComponent(pdf)}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="plan\.pdf"/);
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
  });

  it('refuses it without the token, and with a wrong one, when people are not included', async () => {
    const { url, pdf } = await serve();
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }] as Array<Record<string, string>>) {
      const res = await fetch(`${url}/api/files/${encodeURIComponent(pdf)}`, { headers });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('FILE_NOT_ALLOWED');
    }
  });

  it('serves it to anyone when the server runs with people included, even without writes', async () => {
    const { url, pdf } = await serve({ includePeople: true, token: null });
    const res = await fetch(`${url}/api/files/${encodeURIComponent(pdf)}`);
    expect(res.status).toBe(200);
  });

  it('answers 404 for a document without a kept file, and for no such document', async () => {
    const { url, txt } = await serve();
    const none = await fetch(`${url}/api/files/${encodeURIComponent(txt)}`, { headers: auth });
    expect(none.status).toBe(404);
    expect((await none.json()).error.code).toBe('FILE_NOT_KEPT');
    const missing = await fetch(`${url}/api/files/doc%3Anothing`, { headers: auth });
    expect((await missing.json()).error.code).toBe('DOCUMENT_NOT_FOUND');
  });
});

describe('GET /api/files/:documentId/where', () => {
  it('gives the page, its label and size, and the quote boxes; redacted boxes on that page only when the file is allowed', async () => {
    const { url, pdf } = await serve();
    const path = `${url}/api/files/${encodeURIComponent(pdf)}/where?start=0&end=34`;
    const open = (await (await fetch(path)).json()) as WhereAnswer;
    expect(open).toMatchObject({ format: 'pdf', pageCount: 2, fileKept: true, fileAllowed: false, page: 2, pageLabel: 'ii', pageSize: { width: 595, height: 842 }, redactedBoxes: [] });
    expect(open.boxes).toEqual([
      { page: 2, x: 72, y: 700, width: 250, height: 12 },
      { page: 2, x: 72, y: 680, width: 80, height: 12 },
    ]);
    const editor = (await (await fetch(path, { headers: auth })).json()) as WhereAnswer;
    expect(editor.fileAllowed).toBe(true);
    expect(editor.redactedBoxes).toEqual([{ page: 2, x: 72, y: 680, width: 80, height: 12 }]);
  });

  it('says a text document has no pages and no kept file, and refuses offsets that are not numbers', async () => {
    const { url, txt } = await serve();
    const answer = (await (await fetch(`${url}/api/files/${encodeURIComponent(txt)}/where?start=0&end=4`)).json()) as WhereAnswer;
    expect(answer).toMatchObject({ format: 'txt', fileKept: false, page: null, boxes: [] });
    expect((await fetch(`${url}/api/files/${encodeURIComponent(txt)}/where?start=x&end=4`)).status).toBe(400);
    expect((await fetch(`${url}/api/files/${encodeURIComponent(txt)}/where?start=5&end=4`)).status).toBe(400);
  });
});
