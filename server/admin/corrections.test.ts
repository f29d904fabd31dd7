import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { correctionsPath } from '../../graph/corrections/index.ts';
import { documentId, edgeId, type GraphNode } from '../../graph/model/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';
import { listen } from '../http.ts';
import { correctionRoutes } from './corrections.ts';

const TOKEN = 'test-token-0123456789abcdef';
// Sentences written for this test.
const TEXT = 'Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.\nFjordby Analysen deltar også, sammen med Kystbyen kompetansesenter.';
const DOC = documentId('veileder.txt');
const at = (s: string) => ({ documentId: DOC, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const actor = (id: string, name: string): GraphNode => ({ id, label: 'Actor', props: { name, kind: 'ORGANISATION', curated: false, aliases: [] }, evidence: [at(name)] });
const WRONG = edgeId('COORDINATES_WITH', 'actor:fjordby-analysen', 'actor:kystbyen', 'JOINT_WORK');

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function serve(adminToken: string | null) {
  const store = new EmbeddedStore();
  await store.writeDocument({
    documentId: DOC,
    nodes: [{ id: DOC, label: 'Document', props: { title: 'Veileder', fileName: 'veileder.txt', text: TEXT }, evidence: [] }, actor('actor:fjordby-analyse', 'Fjordby Analyse'), actor('actor:fjordby-analysen', 'Fjordby Analysen'), actor('actor:kystbyen', 'Kystbyen kompetansesenter')],
    edges: [{ id: WRONG, type: 'COORDINATES_WITH', source: 'actor:fjordby-analysen', target: 'actor:kystbyen', props: { kind: 'JOINT_WORK' }, evidence: [at('Fjordby Analysen deltar også, sammen med Kystbyen kompetansesenter.')] }],
  });
  const correctionsFile = correctionsPath(mkdtempSync(join(tmpdir(), 'samkart-api-corrections-')));
  const { url, close } = await listen({ store, port: 0, clientDir: '/nonexistent', adminToken, adminRoutes: correctionRoutes({ store, log: () => {}, correctionsFile }) });
  closers.push(close);
  const post = (path: string, body: unknown, token: string | null = TOKEN) =>
    fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const gql = async (query: string) => (await (await fetch(`${url}/graphql`, { method: 'POST', body: JSON.stringify({ query }), headers: { 'content-type': 'application/json' } })).json()) as { data: Record<string, unknown>; errors?: unknown };
  return { url, post, gql };
}

describe('the corrections API', () => {
  it('refuses every write when no token is configured', async () => {
    const { url, post } = await serve(null);
    const res = await post('/api/corrections', { op: 'reject', id: WRONG, why: 'feil' });
    expect(res.status).toBe(403);
    expect((await (await post('/api/corrections/1/undo', { why: 'x' })).json()).error.code).toBe('WRITES_DISABLED');
    expect((await fetch(`${url}/api/review`)).status).toBe(403);
    expect(await (await fetch(`${url}/api/corrections`)).json()).toEqual({ corrections: [] });
  });

  it('merges, rejects and adds with the token; GraphQL then says who corrected what, when and why; undo restores', async () => {
    const { url, post, gql } = await serve(TOKEN);
    expect((await post('/api/corrections', { op: 'reject', id: WRONG, why: 'feil' }, null)).status).toBe(401);
    const merge = await post('/api/corrections', { op: 'merge', into: 'actor:fjordby-analyse', from: 'actor:fjordby-analysen', why: 'Samme selskap', author: 'Kari' });
    expect(merge.status).toBe(201);
    expect((await merge.json()).correction).toMatchObject({ n: 1, op: 'merge', author: 'Kari', why: 'Samme selskap' });
    // The merge moved the wrong link to the kept actor; reject it there.
    const moved = edgeId('COORDINATES_WITH', 'actor:fjordby-analyse', 'actor:kystbyen', 'JOINT_WORK');
    expect((await post('/api/corrections', { op: 'reject', id: moved, why: 'Står ikke i teksten' })).status).toBe(201);
    const add = await post('/api/corrections', { op: 'add', type: 'COORDINATES_WITH', kind: 'SAME_INITIATIVE', source: 'actor:kystbyen', target: 'actor:fjordby-analyse', quote: 'Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.', why: 'Mangler' });
    expect(add.status).toBe(201);
    const { data } = await gql('{ actor(id: "actor:fjordby-analyse") { aliases corrected corrections { n op author at why } } actors { id } coordination { kinds corrected corrections { n why } evidence { quote } } }');
    expect(data.actor).toMatchObject({ aliases: ['Fjordby Analysen'], corrected: true, corrections: [{ n: 1, op: 'merge', author: 'Kari', why: 'Samme selskap' }] });
    expect((data.actors as { id: string }[]).map((a) => a.id)).toEqual(['actor:fjordby-analyse', 'actor:kystbyen']);
    expect(data.coordination).toEqual([{ kinds: ['SAME_INITIATIVE'], corrected: true, corrections: [{ n: 3, why: 'Mangler' }], evidence: [{ quote: 'Fjordby Analyse og Kystbyen kompetansesenter lager en veileder sammen.' }] }]);
    const hidden = (await (await fetch(`${url}/api/corrections/rejected`)).json()).rejected;
    expect(hidden.map((r: { id: string; mergedInto: string | null }) => [r.id, r.mergedInto])).toEqual([
      ['actor:fjordby-analysen', 'actor:fjordby-analyse'],
      [moved, null],
      [WRONG, 'actor:fjordby-analyse'],
    ]);
    expect(hidden[1].evidence[0].quote).toBe('Fjordby Analysen deltar også, sammen med Kystbyen kompetansesenter.');
    expect(hidden[1].corrections.map((c: { why: string }) => c.why)).toEqual(['Samme selskap', 'Står ikke i teksten']);
    const list = (await (await fetch(`${url}/api/corrections`)).json()).corrections;
    expect(list.map((c: { n: number; status: string }) => [c.n, c.status])).toEqual([[1, 'applied'], [2, 'applied'], [3, 'applied']]);
    expect((await post('/api/corrections/1/undo', { why: 'To selskaper likevel' })).status).toBe(201);
    const after = await gql('{ actors { id } }');
    expect((after.data.actors as { id: string }[]).map((a) => a.id)).toEqual(['actor:fjordby-analyse', 'actor:fjordby-analysen', 'actor:kystbyen']);
  });

  it('refuses a quote that is in no document, an unknown id and a correction without a reason, with clear messages', async () => {
    const { post } = await serve(TOKEN);
    const quote = await post('/api/corrections', { op: 'add', type: 'COORDINATES_WITH', kind: 'JOINT_WORK', source: 'actor:kystbyen', target: 'actor:fjordby-analyse', quote: 'Kystbyen og Fjordby spiser lunsj', why: 'x' });
    expect(quote.status).toBe(400);
    expect((await quote.json()).error).toMatchObject({ code: 'INVALID_CORRECTION', message: expect.stringMatching(/not in any loaded document/) });
    const unknown = await post('/api/corrections', { op: 'reject', id: 'actor:nobody', why: 'x' });
    expect((await unknown.json()).error.message).toMatch(/actor:nobody is not in the graph/);
    expect((await (await post('/api/corrections', { op: 'reject', id: WRONG })).json()).error.code).toBe('WHY_MISSING');
  });

  it('lists likely duplicates with both names\' evidence side by side, for editors only', async () => {
    const { url } = await serve(TOKEN);
    expect((await fetch(`${url}/api/review`)).status).toBe(401);
    const review = await (await fetch(`${url}/api/review`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(review.duplicates[0]).toMatchObject({ a: 'actor:fjordby-analyse', b: 'actor:fjordby-analysen', reason: 'inflection', names: ['Fjordby Analyse', 'Fjordby Analysen'] });
    expect(review.duplicates[0].evidence[1][0].quote).toBe('Fjordby Analysen');
    expect(review.items.map((i: { id: string }) => i.id)).toContain('review:actor:kystbyen@doc:veileder');
  });
});
