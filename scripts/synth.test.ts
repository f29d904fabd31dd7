import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, type LoadReport } from '../graph/load/index.ts';
import { actorId, documentId, initiativeId, measureId } from '../graph/model/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';
import { writeCorpus } from './synth.ts';
import { generateCorpus, type Corpus } from './synth/index.ts';

const SMALL = { municipalities: 5, measures: 30, seed: 1 };

describe('synthetic corpus (smoke: 5 municipalities, 30 measures)', () => {
  let dir: string;
  let corpus: Corpus;
  let store: EmbeddedStore;
  let report: LoadReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samkart-synth-'));
    corpus = writeCorpus(dir, SMALL);
    store = new EmbeddedStore();
    report = await loadDocuments(store, [dir]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads through the parsers with no failures and no warnings', () => {
    expect(report.failed).toBe(0);
    expect(report.documents.flatMap((d) => d.warnings)).toEqual([]);
    expect(report.documents).toHaveLength(corpus.files.length);
    const t = report.totals;
    for (const label of ['Document', 'Actor', 'Measure', 'Initiative'] as const) expect(t.nodes[label]).toBeGreaterThan(0);
    for (const type of ['RESPONSIBLE_FOR', 'COORDINATES_WITH', 'PARTICIPATES_IN', 'LEADS', 'AT_LEVEL', 'IN_SECTOR'] as const) expect(t.edges[type]).toBeGreaterThan(0);
    expect(t.nodes.Measure).toBe(30);
  });

  it('reads every measure with its status and its responsible bodies', async () => {
    expect(corpus.manifest.measures).toHaveLength(30);
    for (const m of corpus.manifest.measures) {
      const id = measureId(documentId(m.fileName), m.number);
      const [node] = await store.getNodes([id]);
      expect(node, id).not.toBeNull();
      expect(node!.props.status, `${id} status`).toBe(m.status);
      const owners = (await store.findEdges({ targetIds: [id], types: ['RESPONSIBLE_FOR'] })).map((e) => e.source).sort();
      expect(owners, `${id} responsible`).toEqual(m.responsible.map(actorId).sort());
    }
  });

  it('names local services as municipal and county bodies at their level', async () => {
    const services = (await store.findNodes({ label: 'Actor', where: { kind: ['MUNICIPAL_SERVICE'] } })).filter((a) => a.props.curated === false);
    expect(services.length).toBe(corpus.manifest.municipalities.length * 13);
    const bodo = services.find((s) => / i \S.* kommune$/u.test(String(s.props.name)))!;
    const levels = await store.findEdges({ sourceIds: [bodo.id], types: ['AT_LEVEL'] });
    expect(levels.map((e) => e.target)).toEqual(['level:kommune']);
    const county = await store.findNodes({ label: 'Actor', where: { kind: ['COUNTY'], curated: [false] } });
    expect(county.length).toBeGreaterThan(0);
  });

  it('reads every project page as an initiative with its participants and lead', async () => {
    for (const p of corpus.manifest.projects) {
      const id = initiativeId(p.name);
      const participants = await store.findEdges({ targetIds: [id], types: ['PARTICIPATES_IN'] });
      const leads = await store.findEdges({ targetIds: [id], types: ['LEADS'] });
      expect(participants.length, `${p.name} participants`).toBe(p.participants);
      expect(leads.length, `${p.name} lead`).toBe(1);
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed does not', () => {
    const again = mkdtempSync(join(tmpdir(), 'samkart-synth-'));
    try {
      writeCorpus(again, SMALL);
      const files = readdirSync(dir).sort();
      expect(readdirSync(again).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
    const other = generateCorpus({ ...SMALL, seed: 2 });
    expect(other.files.map((f) => f.text).join('')).not.toBe(corpus.files.map((f) => f.text).join(''));
  });
});
