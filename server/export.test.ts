/** evidenceOf (issue 15.7): the quotes of many nodes and relations in one request, for exports. */
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

describe('evidenceOf', () => {
  it('gives each node and relation its quotes, in the order asked, and nothing for an unknown id', async () => {
    const g = await gql('{ graph(filter: { view: NETWORK }) { edges { id } } }');
    const edgeId = g.data.graph.edges[0].id;
    const r = await gql('query($ids: [ID!]!) { evidenceOf(ids: $ids) { id evidence { document { text } start end quote } } }', { ids: ['actor:bufdir', edgeId, 'actor:no-such-body'] });
    expect(r.errors).toBeUndefined();
    const [bufdir, link, none] = r.data.evidenceOf;
    expect([bufdir.id, link.id, none.id]).toEqual(['actor:bufdir', edgeId, 'actor:no-such-body']);
    expect(bufdir.evidence.length).toBeGreaterThan(0);
    expect(link.evidence.length).toBeGreaterThan(0);
    expect(none.evidence).toEqual([]);
    for (const e of [...bufdir.evidence, ...link.evidence]) expect(e.document.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('refuses more ids than it takes', async () => {
    const r = await gql('query($ids: [ID!]!) { evidenceOf(ids: $ids) { id } }', { ids: Array.from({ length: 2001 }, (_, i) => `actor:x${i}`) });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('generated sentences in the reader\'s language', () => {
  it('explains overlaps and unclear responsibility in English when asked, in Bokmål by default', async () => {
    const r = await gql('{ overlaps(limit: 3) { nb: explanation en: explanation(language: EN) } unclearResponsibility { nb: explanation en: explanation(language: EN) } }');
    expect(r.errors).toBeUndefined();
    const pairs = [...r.data.overlaps, ...r.data.unclearResponsibility];
    expect(pairs.length).toBeGreaterThan(3);
    for (const p of pairs) {
      expect(p.nb).not.toBe(p.en);
      expect(p.nb).toMatch(/\b(og|har|hos|begge|ansvarlig)\b/);
      // Titles and shared words stay Norwegian inside «»; the sentence around them is English.
      const words = p.en.replace(/«[^»]*»/g, '');
      expect(words).not.toMatch(/\b(hos|begge|handler om|ansvarlige|har ingen|ansvaret er delt|som ansvarlig)\b/);
      expect(p.en).toMatch(/\b(and|has|owned by|both|responsible)\b/);
    }
  });
});

describe('an actor\'s evidence', () => {
  it('lists sentences that state facts about it first, and never a bare name', async () => {
    const r = await gql('{ actor(id: "actor:bufdir") { abbreviation evidence { quote document { text } start end } } }');
    const ev = r.data.actor.evidence as { quote: string; start: number; end: number; document: { text: string } }[];
    expect(ev.length).toBeGreaterThan(2);
    for (const e of ev) expect(e.document.text.slice(e.start, e.end)).toBe(e.quote);
    // The first quotes are sentences, not the name alone.
    for (const e of ev.slice(0, 3)) {
      expect(e.quote.trim()).not.toBe('Bufdir');
      expect(e.quote.split(/\s+/).length).toBeGreaterThan(3);
    }
    const bare = ev.filter((e) => /^\s*(Bufdir|Barne-, ungdoms- og familiedirektoratet)\s*$/.test(e.quote));
    // Bare names are only table cells, and come after every sentence.
    const sentences = ev.map((e, i) => [e.quote.trim().split(/\s+/).length >= 4, i] as const).filter(([isSentence]) => isSentence).map(([, i]) => i);
    for (const b of bare) expect(ev.indexOf(b)).toBeGreaterThan(Math.max(...sentences));
  });
});
