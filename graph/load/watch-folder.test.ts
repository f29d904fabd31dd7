import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { EmbeddedStore } from '../store/index.ts';
import { folderEventHandlers, watchFolder } from './watch-folder.ts';
import type { LoadReport } from './load-documents.ts';

const PLAN = (title: string) =>
  `Handlingsplan for samarbeid\n\nTiltak 1: ${title}\nAnsvarlig: Barne-, ungdoms- og familiedirektoratet\nStatus: Igangsatt\n\nTiltak 2: Felles veileder for skolehelsetjenesten\nAnsvarlig: Helsedirektoratet\n`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'samkart-watch-'));
  dirs.push(d);
  return d;
}
async function titles(store: EmbeddedStore): Promise<string[]> {
  const nodes = store.snapshot().graph.nodes as Array<{ attributes?: { label?: string; props?: { title?: unknown } } }>;
  return nodes.filter((n) => n.attributes?.label === 'Measure').map((n) => String(n.attributes?.props?.title)).sort();
}

describe('folderEventHandlers (what npm start --watch does on each change)', () => {
  it('loads a new file, replaces a changed one, and withdraws what a deleted one alone stated', async () => {
    const dir = tempDir();
    const store = new EmbeddedStore();
    const loads: LoadReport[] = [];
    const removed: string[] = [];
    const on = folderEventHandlers(store, { parse: false, onLoad: (r) => loads.push(r), onRemove: (r) => removed.push(r.documentId) });
    const file = join(dir, 'plan.txt');
    writeFileSync(file, PLAN('Felles innsatsteam for ungdom'));
    await on.add(file);
    await on.idle();
    expect(loads[0].failed).toBe(0);
    expect(await titles(store)).toEqual(['Felles innsatsteam for ungdom', 'Felles veileder for skolehelsetjenesten']);

    writeFileSync(file, PLAN('Felles oppfølgingsteam for ungdom'));
    await on.change(file);
    await on.idle();
    expect(await titles(store)).toEqual(['Felles oppfølgingsteam for ungdom', 'Felles veileder for skolehelsetjenesten']);

    unlinkSync(file);
    await on.unlink(file);
    await on.idle();
    expect(removed).toHaveLength(1);
    expect(await titles(store)).toEqual([]);
    expect((await store.counts()).nodes.Document ?? 0).toBe(0);
  });

  it('reports a file it cannot read and goes on with the next change', async () => {
    const dir = tempDir();
    const store = new EmbeddedStore();
    const loads: LoadReport[] = [];
    const on = folderEventHandlers(store, { parse: false, onLoad: (r) => loads.push(r) });
    const bad = join(dir, 'tom.pdf');
    writeFileSync(bad, 'not a pdf at all');
    await on.add(bad);
    const good = join(dir, 'plan.txt');
    writeFileSync(good, PLAN('Felles innsatsteam for ungdom'));
    await on.add(good);
    await on.idle();
    expect(loads[0].failed).toBe(1);
    expect(loads[0].documents[0].error).toMatch(/tom\.pdf/);
    expect(loads[1].failed).toBe(0);
    expect((await store.counts()).nodes.Document).toBe(1);
  });
});

describe('watchFolder', () => {
  it('is ready, and closes cleanly', async () => {
    const dir = tempDir();
    const watcher = watchFolder(new EmbeddedStore(), dir, { parse: false });
    await watcher.ready;
    await watcher.close();
  });
});
