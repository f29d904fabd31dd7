import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, documentId, edgeId, type GraphNode } from '../model/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { correctionsPath, readCorrectionsFile } from './file.ts';
import { makeCorrection, withQuotedDocument } from './write.ts';

// Sentences written for this test.
const TEXT = 'Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.\nFjordby Analysen deltar også.';
const DOC = documentId('veileder.txt');
const actor = (id: string, name: string): GraphNode => ({ id, label: 'Actor', props: { name, kind: 'ORGANISATION', curated: false, aliases: [] }, evidence: [{ documentId: DOC, start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length }] });

async function fixture() {
  const store = new EmbeddedStore();
  await store.writeDocument({
    documentId: DOC,
    nodes: [{ id: DOC, label: 'Document', props: { title: 'Veileder', fileName: 'veileder.txt', text: TEXT }, evidence: [] }, actor('actor:fjordby-analyse', 'Fjordby Analyse'), actor('actor:fjordby-analysen', 'Fjordby Analysen'), actor('actor:kystbyen', 'Kystbyen kompetansesenter')],
    edges: [],
  });
  return { store, file: correctionsPath(mkdtempSync(join(tmpdir(), 'samkart-corrections-'))) };
}
const meta = { author: 'Test', at: '2026-12-03T10:00:00.000Z', why: 'test' };

describe('making a correction', () => {
  it('appends it, numbered by line, and replays it; undo appends an undo that restores the graph', async () => {
    const { store, file } = await fixture();
    const { correction, replay } = await makeCorrection(store, file, { op: 'merge', into: 'actor:fjordby-analyse', from: 'actor:fjordby-analysen', ...meta });
    expect(correction.n).toBe(1);
    expect(replay).toMatchObject({ ok: true, applied: 1 });
    expect((await store.findNodes({ label: 'Actor' })).map((a) => a.id)).toEqual(['actor:fjordby-analyse', 'actor:kystbyen']);
    const undo = await makeCorrection(store, file, { op: 'undo', undoes: 1, ...meta });
    expect(undo.correction.n).toBe(2);
    expect((await store.findNodes({ label: 'Actor' })).map((a) => a.id)).toHaveLength(3);
    expect(readCorrectionsFile(file).map((c) => c.op)).toEqual(['merge', 'undo']);
  });

  it('refuses a quote that is not in any loaded document, and writes nothing', async () => {
    const { store, file } = await fixture();
    const link = { op: 'add', type: 'COORDINATES_WITH', source: 'actor:fjordby-analyse', target: 'actor:kystbyen', kind: 'JOINT_WORK', quote: 'Fjordby Analyse og Kystbyen spiser lunsj', document: DOC } as const;
    await expect(makeCorrection(store, file, { ...link, ...meta })).rejects.toThrow(/is not in doc:veileder/);
    await expect(withQuotedDocument(store, { ...link, document: undefined })).rejects.toThrow(InvalidInputError);
    expect(() => readFileSync(file)).toThrow();
    const found = await withQuotedDocument(store, { ...link, quote: 'Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.', document: undefined });
    expect(found.document).toBe(DOC);
    await makeCorrection(store, file, { ...(found as typeof link), ...meta });
    const [e] = await store.findEdges({ types: ['COORDINATES_WITH'] });
    expect(e.id).toBe(edgeId('COORDINATES_WITH', 'actor:fjordby-analyse', 'actor:kystbyen', 'JOINT_WORK'));
    expect(TEXT.slice(e.evidence[0].start, e.evidence[0].end)).toBe('Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.');
  });

  it('refuses an unknown id and an undo of nothing', async () => {
    const { store, file } = await fixture();
    await expect(makeCorrection(store, file, { op: 'reject', id: 'actor:nobody', ...meta })).rejects.toThrow(/actor:nobody is not in the graph/);
    await expect(makeCorrection(store, file, { op: 'undo', undoes: 4, ...meta })).rejects.toThrow(/no correction 4/);
  });

  it('splits a merged name back out (the merge is taken back), and renames and sets a kind keeping the old name as an alias', async () => {
    const { store, file } = await fixture();
    await makeCorrection(store, file, { op: 'merge', into: 'actor:fjordby-analyse', from: 'actor:fjordby-analysen', ...meta });
    await makeCorrection(store, file, { op: 'split', actor: 'actor:fjordby-analyse', alias: 'Fjordby Analysen', ...meta });
    expect((await store.findNodes({ label: 'Actor' })).map((a) => a.id)).toHaveLength(3);
    const [kept] = await store.getNodes(['actor:fjordby-analyse']);
    expect(kept?.props.aliases).toEqual([]);
    await makeCorrection(store, file, { op: 'set', id: 'actor:kystbyen', name: 'Kystbyen kunnskapssenter', kind: 'OTHER', ...meta });
    const [renamed] = await store.getNodes(['actor:kystbyen']);
    expect(renamed?.props).toMatchObject({ name: 'Kystbyen kunnskapssenter', kind: 'OTHER', aliases: ['Kystbyen kompetansesenter'] });
    await expect(makeCorrection(store, file, { op: 'split', actor: 'actor:kystbyen', alias: 'Noe annet', ...meta })).rejects.toThrow(/has no alias/);
  });
});
