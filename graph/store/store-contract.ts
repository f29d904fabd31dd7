/**
 * The one contract suite for the store port. `describeGraphStoreContract`
 * runs the same specs against any adapter; both the embedded store and
 * Neo4j must pass it.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  actorId,
  documentId,
  edgeId,
  measureId,
  type DocumentBatch,
  type EvidenceRef,
  type GraphEdge,
  type GraphNode,
} from '../model/index.ts';
import type { GraphStore } from './GraphStore.ts';
import { MAX_INDEXED_BYTES } from './limits.ts';
import { describeCorrectionReplayContract } from '../corrections/replay-contract.ts';

// A real excerpt from seed 000: measure 22 and its two responsible ministries.
const TEXT =
  'Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen\n\n' +
  'Ansvarlig: Barne- og familiedepartementet og Justisdepartementet';
const DOC = documentId('000_588be4bdfbf0e9d5.txt');
const OTHER_DOC = documentId('001_5ce2774f9b8cd589.txt');
const BFD = actorId('bfd');
const JD = actorId('jd');
const M22 = measureId(DOC, '22');

function span(doc: typeof DOC, text: string, quote: string): EvidenceRef {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { documentId: doc, start, end: start + quote.length };
}

function documentBatch(doc = DOC, text = TEXT): DocumentBatch {
  const title = span(doc, text, 'Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen');
  const bfd = span(doc, text, 'Barne- og familiedepartementet');
  const jd = span(doc, text, 'Justisdepartementet');
  const nodes: GraphNode[] = [
    { id: doc, label: 'Document', props: { title: 'Statusrapport', fileName: `${doc}.txt`, text, year: 2020 }, evidence: [] },
    { id: M22, label: 'Measure', props: { number: '22', title: 'Vurdere samarbeid', status: 'ON_TRACK', statusText: 'I rute.' }, evidence: [title] },
    { id: BFD, label: 'Actor', props: { name: 'Barne- og familiedepartementet', kind: 'MINISTRY', aliases: ['BFD'] }, evidence: [bfd] },
    { id: JD, label: 'Actor', props: { name: 'Justis- og beredskapsdepartementet', kind: 'MINISTRY', aliases: [] }, evidence: [jd] },
  ];
  const edges: GraphEdge[] = [
    { id: edgeId('RESPONSIBLE_FOR', BFD, M22), type: 'RESPONSIBLE_FOR', source: BFD, target: M22, props: {}, evidence: [bfd] },
    { id: edgeId('RESPONSIBLE_FOR', JD, M22), type: 'RESPONSIBLE_FOR', source: JD, target: M22, props: {}, evidence: [jd] },
    { id: edgeId('STATED_IN', M22, doc), type: 'STATED_IN', source: M22, target: doc, props: {}, evidence: [title] },
    {
      id: edgeId('COORDINATES_WITH', BFD, JD, 'SHARED_RESPONSIBILITY'),
      type: 'COORDINATES_WITH',
      source: BFD,
      target: JD,
      props: { kind: 'SHARED_RESPONSIBILITY' },
      evidence: [bfd, jd],
    },
  ];
  return { documentId: doc, nodes, edges };
}

/** Registers the contract specs for one adapter. `makeStore` returns a ready, empty store. */
export function describeGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describeCorrectionReplayContract(name, makeStore);
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store ??= await makeStore();
      await store.clear();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('writes a document and reads its nodes back by id, in the order asked', async () => {
      await store.writeDocument(documentBatch());
      const [jd, missing, m] = await store.getNodes([JD, 'actor:nobody', M22]);
      expect(missing).toBeNull();
      expect(jd).toMatchObject({ id: JD, label: 'Actor', props: { kind: 'MINISTRY', name: 'Justis- og beredskapsdepartementet' } });
      expect(m?.props).toMatchObject({ number: '22', status: 'ON_TRACK', statusText: 'I rute.' });
      const quote = m!.evidence.map((e) => TEXT.slice(e.start, e.end));
      expect(quote).toEqual(['Tiltak 22: Vurdere samarbeid mellom familievernet og kriminalomsorgen']);
    });

    it('keeps numbers, lists and booleans as written', async () => {
      await store.writeDocument(documentBatch());
      const [doc, bfd] = await store.getNodes([DOC, BFD]);
      expect(doc?.props.year).toBe(2020);
      expect(typeof doc?.props.year).toBe('number');
      expect(bfd?.props.aliases).toEqual(['BFD']);
    });

    it('counts nodes by label and edges by type', async () => {
      await store.writeDocument(documentBatch());
      expect(await store.counts()).toEqual({
        nodes: { Document: 1, Measure: 1, Actor: 2 },
        edges: { RESPONSIBLE_FOR: 2, STATED_IN: 1, COORDINATES_WITH: 1 },
      });
    });

    it('gives identical counts and evidence when the same document is loaded twice', async () => {
      await store.writeDocument(documentBatch());
      const before = await store.counts();
      const edgesBefore = await store.findEdges({});
      await store.writeDocument(documentBatch());
      expect(await store.counts()).toEqual(before);
      expect(await store.findEdges({})).toEqual(edgesBefore);
    });

    it('withdraws what only a reloaded document stated, and keeps what others state', async () => {
      await store.writeDocument(documentBatch());
      const other = `Ansvarlig: Justisdepartementet`;
      const jd = span(OTHER_DOC, other, 'Justisdepartementet');
      await store.writeDocument({
        documentId: OTHER_DOC,
        nodes: [
          { id: OTHER_DOC, label: 'Document', props: { title: 'Annen', fileName: 'x.txt', text: other }, evidence: [] },
          { id: JD, label: 'Actor', props: { name: 'Justis- og beredskapsdepartementet', kind: 'MINISTRY', aliases: [] }, evidence: [jd] },
        ],
        edges: [],
      });
      // Reload the first document with the measure gone: its measure and BFD disappear, JD stays with only the other evidence.
      const reduced = documentBatch();
      reduced.nodes = reduced.nodes.filter((n) => n.id === DOC);
      reduced.edges = [];
      await store.writeDocument(reduced);
      const [m, bfd, jdNode] = await store.getNodes([M22, BFD, JD]);
      expect(m).toBeNull();
      expect(bfd).toBeNull();
      expect(jdNode?.evidence).toEqual([jd]);
      expect(await store.findEdges({})).toEqual([]);
    });

    it('writes several documents at once with the same result as one by one, reloads included', async () => {
      const other = `Ansvarlig: Justisdepartementet`;
      const jd = span(OTHER_DOC, other, 'Justisdepartementet');
      const second: DocumentBatch = {
        documentId: OTHER_DOC,
        nodes: [
          { id: OTHER_DOC, label: 'Document', props: { title: 'Annen', fileName: 'x.txt', text: other }, evidence: [] },
          { id: JD, label: 'Actor', props: { name: 'Justis- og beredskapsdepartementet', kind: 'MINISTRY', aliases: ['JD'] }, evidence: [jd] },
        ],
        edges: [{ id: edgeId('STATED_IN', JD, OTHER_DOC), type: 'STATED_IN', source: JD, target: OTHER_DOC, props: {}, evidence: [jd] }],
      };
      await store.writeDocument(documentBatch());
      await store.writeDocument(second);
      const counts = await store.counts();
      const nodes = await store.getNodes([DOC, OTHER_DOC, M22, BFD, JD]);
      const edges = await store.findEdges({});
      await store.clear();
      await store.writeDocuments([documentBatch(), second]);
      expect(await store.counts()).toEqual(counts);
      expect(await store.getNodes([DOC, OTHER_DOC, M22, BFD, JD])).toEqual(nodes);
      expect(await store.findEdges({})).toEqual(edges);
      await store.writeDocuments([documentBatch(), second]);
      expect(await store.findEdges({})).toEqual(edges);
      expect(await store.getNodes([JD])).toEqual([nodes[4]]);
    });

    it('writes none of several documents when one of them is bad', async () => {
      const bad = documentBatch(OTHER_DOC);
      bad.edges.push({ id: 'x', type: 'PART_OF', source: BFD, target: 'actor:nowhere', props: {}, evidence: [] });
      await expect(store.writeDocuments([documentBatch(), bad])).rejects.toBeInstanceOf(InvalidInputError);
      expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
    });

    it('finds nodes by label with filters, ordered by id and paged', async () => {
      await store.writeDocument(documentBatch());
      const all = await store.findNodes({ label: 'Actor' });
      expect(all.map((n) => n.id)).toEqual([BFD, JD]);
      expect((await store.findNodes({ label: 'Actor', limit: 1, offset: 1 })).map((n) => n.id)).toEqual([JD]);
      expect((await store.findNodes({ label: 'Actor', ids: [JD, M22] })).map((n) => n.id)).toEqual([JD]);
      expect((await store.findNodes({ label: 'Measure', where: { status: ['ON_TRACK', 'DELAYED'] } })).length).toBe(1);
      expect((await store.findNodes({ label: 'Measure', where: { status: ['DELAYED'] } })).length).toBe(0);
      expect((await store.findNodes({ label: 'Actor', where: { abbreviation: [null] } })).length).toBe(2);
    });

    it('finds edges by type, by source, by target and by either end', async () => {
      await store.writeDocument(documentBatch());
      const resp = await store.findEdges({ types: ['RESPONSIBLE_FOR'] });
      expect(resp.map((e) => [e.source, e.target])).toEqual([
        [BFD, M22],
        [JD, M22],
      ]);
      expect((await store.findEdges({ sourceIds: [JD] })).map((e) => e.type)).toEqual(['RESPONSIBLE_FOR']);
      expect((await store.findEdges({ targetIds: [M22], types: ['RESPONSIBLE_FOR'] })).length).toBe(2);
      expect((await store.findEdges({ nodeIds: [JD] })).map((e) => e.type).sort()).toEqual(['COORDINATES_WITH', 'RESPONSIBLE_FOR']);
      const [coord] = await store.findEdges({ types: ['COORDINATES_WITH'] });
      expect(coord.props.kind).toBe('SHARED_RESPONSIBILITY');
      expect(coord.evidence.map((e) => TEXT.slice(e.start, e.end))).toEqual(['Barne- og familiedepartementet', 'Justisdepartementet']);
    });

    it('refuses a batch with an edge to an unknown node and writes none of it', async () => {
      const bad = documentBatch();
      bad.edges.push({ id: 'x', type: 'PART_OF', source: BFD, target: 'actor:nowhere', props: {}, evidence: [] });
      await expect(store.writeDocument(bad)).rejects.toBeInstanceOf(InvalidInputError);
      expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
    });

    it('merges curated batches without a document and keeps them when documents change', async () => {
      await store.writeBatch({
        nodes: [{ id: 'level:kommune', label: 'Level', props: { name: 'Kommune', rank: 4 }, evidence: [] }],
        edges: [],
      });
      await store.writeDocument(documentBatch());
      await store.writeDocument(documentBatch());
      const [level] = await store.getNodes(['level:kommune']);
      expect(level?.props).toEqual({ name: 'Kommune', rank: 4 });
    });

    it('never withdraws a curated node that a document also stated', async () => {
      await store.writeBatch({
        nodes: [{ id: BFD, label: 'Actor', props: { name: 'Barne- og familiedepartementet', kind: 'MINISTRY', aliases: ['BFD'] }, evidence: [] }],
        edges: [],
      });
      await store.writeDocument(documentBatch());
      const reduced = documentBatch();
      reduced.nodes = reduced.nodes.filter((n) => n.id === DOC);
      reduced.edges = [];
      await store.writeDocument(reduced);
      const [bfd] = await store.getNodes([BFD]);
      expect(bfd?.props.name).toBe('Barne- og familiedepartementet');
      expect(bfd?.evidence).toEqual([]);
    });

    it('changes its version on every write', async () => {
      const v1 = await store.version();
      await store.writeDocument(documentBatch());
      const v2 = await store.version();
      expect(v2).not.toBe(v1);
    });

    it('never repeats a version, across clear too', async () => {
      const seen: string[] = [await store.version()];
      const step = async () => {
        const v = await store.version();
        expect(seen, `version ${v} came back after ${seen.join(', ')}`).not.toContain(v);
        seen.push(v);
      };
      await store.writeDocument(documentBatch());
      await step();
      await store.clear();
      await step();
      await store.writeDocument(documentBatch());
      await step();
      await store.clear();
      await step();
      await store.writeDocument(documentBatch());
      await step();
    });

    it('refuses an indexed value longer than Neo4j can index, with InvalidInputError, and writes nothing', async () => {
      // An organisation named by 10 KB of text gets an id of over 10 KB: Neo4j's id index refuses it.
      const name = 'Organisasjonen for '.repeat(600);
      const batch = documentBatch();
      const huge = actorId(name);
      expect(Buffer.byteLength(huge)).toBeGreaterThan(MAX_INDEXED_BYTES);
      batch.nodes.push({ id: huge, label: 'Actor', props: { name, kind: 'ORGANISATION', aliases: [] }, evidence: [] });
      await expect(store.writeDocument(batch)).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.writeDocuments([batch])).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.writeBatch({ nodes: [{ id: `level:${'å'.repeat(MAX_INDEXED_BYTES)}`, label: 'Level', props: {}, evidence: [] }], edges: [] })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
    });

    it('takes an indexed value right at the limit, counted in UTF-8 bytes, and long values that are not indexed', async () => {
      const prefix = 'actor:';
      // 'å' is two bytes in UTF-8: the limit is in bytes, as Neo4j counts it.
      const atLimit = prefix + 'å'.repeat((MAX_INDEXED_BYTES - prefix.length) >> 1);
      expect(Buffer.byteLength(atLimit)).toBeLessThanOrEqual(MAX_INDEXED_BYTES);
      const name = 'Navn '.repeat(20_000);
      await store.writeBatch({ nodes: [{ id: atLimit, label: 'Actor', props: { name, kind: 'ORGANISATION', aliases: [] }, evidence: [] }], edges: [] });
      const [n] = await store.getNodes([atLimit]);
      expect(n?.props.name).toBe(name);
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('treats hostile strings as plain values', async () => {
      const evil = `x'}) MATCH (n) DETACH DELETE n //`;
      await store.writeDocument(documentBatch());
      expect(await store.getNodes([evil])).toEqual([null]);
      expect(await store.findNodes({ label: 'Actor', where: { name: [evil] } })).toEqual([]);
      expect(await store.findEdges({ nodeIds: [evil] })).toEqual([]);
      expect((await store.counts()).nodes.Actor).toBe(2);
    });
  });
}
