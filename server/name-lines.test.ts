/**
 * Display lines over GraphQL on the seeds (issue 15.6): a body renamed one to
 * one shows once under today's name when a query folds renames; the data
 * keeps both actors and the SUCCEEDED_BY link.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';
import { createServer } from './create-server.ts';
import { caller, type Gql } from './test/api-suite.ts';

let gql: Gql;
beforeAll(async () => {
  const store = new EmbeddedStore();
  await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
  gql = caller(createServer({ store }));
});

describe('display lines', () => {
  it('names a renamed body by its line, with its history and dates; the data keeps both actors', async () => {
    const r = await gql(`{
      fm: actor(id: "actor:fylkesmannen") { lineId currentName displayName successors { id } nameHistory { name from until actor { id } } }
      sf: actor(id: "actor:statsforvalteren") { lineId displayName en: displayName(language: EN) then: displayName(asOfYear: 2020) short: shortName(asOfYear: 2020) predecessors { id } }
      hod: actor(id: "actor:hod") { lineId displayName nameHistory { name from until } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.fm).toEqual({
      lineId: 'actor:statsforvalteren',
      currentName: 'Statsforvalteren',
      displayName: 'Statsforvalteren (tidligere Fylkesmannen)',
      successors: [{ id: 'actor:statsforvalteren' }],
      nameHistory: [
        { name: 'Fylkesmannen', from: null, until: '2021-01-01', actor: { id: 'actor:fylkesmannen' } },
        { name: 'Statsforvalteren', from: '2021-01-01', until: null, actor: { id: 'actor:statsforvalteren' } },
      ],
    });
    expect(r.data.sf).toEqual({
      lineId: 'actor:statsforvalteren',
      displayName: 'Statsforvalteren (tidligere Fylkesmannen)',
      en: 'Statsforvalteren (formerly Fylkesmannen)',
      then: 'Fylkesmannen (nå Statsforvalteren)',
      short: 'FM',
      predecessors: [{ id: 'actor:fylkesmannen' }],
    });
    // Sosialdepartementet was split into HOD and ASD (2004): not a rename, so HOD stays its own line.
    expect(r.data.hod).toEqual({ lineId: 'actor:hod', displayName: 'Helse- og omsorgsdepartementet', nameHistory: [{ name: 'Helse- og omsorgsdepartementet', from: null, until: null }] });
  });

  it('folds renamed bodies in the network: one node under today\'s id, edges moved onto it', async () => {
    const plain = await gql('{ graph(filter: { view: ALL }) { nodes { id } edges { source target } } }');
    const folded = await gql('{ graph(filter: { view: ALL, foldRenames: true }) { nodes { id data { label name degree } } edges { source target } } }');
    const then = await gql('{ graph(filter: { view: ALL, foldRenames: true, asOfYear: 2019 }) { nodes { id data { label name } } edges { source target } } }');
    const plainIds = plain.data.graph.nodes.map((n: { id: string }) => n.id);
    const ids = folded.data.graph.nodes.map((n: { id: string }) => n.id);
    expect(plainIds).toEqual(expect.arrayContaining(['actor:fylkesmannen', 'actor:statsforvalteren']));
    expect(ids).toContain('actor:statsforvalteren');
    expect(ids).not.toContain('actor:fylkesmannen');
    expect(ids).not.toContain('actor:bld');
    const sf = folded.data.graph.nodes.find((n: { id: string }) => n.id === 'actor:statsforvalteren');
    expect(sf.data).toMatchObject({ label: 'Statsforvalteren', name: 'Statsforvalteren (tidligere Fylkesmannen)' });
    for (const e of folded.data.graph.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
    // Every edge FM had is now Statsforvalteren's.
    const ends = (e: { source: string; target: string }) => [e.source, e.target];
    const partnersOf = (edges: { source: string; target: string }[], ids: string[]) =>
      new Set(edges.filter((e) => ends(e).some((x) => ids.includes(x))).flatMap(ends).filter((x) => !ids.includes(x)));
    const fmPartners = partnersOf(plain.data.graph.edges, ['actor:fylkesmannen']);
    expect(fmPartners.size).toBeGreaterThan(0);
    const sfPartners = partnersOf(folded.data.graph.edges, ['actor:statsforvalteren']);
    const lineOf = new Map<string, string>((await gql('{ actors(limit: 1000) { id lineId } }')).data.actors.map((a: { id: string; lineId: string }) => [a.id, a.lineId]));
    for (const p of fmPartners) if (p !== 'actor:statsforvalteren') expect(sfPartners).toContain(lineOf.get(p) ?? p);
    expect(sf.data.degree).toBe(folded.data.graph.edges.filter((e: { source: string; target: string }) => ends(e).includes('actor:statsforvalteren')).length);
    // As of 2019 the same nodes and edges, under the names of the time.
    expect(then.data.graph.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
    expect(then.data.graph.edges).toEqual(folded.data.graph.edges);
    expect(then.data.graph.nodes.find((n: { id: string }) => n.id === 'actor:statsforvalteren').data).toEqual({ label: 'FM', name: 'Fylkesmannen (nå Statsforvalteren)' });
    expect(then.data.graph.nodes.find((n: { id: string }) => n.id === 'actor:bfd').data.label).toBe('BLD');
  });

  it('lists each line once in the matrix, and the column ministries by today\'s name', async () => {
    const r = await gql('{ systemMatrix(foldRenames: true) { sectors { ministry { id currentName } } cells { sector { id } actors { id } } } }');
    const all = r.data.systemMatrix.cells.flatMap((c: { actors: { id: string }[] }) => c.actors.map((a) => a.id));
    for (const old of ['actor:fylkesmannen', 'actor:bld', 'actor:kmd', 'actor:asd', 'actor:ad']) expect(all).not.toContain(old);
    for (const c of r.data.systemMatrix.cells) expect(new Set(c.actors.map((a: { id: string }) => a.id)).size).toBe(c.actors.length);
    const ministries = r.data.systemMatrix.sectors.map((s: { ministry: { currentName: string } | null }) => s.ministry?.currentName);
    expect(ministries).toContain('Kommunal- og distriktsdepartementet');
    expect(ministries).not.toContain('Kommunal- og moderniseringsdepartementet');
  });

  it('finds a line by every name it has had, once', async () => {
    for (const text of ['Statsforvalteren', 'Fylkesmannen']) {
      const r = await gql('query($t: String!) { search(text: $t, foldRenames: true) { node { id ... on Actor { displayName } } } }', { t: text });
      const ids = r.data.search.map((h: { node: { id: string } }) => h.node.id);
      expect(ids[0]).toBe('actor:statsforvalteren');
      expect(ids.filter((id: string) => id === 'actor:statsforvalteren')).toHaveLength(1);
      expect(ids).not.toContain('actor:fylkesmannen');
    }
  });
});
