/**
 * The same plan as text, PDF (ruled and unruled tables), DOCX, HTML and XLSX
 * (the fixtures of graph/read, made by scripts/fixtures/make-fixtures.ts)
 * gives the same measures, responsible bodies and status, the same bodies and
 * the same collaborations; evidence leads back to the page and box, the
 * heading path or the cell. Hostile files are refused by name, and the store
 * is left as it was.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStore, sha256Of } from '../files/index.ts';
import { locateSpan, type SourceMap } from '../read/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { loadDocuments, type LoadReport } from './load-documents.ts';

const FIXTURES = fileURLToPath(new URL('../read/fixtures/', import.meta.url));
const SAME_TEXT = ['plan.txt', 'plan.pdf', 'unruled-table.pdf', 'plan.docx', 'plan.html'];

async function measuresOf(store: EmbeddedStore, docId: string) {
  const measures = await store.findNodes({ label: 'Measure', where: { documentId: [docId] } });
  const owners = await store.findEdges({ types: ['RESPONSIBLE_FOR'], targetIds: measures.map((m) => m.id) });
  return measures
    .map((m) => ({ number: m.props.number, title: m.props.title, status: m.props.status, statusText: m.props.statusText, responsible: owners.filter((e) => e.target === m.id).map((e) => e.source).sort() }))
    .sort((a, b) => String(a.number).localeCompare(String(b.number)));
}

async function statedIn(store: EmbeddedStore, docId: string, label: 'Actor' | 'Initiative') {
  const edges = await store.findEdges({ types: ['STATED_IN'], targetIds: [docId] });
  const nodes = await store.getNodes(edges.map((e) => e.source));
  return nodes.filter((n) => n?.label === label).map((n) => n!.id).sort();
}

async function participants(store: EmbeddedStore, initiativeIds: string[]) {
  const edges = await store.findEdges({ types: ['PARTICIPATES_IN', 'LEADS'], targetIds: initiativeIds });
  return edges.map((e) => `${e.type} ${e.source} → ${e.target}`).sort();
}

describe('loading the same plan in every format (issue 13)', () => {
  let dir: string;
  let store: EmbeddedStore;
  let files: FileStore;
  let report: LoadReport;
  const idOf = (name: string) => report.documents.find((d) => d.fileName === name)!.documentId!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samkart-formats-'));
    for (const f of [...SAME_TEXT, 'plan.xlsx']) copyFileSync(join(FIXTURES, f), join(dir, 'in-' + f));
    store = new EmbeddedStore();
    files = new FileStore(join(dir, 'files'));
    // In the parse threads, as npm start and npm run load do.
    report = await loadDocuments(store, [dir], { files, parse: { threads: 1 } });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads every file', () => {
    expect(report.documents.map((d) => [d.fileName, d.ok, d.error ?? null])).toEqual([...SAME_TEXT, 'plan.xlsx'].sort().map((f) => ['in-' + f, true, null]).sort());
    expect(report.documents.map((d) => d.format).sort()).toEqual(['docx', 'html', 'pdf', 'pdf', 'txt', 'xlsx']);
  });

  it('gives the same measures, responsible bodies and status from each file', async () => {
    const expected = await measuresOf(store, idOf('in-plan.txt'));
    expect(expected.map((m) => [m.number, m.status, m.responsible])).toEqual([
      ['1', 'ON_TRACK', ['actor:hdir']],
      ['2', 'DELAYED', ['actor:udir']],
      ['3', 'COMPLETED', ['actor:bufdir']],
      ['4', 'NOT_STARTED', ['actor:bufdir']],
    ]);
    for (const f of [...SAME_TEXT, 'plan.xlsx']) expect({ f, m: await measuresOf(store, idOf('in-' + f)) }).toEqual({ f, m: expected });
  });

  it('gives the same bodies and collaborations from the text, PDF, DOCX and HTML', async () => {
    const actors = await statedIn(store, idOf('in-plan.txt'), 'Actor');
    const initiatives = await statedIn(store, idOf('in-plan.txt'), 'Initiative');
    expect(initiatives.length).toBe(1);
    const members = await participants(store, initiatives);
    expect(members.length).toBeGreaterThanOrEqual(3);
    for (const f of SAME_TEXT) {
      const id = idOf('in-' + f);
      expect({ f, actors: await statedIn(store, id, 'Actor') }).toEqual({ f, actors });
      const own = await statedIn(store, id, 'Initiative');
      expect({ f, members: await participants(store, own) }).toEqual({ f, members });
    }
  });

  it('reads the organisation sheet as bodies under their parents, with the row as evidence', async () => {
    const id = idOf('in-plan.xlsx');
    const [doc] = await store.getNodes([id]);
    const text = String(doc!.props.text);
    const partOf = (await store.findEdges({ types: ['PART_OF'], sourceIds: ['actor:bufdir'] })).filter((e) => e.evidence.some((ev) => ev.documentId === id));
    expect(partOf.map((e) => e.target)).toEqual(['actor:bfd']);
    expect(text.slice(partOf[0].evidence[0].start, partOf[0].evidence[0].end)).toBe('Bufdir\tBarne- og familiedepartementet');
  });

  it('keeps every quote a slice of the stored text, and maps it back to page and box, heading path or cell', async () => {
    for (const f of [...SAME_TEXT, 'plan.xlsx']) {
      const id = idOf('in-' + f);
      const [doc] = await store.getNodes([id]);
      const text = String(doc!.props.text);
      const map = doc!.props.sourceMap ? (JSON.parse(String(doc!.props.sourceMap)) as SourceMap) : null;
      const measure = (await store.findNodes({ label: 'Measure', where: { documentId: [id] } })).find((m) => m.props.number === '2')!;
      const status = measure.evidence.find((e) => text.slice(e.start, e.end) === 'Forsinket');
      expect({ f, status: status && text.slice(status.start, status.end) }).toEqual({ f, status: 'Forsinket' });
      const where = locateSpan(map, status!.start, status!.end);
      if (f.endsWith('.pdf')) {
        expect(where.page).toBe(1);
        expect(where.boxes).toHaveLength(1);
        expect(where.boxes[0]).toMatchObject({ page: 1 });
        expect(where.boxes[0].width).toBeGreaterThan(20);
        expect(doc!.props).toMatchObject({ format: 'pdf', pageCount: 3 });
      } else if (f.endsWith('.xlsx')) expect(where.location).toBe('Ark1!D5');
      else if (f.endsWith('.txt')) expect(map).toBeNull();
      else expect(where.location).toBe('Handlingsplan for trygg oppvekst 2025–2027 › Tiltak i planen');
    }
  });

  it('keeps the original bytes and the source map in the file store, and no author in the graph', async () => {
    for (const f of ['plan.pdf', 'plan.docx', 'plan.xlsx']) {
      const bytes = readFileSync(join(FIXTURES, f));
      const [doc] = await store.getNodes([idOf('in-' + f)]);
      expect(doc!.props.fileSha256).toBe(sha256Of(bytes));
      expect(Buffer.from(await files.getFile(sha256Of(bytes))).equals(bytes)).toBe(true);
      expect((await files.getSourceMap(sha256Of(bytes)))!.spans.length).toBeGreaterThan(10);
    }
    // The fixtures' author is set in the files' properties and named in the HTML's meta and footer: none of it is kept.
    const texts = (await store.findNodes({ label: 'Document' })).map((d) => JSON.stringify(d.props));
    for (const t of texts) expect(t).not.toContain('Testforfatter');
  });
});

describe('hostile files (issue 13, item 5)', () => {
  const HOSTILE: [string, string][] = [
    ['hostile-encrypted.pdf', 'EncryptedPdfError'],
    ['hostile-broken.pdf', 'BrokenFileError'],
    ['hostile-scanned.pdf', 'NoTextLayerError'],
    ['hostile-bomb.docx', 'ZipBombError'],
    ['hostile-bomb.xlsx', 'ZipBombError'],
  ];

  it('refuses each by name with its error class, leaves the store as it was, and loads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-hostile-'));
    try {
      for (const [f] of HOSTILE) copyFileSync(join(FIXTURES, f), join(dir, f));
      const store = new EmbeddedStore();
      await loadDocuments(store, [join(FIXTURES, 'plan.txt')], { parse: false });
      const before = store.snapshot();
      const report = await loadDocuments(store, [dir], { parse: { threads: 1 } });
      expect(report.documents.map((d) => [d.fileName, d.ok, d.errorName])).toEqual(HOSTILE.map(([f, e]) => [f, false, e]).sort());
      for (const d of report.documents) expect(d.error!.startsWith(d.fileName + ':')).toBe(true);
      expect(report.documents.find((d) => d.fileName === 'hostile-scanned.pdf')!.error).toMatch(/needs OCR, which Samkart does not do/);
      expect(store.snapshot()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a PDF over the page limit', async () => {
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [join(FIXTURES, 'plan.pdf')], { parse: false, read: { maxPdfPages: 2 } });
    expect(report.documents[0]).toMatchObject({ ok: false, errorName: 'TooManyPagesError' });
    expect(report.documents[0].error).toMatch(/^plan\.pdf: 3 pages is over the 2-page limit/);
    expect(report.totals.nodes.Document ?? 0).toBe(0);
  });

  it('never runs a page\'s scripts, and reads the page without them', async () => {
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [join(FIXTURES, 'hostile-scripts.html')], { parse: false });
    expect(report.documents[0].ok).toBe(true);
    expect(report.documents[0].warnings.map((w) => w.message)).toContain('scripts in the page were ignored (never run)');
    const [doc] = await store.getNodes([report.documents[0].documentId!]);
    expect(String(doc!.props.text)).not.toMatch(/Skript|kjørt|Politidirektoratet|informasjonskapsler|Relaterte saker/u);
    expect(report.documents[0].counts.measures).toBe(4);
  });

  it('skips README files and types Samkart does not read, with a note each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-skip-'));
    try {
      copyFileSync(join(FIXTURES, 'plan.txt'), join(dir, 'README.md'));
      copyFileSync(join(FIXTURES, 'plan.txt'), join(dir, 'bilde.png'));
      copyFileSync(join(FIXTURES, 'plan.txt'), join(dir, 'plan.txt'));
      const report = await loadDocuments(new EmbeddedStore(), [dir], { parse: false });
      expect(report.documents.map((d) => d.fileName)).toEqual(['plan.txt']);
      expect(report.skipped.map((s) => s.fileName)).toEqual(['README.md', 'bilde.png']);
      expect(report.skipped[1].message).toMatch(/does not read \.png/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
