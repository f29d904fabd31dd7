import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../graph/files/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { listen } from '../http.ts';
import { documentRoutes, maxUploadBytes, refusal, uploadFileName } from './documents.ts';
import { fileRoutes } from './files.ts';
import type { AdminDeps } from './types.ts';
import { AdminError } from './types.ts';

const TOKEN = 'upload-test-token-0123456789';
const MEASURE = 'Handlingsplan for samarbeid\n\nTiltak 1: Felles kontaktpunkt for familier\n\nStatus\n\nI rute.\n\nAnsvarlig: Kunnskapsdepartementet\n';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function serve(adminToken: string | null, extra: Partial<AdminDeps> = {}) {
  const store = new EmbeddedStore();
  const logs: string[] = [];
  const deps: AdminDeps = { store, log: (m) => logs.push(m), load: { parse: false }, ...extra };
  const { url, close } = await listen({ store, port: 0, clientDir: '/nonexistent', adminToken, adminRoutes: documentRoutes(deps) });
  closers.push(close);
  return { url, store, logs };
}

async function gql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const DOCS = '{ documents { id fileName } }';
type Docs = { documents: Array<{ id: string; fileName: string }> };

function upload(url: string, name: string, body: BodyInit, token: string | null = TOKEN) {
  const headers: Record<string, string> = { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${url}/api/documents`, { method: 'POST', headers, body });
}

describe('POST /api/documents', () => {
  it('loads an uploaded file so GraphQL shows it at once, and answers its summary and review list', async () => {
    const { url, store } = await serve(TOKEN);
    // Ask first, so a cached answer for the old version exists.
    expect((await gql<Docs>(url, DOCS)).documents).toEqual([]);
    const before = await store.version();
    const res = await upload(url, 'plan for æøå.txt', MEASURE);
    expect(res.status).toBe(201);
    const answer = await res.json();
    expect(answer.document).toMatchObject({ fileName: 'plan for æøå.txt', counts: { measures: 1 } });
    expect(Array.isArray(answer.document.review)).toBe(true);
    expect(answer.version).not.toBe(before);
    const docs = (await gql<Docs>(url, DOCS)).documents;
    expect(docs.map((d) => d.fileName)).toEqual(['plan for æøå.txt']);
    expect(docs[0].id).toBe(answer.document.documentId);
  });

  it('refuses without a token and with a wrong one, and the graph is unchanged', async () => {
    const { url, store } = await serve(TOKEN);
    const before = await store.counts();
    const none = await upload(url, 'a.txt', MEASURE, null);
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('TOKEN_MISSING');
    const wrong = await upload(url, 'a.txt', MEASURE, `${TOKEN}-not`);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('TOKEN_WRONG');
    expect(await store.counts()).toEqual(before);
    expect((await gql<Docs>(url, DOCS)).documents).toEqual([]);
  });

  it('refuses every upload when the server has no token', async () => {
    const { url, store } = await serve(null);
    const res = await upload(url, 'a.txt', MEASURE);
    expect(res.status).toBe(403);
    expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
  });

  it('refuses a binary file, naming it, and the server stays up with the graph unchanged', async () => {
    const { url, store } = await serve(TOKEN);
    expect((await upload(url, 'good.txt', MEASURE)).status).toBe(201);
    const before = await store.counts();
    const res = await upload(url, 'bad.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 9]));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.file).toBe('bad.txt');
    expect(error.message).toMatch(/^bad\.txt: /);
    expect(await store.counts()).toEqual(before);
    expect((await gql<Docs>(url, DOCS)).documents.map((d) => d.fileName)).toEqual(['good.txt']);
  });

  it('refuses an empty file and a body over the upload limit, naming the file', async () => {
    const { url, store } = await serve(TOKEN, { maxUploadBytes: 1024 });
    const empty = await upload(url, 'tom.txt', '');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'EMPTY_FILE', file: 'tom.txt' } });
    const big = await upload(url, 'stor.txt', 'x'.repeat(2048));
    expect(big.status).toBe(413);
    expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
  });

  it('takes uploads one at a time, so parallel uploads all land', async () => {
    const { url } = await serve(TOKEN);
    const results = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((n, i) => upload(url, n, MEASURE.replace('Tiltak 1', `Tiltak ${i + 1}`))));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect((await gql<Docs>(url, DOCS)).documents.map((d) => d.fileName).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('hostile uploads (issue 13, item 5)', () => {
  const FIXTURES = fileURLToPath(new URL('../../graph/read/fixtures/', import.meta.url));

  it.each([
    ['hostile-encrypted.pdf', 'ENCRYPTED_PDF'],
    ['hostile-scanned.pdf', 'NO_TEXT_LAYER'],
    ['hostile-broken.pdf', 'UNREADABLE_FILE'],
    ['hostile-bomb.docx', 'ZIP_BOMB'],
    ['hostile-bomb.xlsx', 'ZIP_BOMB'],
  ])('refuses %s with %s, naming it; the server stays up and the graph is unchanged', async (name, code) => {
    const { url, store } = await serve(TOKEN);
    expect((await upload(url, 'good.txt', MEASURE)).status).toBe(201);
    const before = await store.counts();
    const res = await upload(url, name, readFileSync(join(FIXTURES, name)));
    expect(res.status).toBeGreaterThanOrEqual(400);
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.file).toBe(name);
    expect(error.message).toContain(name);
    expect(await store.counts()).toEqual(before);
    expect((await gql<Docs>(url, DOCS)).documents.map((d) => d.fileName)).toEqual(['good.txt']);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('refuses a file whose type Samkart does not read', async () => {
    const { url, store } = await serve(TOKEN);
    expect((await upload(url, 'good.txt', MEASURE)).status).toBe(201);
    const before = await store.counts();
    const res = await upload(url, 'program.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_TYPE', file: 'program.exe' } });
    expect(await store.counts()).toEqual(before);
  });

  it('keeps an uploaded PDF in the file store, so an editor gets its page and the quote boxes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-upload-files-'));
    try {
      const files = new FileStore(join(dir, 'files'));
      const store = new EmbeddedStore();
      const deps: AdminDeps = { store, log: () => {}, files, load: { parse: false, files } };
      const { url, close } = await listen({ store, port: 0, clientDir: '/nonexistent', adminToken: TOKEN, adminRoutes: [...documentRoutes(deps), ...fileRoutes(deps)] });
      closers.push(close);
      const bytes = readFileSync(join(FIXTURES, 'plan.pdf'));
      const res = await upload(url, 'plan.pdf', bytes);
      expect(res.status).toBe(201);
      const id = (await res.json()).document.documentId as string;
      const original = await fetch(`${url}/api/files/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(original.status).toBe(200);
      expect(Buffer.from(await original.arrayBuffer()).equals(bytes)).toBe(true);
      const { document } = await gql<{ document: { text: string } }>(url, `{ document(id: ${JSON.stringify(id)}) { text } }`);
      const start = document.text.indexOf('Felles veileder');
      const where = await (await fetch(`${url}/api/files/${encodeURIComponent(id)}/where?start=${start}&end=${start + 15}`)).json();
      expect(where).toMatchObject({ format: 'pdf', page: 1, fileKept: true, fileAllowed: false });
      expect(where.boxes.length).toBeGreaterThan(0);
      // Removing it takes the original out of the file store.
      expect((await fetch(`${url}/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
      expect(readdirSync(join(dir, 'files'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the PDF, Word, web page and spreadsheet of the same plan', async () => {
    const { url } = await serve(TOKEN);
    for (const name of ['plan.pdf', 'plan.docx', 'plan.html', 'plan.xlsx']) {
      const res = await upload(url, name, readFileSync(join(FIXTURES, name)));
      expect(res.status, name).toBe(201);
      expect((await res.json()).document.counts.measures, name).toBe(4);
    }
  });
});

describe('DELETE /api/documents/:id', () => {
  const MEASURES = '{ documents { fileName } measures { title responsible { name } } }';
  type Measures = { documents: Array<{ fileName: string }>; measures: Array<{ title: string; responsible: Array<{ name: string }> }> };

  it('removes what only the document stated, and keeps the rest', async () => {
    const { url, store } = await serve(TOKEN);
    const a = await (await upload(url, 'a.txt', MEASURE)).json();
    expect((await upload(url, 'b.txt', 'Tiltak 2: Bare i b\n\nStatus\n\nI rute.\n\nAnsvarlig: Kunnskapsdepartementet og Helse- og omsorgsdepartementet\n')).status).toBe(201);
    const b = (await gql<Docs>(url, DOCS)).documents.find((d) => d.fileName === 'b.txt')!;
    const refused = await fetch(`${url}/api/documents/${encodeURIComponent(b.id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(refused.status).toBe(401);
    const before = await gql<Measures>(url, MEASURES);
    expect(before.measures.map((m) => m.title).sort()).toEqual(['Bare i b', 'Felles kontaktpunkt for familier']);
    const res = await fetch(`${url}/api/documents/${encodeURIComponent(b.id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ removed: b.id, fileName: 'b.txt' });
    const after = await gql<Measures>(url, MEASURES);
    expect(after.documents.map((d) => d.fileName)).toEqual(['a.txt']);
    expect(after.measures.map((m) => m.title)).toEqual(['Felles kontaktpunkt for familier']);
    // The body both documents name stays, with a's measure.
    expect(after.measures[0].responsible.map((r) => r.name)).toEqual(['Kunnskapsdepartementet']);
    expect((await store.getNodes([a.document.documentId]))[0]?.label).toBe('Document');
  });

  it('answers 404 for a document it does not hold, or an id that is not a document', async () => {
    const { url } = await serve(TOKEN);
    await upload(url, 'a.txt', MEASURE);
    for (const id of ['doc:nothing', 'sector:health']) {
      const res = await fetch(`${url}/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('DOCUMENT_NOT_FOUND');
    }
    expect((await gql<Docs>(url, DOCS)).documents).toHaveLength(1);
  });
});

describe('refusal', () => {
  it.each([
    [{ errorName: 'EncryptedPdfError', error: 'a.pdf: the PDF is protected by a password' }, 'ENCRYPTED_PDF', 422],
    [{ errorName: 'TooManyPagesError', error: 'a.pdf: 2,400 pages is over the limit of 2,000' }, 'TOO_MANY_PAGES', 413],
    [{ errorName: 'InvalidInputError', error: 'a.pdf: parsing took longer than 4.0 s; refused (split or simplify the document)' }, 'PARSE_TIMEOUT', 422],
    [{ errorName: 'InvalidInputError', error: 'a.pdf: parsing it needed more than 512 MB of memory; refused' }, 'PARSE_TIMEOUT', 422],
    [{ errorName: 'InvalidInputError', error: 'a.pdf: this is a binary file, not text' }, 'UNREADABLE_FILE', 422],
    [{ error: 'a.pdf: something else' }, 'LOAD_FAILED', 422],
  ])('maps %j to %s', (report, code, status) => {
    const answer = refusal({ fileName: 'a.pdf', ...report }) as { status: number; json: { error: { code: string; message: string; file: string } } };
    expect(answer.status).toBe(status);
    expect(answer.json.error).toEqual({ code, message: report.error, file: 'a.pdf' });
  });

  it('names the file when the message does not', () => {
    const answer = refusal({ fileName: 'b.docx', error: 'too deep', errorName: 'ZipBombError' }) as { json: { error: { message: string } } };
    expect(answer.json.error.message).toBe('b.docx: too deep');
  });
});

describe('maxUploadBytes', () => {
  it('is the largest of the readers\' caps, as configured', () => {
    expect(maxUploadBytes()).toBe(200 * 1024 * 1024);
    expect(maxUploadBytes({ maxPdfBytes: 1000, maxTextBytes: 3000, maxZipBytes: 2000 })).toBe(3000);
  });
});

describe('uploadFileName', () => {
  it('takes one plain name, percent-decoded', () => {
    expect(uploadFileName(encodeURIComponent('Tildelingsbrev 2025 – Bufdir.pdf'))).toBe('Tildelingsbrev 2025 – Bufdir.pdf');
  });

  it.each([undefined, '', encodeURIComponent('../etc/passwd'), encodeURIComponent('a/b.txt'), encodeURIComponent('a\\b.txt'), encodeURIComponent('.hidden.txt'), encodeURIComponent('a\u0000.txt'), '%E0%A4%A', 'x'.repeat(201)])(
    'refuses %j',
    (header) => {
      expect(() => uploadFileName(header)).toThrow(AdminError);
    },
  );
});
