import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../store/index.ts';
import { DEFAULT_SEEDS_DIR } from './paths.ts';
import { loadDocuments } from './load-documents.ts';
import { loadIntoSnapshot } from './snapshot-file.ts';

describe('loadDocuments', () => {
  it('loads the seeds, and loading twice gives identical counts', async () => {
    const store = new EmbeddedStore();
    const first = await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    expect(first.failed).toBe(0);
    expect(first.totals.nodes).toMatchObject({ Document: 5, Measure: 15 });
    const second = await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    expect(second.totals).toEqual(first.totals);
  });

  it('loads the good documents when one fails, leaving nothing of the bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-load-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(DEFAULT_SEEDS_DIR, '000_588be4bdfbf0e9d5.txt')));
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'c.txt'), '');
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [dir]);
    expect(report.failed).toBe(1);
    expect(report.documents.map((d) => [d.fileName, d.ok])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
      ['c.txt', true],
    ]);
    expect(report.documents[1].error).toMatch(/b\.txt: this is a binary file/);
    expect(report.documents[2].warnings[0].message).toMatch(/empty/);
    expect(report.totals.nodes).toMatchObject({ Document: 1, Measure: 3 });
    expect(await store.getNodes(['doc:b'])).toEqual([null]);
  });

  it('checks and counts without writing on a dry run', async () => {
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [DEFAULT_SEEDS_DIR], { dryRun: true });
    expect(report.documents.reduce((s, d) => s + d.counts.measures, 0)).toBe(15);
    expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
  });
});

describe('loadDocuments on hostile folders (issue 11)', () => {
  it('loads the regular files of a folder with links out, a device and a FIFO, naming each refused one (items 4, 5)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'samkart-seeds-'));
    const dir = join(parent, 'seeds');
    mkdirSync(dir);
    writeFileSync(join(parent, 'secret.txt'), 'Hemmelig.');
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(DEFAULT_SEEDS_DIR, '000_588be4bdfbf0e9d5.txt')));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync('../secret.txt', join(dir, 'up.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [dir]);
    expect(report.documents.map((d) => [d.fileName, d.ok])).toEqual([
      ['a.txt', true],
      ['fifo.txt', false],
      ['passwd.txt', false],
      ['up.txt', false],
      ['zero.txt', false],
    ]);
    for (const d of report.documents.filter((x) => !x.ok)) expect(d.error).toContain(d.fileName);
    expect(report.totals.nodes).toMatchObject({ Document: 1 });
  }, 60_000);

  it('keeps every document whose names give one id, the later ones hashed, with a warning naming both (item 6)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-ids-'));
    const names = ['Rapport 1.txt', 'RAPPORT_1.txt', 'rapport-1.txt', 'dup.txt', 'dup.md', '文件.txt', 'доклад.txt', '..txt'];
    for (const n of names) writeFileSync(join(dir, n), `Tiltak 1: Et tiltak i ${n}\n\nAnsvarlig: Kunnskapsdepartementet\n`);
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [dir]);
    expect(report.failed).toBe(0);
    const ids = report.documents.map((d) => d.documentId);
    expect(new Set(ids).size).toBe(names.length);
    expect(report.totals.nodes.Document).toBe(names.length);
    expect(report.totals.nodes.Measure).toBe(names.length);
    // The first of each group keeps today's id; the rest say which file took it.
    const byName = new Map(report.documents.map((d) => [d.fileName, d]));
    expect(byName.get('RAPPORT_1.txt')!.documentId).toBe('doc:rapport-1');
    expect(byName.get('dup.md')!.documentId).toBe('doc:dup');
    for (const [later, first] of [['Rapport 1.txt', 'RAPPORT_1.txt'], ['rapport-1.txt', 'RAPPORT_1.txt'], ['dup.txt', 'dup.md']]) {
      const d = byName.get(later)!;
      expect(d.documentId).toMatch(/^doc:(rapport-1|dup)-[0-9a-f]{6}$/);
      expect(d.warnings.map((w) => w.message).join('\n')).toContain(`"${first}"`);
      const nodes = await store.getNodes([d.documentId!]);
      expect(nodes[0]?.props.fileName).toBe(later);
    }
    // Loading again gives the same ids.
    const again = await loadDocuments(store, [dir]);
    expect(again.documents.map((d) => d.documentId)).toEqual(ids);
    expect(again.totals).toEqual(report.totals);
  }, 60_000);

  it('refuses a file past the parser limits by name and loads the rest (item 3)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-limits-'));
    const seed = readFileSync(join(DEFAULT_SEEDS_DIR, '000_588be4bdfbf0e9d5.txt'), 'utf8');
    writeFileSync(join(dir, 'a.txt'), seed);
    writeFileSync(join(dir, 'b.txt'), seed.repeat(3000));
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [dir], { parse: { memoryMb: 64, threads: 1 } });
    expect(report.documents.map((d) => [d.fileName, d.ok])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
    ]);
    expect(report.documents[1].error).toMatch(/^b\.txt: parsing it needed more than 64 MB/);
    expect(report.totals.nodes).toMatchObject({ Document: 1, Measure: 3 });
  }, 120_000);

  it('adds to what the store holds, replaces documents loaded again, and starts over with replaceAll (item 15)', async () => {
    const a = mkdtempSync(join(tmpdir(), 'samkart-a-'));
    const b = mkdtempSync(join(tmpdir(), 'samkart-b-'));
    writeFileSync(join(a, 'a.txt'), 'Tiltak 1: Første\n\nAnsvarlig: Kunnskapsdepartementet\n');
    writeFileSync(join(b, 'b.txt'), 'Tiltak 1: Andre\n\nAnsvarlig: Helse- og omsorgsdepartementet\n');
    const store = new EmbeddedStore();
    await loadDocuments(store, [a]);
    expect((await loadDocuments(store, [b])).totals.nodes.Document).toBe(2);
    writeFileSync(join(a, 'a.txt'), 'Tiltak 1: Første\n\nAnsvarlig: Kunnskapsdepartementet\n\nTiltak 2: Ny\n\nAnsvarlig: Kunnskapsdepartementet\n');
    expect((await loadDocuments(store, [a])).totals.nodes).toMatchObject({ Document: 2, Measure: 3 });
    const fresh = await loadDocuments(store, [b], { replaceAll: true });
    expect(fresh.totals.nodes).toMatchObject({ Document: 1, Measure: 1 });
    expect(await store.getNodes(['doc:a'])).toEqual([null]);
  }, 60_000);

  it('adds to the embedded snapshot file as to a store, and starts over with replaceAll (item 15)', async () => {
    const snap = join(mkdtempSync(join(tmpdir(), 'samkart-snapfile-')), 'graph.json');
    const a = mkdtempSync(join(tmpdir(), 'samkart-a-'));
    const b = mkdtempSync(join(tmpdir(), 'samkart-b-'));
    writeFileSync(join(a, 'a.txt'), 'Tiltak 1: Første\n\nAnsvarlig: Kunnskapsdepartementet\n');
    writeFileSync(join(b, 'b.txt'), 'Tiltak 1: Andre\n\nAnsvarlig: Helse- og omsorgsdepartementet\n');
    await loadIntoSnapshot(snap, [a]);
    expect((await loadIntoSnapshot(snap, [b])).totals.nodes.Document).toBe(2);
    const restored = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(snap, 'utf8')));
    expect((await restored.counts()).nodes.Document).toBe(2);
    expect((await loadIntoSnapshot(snap, [b], { replaceAll: true })).totals.nodes.Document).toBe(1);
    expect((await EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(snap, 'utf8'))).counts()).nodes.Document).toBe(1);
    expect(existsSync(`${snap}.lock`)).toBe(false);
  }, 60_000);
});
