/**
 * Replay specs for the store contract: the same corrections on any store give
 * the same graph, survive a reload, and undoing one gives exactly the graph
 * loaded without it. Registered by graph/store/store-contract.ts, so they run
 * on the embedded store always and on Neo4j whenever one is reachable (CI).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { NODE_LABELS, documentId, edgeId, measureId, type DocumentBatch, type EvidenceRef, type GraphEdge, type GraphNode } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { replayCorrections } from './replay.ts';
import type { Correction, CorrectionOp } from './types.ts';

// Sentences written for this test, not taken from any document.
const TEXT =
  'Tiltak 1: Felles innsats for barn i skolen\n\n' +
  'Ansvarlig: Bufdir\n\n' +
  'Barne-, ungdoms- og familiedirektoratet samarbeider med Helsedirektoratet om tiltaket.\n\n' +
  'Helsedirektoratet og Utdanningsdirektoratet står bak samme satsing.\n\n' +
  'Bufdir samarbeider med Utdanningsdirektoratet om veilederen.';
const DOC = documentId('kurering-test.txt');
const M1 = measureId(DOC, '1');
const BUFDIR = 'actor:bufdir';
const DUP = 'actor:barne-ungdoms-og-familiedirektoratet';
const HDIR = 'actor:helsedirektoratet';
const UDIR = 'actor:utdanningsdirektoratet';
const WRONG = edgeId('COORDINATES_WITH', HDIR, UDIR, 'SAME_INITIATIVE');

function span(quote: string, text = TEXT): EvidenceRef {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { documentId: DOC, start, end: start + quote.length };
}

function batch(text = TEXT): DocumentBatch {
  const actor = (id: string, name: string, quote: string): GraphNode => ({ id, label: 'Actor', props: { name, kind: 'DIRECTORATE', aliases: [] }, evidence: [span(quote, text)] });
  const nodes: GraphNode[] = [
    { id: DOC, label: 'Document', props: { title: 'Kurering', fileName: 'kurering-test.txt', text }, evidence: [] },
    { id: M1, label: 'Measure', props: { number: '1', title: 'Felles innsats for barn i skolen', status: 'UNKNOWN' }, evidence: [span('Tiltak 1: Felles innsats for barn i skolen', text)] },
    actor(BUFDIR, 'Bufdir', 'Ansvarlig: Bufdir'),
    actor(DUP, 'Barne-, ungdoms- og familiedirektoratet', 'Barne-, ungdoms- og familiedirektoratet samarbeider'),
    actor(HDIR, 'Helsedirektoratet', 'Helsedirektoratet'),
  ];
  const edges: GraphEdge[] = [
    { id: edgeId('RESPONSIBLE_FOR', BUFDIR, M1), type: 'RESPONSIBLE_FOR', source: BUFDIR, target: M1, props: {}, evidence: [span('Ansvarlig: Bufdir', text)] },
    { id: edgeId('COORDINATES_WITH', DUP, HDIR, 'JOINT_WORK'), type: 'COORDINATES_WITH', source: DUP, target: HDIR, props: { kind: 'JOINT_WORK' }, evidence: [span('Barne-, ungdoms- og familiedirektoratet samarbeider med Helsedirektoratet', text)] },
  ];
  if (text.includes('Utdanningsdirektoratet står bak')) {
    nodes.push(actor(UDIR, 'Utdanningsdirektoratet', 'Utdanningsdirektoratet står bak'));
    edges.push({ id: WRONG, type: 'COORDINATES_WITH', source: HDIR, target: UDIR, props: { kind: 'SAME_INITIATIVE' }, evidence: [span('Helsedirektoratet og Utdanningsdirektoratet står bak samme satsing', text)] });
  }
  return { documentId: DOC, nodes, edges };
}

const meta = { author: 'Test Redaktør', at: '2026-12-03T10:00:00.000Z' };
function corrections(...ops: (CorrectionOp & { why?: string })[]): Correction[] {
  return ops.map((op, i) => ({ why: 'test', ...meta, ...op, n: i + 1 }) as Correction);
}
const MERGE: CorrectionOp = { op: 'merge', into: BUFDIR, from: DUP };
const REJECT: CorrectionOp = { op: 'reject', id: WRONG };
const ADD: CorrectionOp = { op: 'add', type: 'COORDINATES_WITH', source: BUFDIR, target: UDIR, kind: 'JOINT_WORK', quote: 'Bufdir samarbeider med Utdanningsdirektoratet', document: DOC };

/** Everything the store holds, hidden facts too, in id order. */
async function dump(store: GraphStore): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const nodes = (await Promise.all(NODE_LABELS.map((label) => store.findNodes({ label, includeRejected: true })))).flat();
  return { nodes, edges: await store.findEdges({ includeRejected: true }) };
}

/** Registers the replay specs for one adapter. `makeStore` returns a ready store. */
export function describeCorrectionReplayContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`correction replay: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store ??= await makeStore();
      await store.clear();
      await store.writeDocument(batch());
    });
    afterAll(async () => {
      await store?.close();
    });

    it('merges two actors, rejects a link and adds one with its quote; hidden facts stay, flagged', async () => {
      const report = await replayCorrections(store, corrections(MERGE, REJECT, ADD));
      expect(report).toMatchObject({ ok: true, applied: 3, missing: [], invalid: [] });
      const actors = (await store.findNodes({ label: 'Actor' })).map((a) => a.id);
      expect(actors).toEqual([BUFDIR, HDIR, UDIR]);
      const [bufdir, dup] = await store.getNodes([BUFDIR, DUP]);
      expect(bufdir?.props.aliases).toEqual(['Barne-, ungdoms- og familiedirektoratet']);
      expect(bufdir?.props.corrIds).toEqual([1]);
      expect(dup?.props).toMatchObject({ rejected: true, mergedInto: BUFDIR });
      const links = await store.findEdges({ types: ['COORDINATES_WITH'] });
      expect(links.map((e) => e.id)).toEqual([edgeId('COORDINATES_WITH', BUFDIR, HDIR, 'JOINT_WORK'), edgeId('COORDINATES_WITH', BUFDIR, UDIR, 'JOINT_WORK')]);
      const added = links[1];
      expect(TEXT.slice(added.evidence[0].start, added.evidence[0].end)).toBe('Bufdir samarbeider med Utdanningsdirektoratet');
      expect(added.props.corrIds).toEqual([3]);
      const hidden = await store.findEdges({ types: ['COORDINATES_WITH'], includeRejected: true });
      expect(hidden.find((e) => e.id === WRONG)?.props).toMatchObject({ rejected: true, corrIds: [2] });
    });

    it('gives the same graph when the document is loaded again and the corrections replayed', async () => {
      const all = corrections(MERGE, REJECT, ADD);
      await replayCorrections(store, all);
      const once = await dump(store);
      await store.writeDocument(batch());
      await replayCorrections(store, all);
      expect(await dump(store)).toEqual(once);
      await replayCorrections(store, all);
      expect(await dump(store)).toEqual(once);
    });

    it('undoing a correction gives exactly the graph loaded without it', async () => {
      for (const [i, op] of [MERGE, REJECT, ADD].entries()) {
        await store.clear();
        await store.writeDocument(batch());
        const without = [MERGE, REJECT, ADD].filter((_, j) => j !== i);
        await replayCorrections(store, corrections(...without));
        const expected = await dump(store);
        await store.clear();
        await store.writeDocument(batch());
        await replayCorrections(store, corrections(MERGE, REJECT, ADD));
        const withUndo = [...corrections(MERGE, REJECT, ADD), { op: 'undo', undoes: i + 1, why: 'angret', ...meta, n: 4 } as Correction];
        await replayCorrections(store, withUndo);
        // Numbers differ (the corrections after the undone one keep theirs), and with them the notes; compare the facts without them.
        const strip = (d: Awaited<ReturnType<typeof dump>>) =>
          JSON.parse(
            JSON.stringify(d)
              .replace(/"corrIds":\[[\d,]*\],?/g, '')
              .replace(/"corr(?:Notes|Base)":"(?:[^"\\]|\\.)*",?/g, '')
              .replace(/,}/g, '}'),
          );
        expect(strip(await dump(store)), `undo of ${op.op}`).toEqual(strip(expected));
      }
      await store.clear();
      await store.writeDocument(batch());
      const plain = await dump(store);
      await replayCorrections(store, corrections(MERGE, REJECT, ADD));
      await replayCorrections(store, []);
      expect(await dump(store)).toEqual(plain);
    });

    it('reports a correction whose target vanished after a reload, and keeps the others', async () => {
      await replayCorrections(store, corrections(MERGE, REJECT));
      await store.writeDocument(batch(TEXT.replace('Helsedirektoratet og Utdanningsdirektoratet står bak samme satsing.', 'Noe annet.')));
      const report = await replayCorrections(store, corrections(MERGE, REJECT, ADD));
      expect(report.ok).toBe(true);
      expect(report.applied).toBe(1);
      expect(report.missing.map((o) => o.n)).toEqual([2, 3]);
      expect(report.missing[0].problem).toContain(HDIR.replace('helse', 'helse'));
      expect((await store.getNodes([DUP]))[0]?.props.mergedInto).toBe(BUFDIR);
    });

    it('refuses a quote that is not in the document, changing nothing', async () => {
      const before = await dump(store);
      const report = await replayCorrections(store, corrections({ ...ADD, quote: 'Bufdir samarbeider med Statped' } as CorrectionOp));
      expect(report.invalid.length + report.missing.length).toBe(1);
      expect(report.missing[0]?.problem).toMatch(/not in doc:kurering-test/);
      expect(await dump(store)).toEqual(before);
    });

    it('writes a layer all or nothing: a bad one changes nothing', async () => {
      await replayCorrections(store, corrections(MERGE));
      const before = await dump(store);
      const version = await store.version();
      await expect(
        store.replaceCorrections({ patches: [{ id: BUFDIR, on: 'node', props: { name: 'X' }, evidence: [], corrections: [9] }, { id: 'actor:nobody', on: 'node', props: { name: 'Y' }, evidence: [], corrections: [9] }], edges: [] }),
      ).rejects.toThrow(/actor:nobody/);
      expect(await dump(store)).toEqual(before);
      await replayCorrections(store, corrections(MERGE, REJECT));
      expect(await store.version()).not.toBe(version);
    });
  });
}
