/**
 * One API test suite, run in-process with `yoga.fetch` against any store:
 * the embedded store always, Neo4j in CI. Expectations are facts of the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../../graph/load/index.ts';
import { countingStore, type GraphStore } from '../../graph/store/index.ts';
import { createServer } from '../create-server.ts';

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data?: any; errors?: any[] }>;

/** A GraphQL caller for a yoga app. */
export function caller(yoga: ReturnType<typeof createServer>): Gql {
  return async (query, variables) => {
    const res = await yoga.fetch('http://samkart.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...(await res.json()) };
  };
}

/** Queries whose answers must be identical on both stores. */
export const PARITY_QUERIES: string[] = [
  `{ documents { id title fileName year text } }`,
  `{ measures { id number title text status statusText progress responsible { id } involved { id } document { id } evidence { start end quote document { id } } } }`,
  `{ actors { id name abbreviation aliases kind curated succeededOn levels { id } sectors { id } parent { id } children { id } predecessors { id } successors { id } responsibleFor { id } involvedIn { id } initiatives { id } evidence { start end quote document { id } } } }`,
  `{ initiatives { id name description period startYear endYear lead { id } leadRole participants { id } buildsOn { id } evidence { start end quote } } }`,
  `{ sectors { id name nameEn ministry { id } } levels { id name rank } }`,
  `{ systemMatrix { cells { level { id } sector { id } actors { id } evidence { start end quote } } } }`,
  `{ coordination { source { id } target { id } weight kinds evidence { start end quote document { id } } } }`,
  `{ a: path(from: "actor:kdi", to: "actor:udir") { nodes { id } edges { source target type reversed evidence { quote } } } b: path(from: "measure:001-5ce2774f9b8cd589:19", to: "actor:ks", maxHops: 6) { nodes { id } } }`,
  `{ search(text: "foreldreveiledning", limit: 10) { node { id } score snippet } h: search(text: "Hdir") { node { id } } }`,
  `{ overlaps(limit: 20) { a { id } b { id } score sharedTerms explanation } }`,
  `{ graph(filter: { view: ALL }) { nodes { id data { type label kind status sectorIds levelIds parent documentIds degree } } edges { id source target data { type kinds weight documentIds } } truncated } }`,
  `{ graph(filter: { view: NETWORK, focus: "actor:bufdir", depth: 2, coordinationKinds: [SAME_INITIATIVE] }) { nodes { id } edges { id } } }`,
  `{ stats { documents actors measures initiatives links coordinationPairs } }`,
  `{ a: edge(id: "coord:actor:bfd|actor:jd") { type source { id } target { id } kinds weight evidence { start end quote } } b: edge(id: "actor:bufdir-[PART_OF]->actor:bld") { type evidence { quote } } }`,
  // Analytics for facilitators (issue 6).
  `{ overlaps(minScore: 0, limit: 1000) { a { id } b { id } score sharedTerms explanation textScore themeScore bodyScore namedTogether } }`,
  `{ brokers(limit: 1000) { actor { id } betweenness degree weightedDegree partners crossSectorPartners sectorsBridged { id } } }`,
  `{ brokerMap(top: 5) { reduced brokers bridged total graph { nodes { id data { label degree x y } } edges { id source target } } } }`,
  `{ sectorGaps { sectors { id } cells { a { id } b { id } links weight examples { source { id } target { id } weight } } gaps { a { id } b { id } } } }`,
  `{ s: sectorGaps(levelIds: ["level:direktorat", "level:regional-stat", "level:kommune"], kinds: [JOINT_WORK, SAME_INITIATIVE]) { cells { a { id } b { id } links weight } gaps { a { id } b { id } } } }`,
  `{ unclearResponsibility { measure { id } reason owners { id } explanation evidence { start end quote document { id } } } }`,
  // Level of detail (issue 14).
  `{ a: overview(filter: { budget: 40 }) { aggregated totalNodes totalEdges groups { id label memberCount grouping levelId sectorId countyId kind } nodes { id data { type label memberCount groupId degree x y } } edges { id source target data { type weight count kinds } } } b: overview(filter: { view: SYSTEM, budget: 30 }) { aggregated nodes { id data { memberCount } } edges { id data { count } } groups { id label } } c: overview(filter: { view: MEASURES, budget: 20, layout: true }) { nodes { id data { type label x y } } edges { id } groups { id label } } }`,
  `{ systemMatrix { cells { groups { id label memberCount kind countyId sample { id } } ungrouped { id } } } }`,
];

/** Registers the API specs for one store. `makeStore` returns an empty, ready store. */
export function describeApiSuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphQL API: ${name}`, () => {
    let store: GraphStore;
    let gql: Gql;
    let yoga: ReturnType<typeof createServer>;

    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
      yoga = createServer({ store });
      gql = caller(yoga);
    });
    afterAll(async () => {
      await store?.close();
    });

    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const r = await gql(query, variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data;
    };
    const codes = (r: { errors?: any[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

    it('serves the five seed documents, by file name', async () => {
      const d = await ok('{ documents { id title fileName } }');
      expect(d.documents.map((x: any) => x.fileName)).toEqual([
        '000_588be4bdfbf0e9d5.txt',
        '001_5ce2774f9b8cd589.txt',
        '002_4dab5cff7451f1e3.txt',
        '003_327b104fa933f692.txt',
        '004_fb3c94fb15fcba30.txt',
      ]);
      expect(d.documents[3].title).toBe('Videre arbeid med utsatte barn og unge i kommunene');
    });

    it('serves the 15 measures in document and number order, with statuses and responsible bodies', async () => {
      const d = await ok('{ measures { number title status statusText responsible { abbreviation } } }');
      expect(d.measures.map((m: any) => m.number)).toEqual(['20', '21', '22', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
      const by = Object.fromEntries(d.measures.map((m: any) => [m.number, m]));
      expect(by['22']).toMatchObject({ status: 'ON_TRACK', statusText: 'I rute.', responsible: [{ abbreviation: 'BFD' }, { abbreviation: 'JD' }] });
      expect(by['12']).toMatchObject({ status: 'UNKNOWN', statusText: null, responsible: [{ abbreviation: 'HOD' }] });
      expect(by['13'].responsible).toEqual([{ abbreviation: 'Hdir' }]);
      expect(by['8']).toMatchObject({ status: 'ON_TRACK', statusText: 'Påbegynt – i rute.' });
      expect(by['15']).toMatchObject({ title: 'Etablere kommunale læringsnettverk', status: 'STARTED' });
    });

    it('gives evidence whose quote is exactly the document text it points to', async () => {
      const d = await ok('{ documents { id text } measures { evidence { start end quote document { id } } } coordination { evidence { start end quote document { id } } } }');
      const text = new Map(d.documents.map((x: any) => [x.id, x.text]));
      const all = [...d.measures.flatMap((m: any) => m.evidence), ...d.coordination.flatMap((c: any) => c.evidence)];
      expect(all.length).toBeGreaterThan(50);
      for (const e of all) expect(e.quote).toBe((text.get(e.document.id) as string).slice(e.start, e.end));
    });

    it('filters, orders and pages actors', async () => {
      const d = await ok('{ m: actors(filter: { kinds: [MINISTRY] }) { abbreviation } h: actors(filter: { text: "hdir" }) { id } p: actors(limit: 2, offset: 1) { id } all: actors { id } }');
      expect(d.m.map((a: any) => a.abbreviation)).toEqual(expect.arrayContaining(['BFD', 'BLD', 'HOD', 'KD', 'JD', 'ASD']));
      expect(d.h.map((a: any) => a.id)).toContain('actor:hdir');
      expect(d.p.map((a: any) => a.id)).toEqual(d.all.slice(1, 3).map((a: any) => a.id));
      const s = await ok('{ actors(filter: { sectorIds: ["sector:justis"], levelIds: ["level:regional-stat"] }) { id } }');
      expect(s.actors.map((a: any) => a.id)).toEqual(expect.arrayContaining(['actor:politidistriktene', 'actor:konfliktradene']));
    });

    it('answers null for unknown ids and NOT_FOUND where an id is required', async () => {
      expect(await ok('{ actor(id: "actor:nobody") { id } measure(id: "x") { id } document(id: "y") { id } node(id: "z") { id } }')).toEqual({ actor: null, measure: null, document: null, node: null });
      expect(codes(await gql('{ path(from: "actor:nobody", to: "actor:bufdir") { nodes { id } } }'))).toEqual(['NOT_FOUND']);
      expect(codes(await gql('{ graph(filter: { focus: "actor:nobody" }) { truncated } }'))).toEqual(['NOT_FOUND']);
    });

    it('refuses more than 1000 rows with a clear error', async () => {
      const r = await gql('{ actors(limit: 1000000) { id } }');
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(/1000/);
    });

    it('places the system table cell by cell, with the cell as evidence', async () => {
      const d = await ok('{ systemMatrix { levels { id } sectors { id } cells { level { id } sector { id } actors { id } evidence { quote } } } }');
      const cell = (l: string, s: string) => d.systemMatrix.cells.find((c: any) => c.level.id === `level:${l}` && c.sector.id === `sector:${s}`);
      expect(cell('kommune', 'barn-familie').actors.map((a: any) => a.id)).toEqual(expect.arrayContaining(['actor:barnevernet', 'actor:familievernet']));
      expect(cell('kommune', 'barn-familie').evidence.map((e: any) => e.quote)).toContain('Barnevernet / Familievernet');
      expect(cell('regional-stat', 'justis').evidence.map((e: any) => e.quote)).toEqual(expect.arrayContaining(['Politi-distriktene', 'Konflikt-rådene']));
      expect(d.systemMatrix.levels.map((l: any) => l.id)).toEqual(['level:departement', 'level:direktorat', 'level:regional-stat', 'level:fylke', 'level:kommune']);
    });

    it('weighs coordination by independent evidence and filters it', async () => {
      const d = await ok('{ coordination(actorIds: ["actor:jd"]) { source { id } target { id } weight kinds evidence { quote } } }');
      const bfdJd = d.coordination.find((c: any) => c.source.id === 'actor:bfd' && c.target.id === 'actor:jd');
      expect(bfdJd.kinds).toContain('SHARED_RESPONSIBILITY');
      expect(bfdJd.weight).toBe(bfdJd.evidence.length);
      expect(bfdJd.evidence.map((e: any) => e.quote)).toContain('Ansvarlig: Barne- og familiedepartementet og Justisdepartementet');
      const heavy = await ok('{ coordination(minWeight: 2) { weight } }');
      for (const c of heavy.coordination) expect(c.weight).toBeGreaterThanOrEqual(2);
    });

    it('finds a shortest evidenced path', async () => {
      const d = await ok('{ path(from: "actor:kdi", to: "actor:udir") { nodes { id } edges { source target type evidence { quote } } } }');
      expect(d.path.nodes[0].id).toBe('actor:kdi');
      expect(d.path.nodes.at(-1).id).toBe('actor:udir');
      expect(d.path.edges.length).toBe(d.path.nodes.length - 1);
      for (const e of d.path.edges) expect(e.evidence.length).toBeGreaterThan(0);
      expect((await ok('{ path(from: "actor:kdi", to: "actor:kdi") { nodes { id } } }')).path.nodes).toEqual([{ id: 'actor:kdi' }]);
    });

    it('searches names, abbreviations and aliases, best first', async () => {
      const d = await ok('{ a: search(text: "Hdir") { node { id } score } b: search(text: "Helsedepartementet") { node { id } } c: search(text: "pappa i fengsel") { node { id } snippet } }');
      expect(d.a[0].node.id).toBe('actor:hdir');
      expect(d.b[0].node.id).toBe('actor:hod');
      expect(d.c[0].node.id).toBe('measure:001-5ce2774f9b8cd589:19');
    });

    it('serves initiatives with participants and lead', async () => {
      const d = await ok('{ initiatives { id lead { id } participants { id } } }');
      const bts = d.initiatives.find((i: any) => i.id === 'initiative:bts');
      expect(bts.lead).toEqual({ id: 'actor:udir' });
      expect(bts.participants.map((p: any) => p.id)).toEqual(expect.arrayContaining(['actor:hdir', 'actor:avdir', 'actor:imdi', 'actor:bufdir', 'actor:udir', 'actor:ks']));
      const kjerne = d.initiatives.find((i: any) => i.id === 'initiative:kjernegruppen');
      expect(kjerne.participants.map((p: any) => p.id).sort()).toEqual(['actor:asd', 'actor:bfd', 'actor:hod', 'actor:jd', 'actor:kd', 'actor:kmd', 'actor:kud']);
    });

    it('returns subgraphs whose edges always end among the nodes', async () => {
      for (const view of ['NETWORK', 'MEASURES', 'SYSTEM', 'ALL']) {
        const d = await ok(`{ graph(filter: { view: ${view} }) { nodes { id data { id type } } edges { source target data { source target } } truncated } }`);
        const ids = new Set(d.graph.nodes.map((n: any) => n.id));
        expect(d.graph.nodes.length).toBeGreaterThan(0);
        for (const e of d.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      }
      const f = await ok('{ graph(filter: { view: NETWORK, focus: "actor:kdi", depth: 1 }) { nodes { id } } }');
      expect(f.graph.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['actor:kdi', 'actor:bufdir']));
      expect(codes(await gql('{ graph(filter: { depth: 7 }) { truncated } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('gives one relation of a subgraph with its evidence', async () => {
      const g = await ok('{ graph(filter: { view: ALL }) { edges { id data { type } } } }');
      const resp = g.graph.edges.find((e: any) => e.id === 'actor:jd-[RESPONSIBLE_FOR]->measure:000-588be4bdfbf0e9d5:22');
      const coord = g.graph.edges.find((e: any) => e.id === 'coord:actor:bfd|actor:jd');
      expect(resp && coord).toBeTruthy();
      const d = await ok(`{ a: edge(id: "${resp.id}") { type source { id } target { id } evidence { quote } } b: edge(id: "${coord.id}") { type kinds weight evidence { quote } } c: edge(id: "nope") { id } }`);
      expect(d.a).toEqual({ type: 'RESPONSIBLE_FOR', source: { id: 'actor:jd' }, target: { id: 'measure:000-588be4bdfbf0e9d5:22' }, evidence: [{ quote: 'Ansvarlig: Barne- og familiedepartementet og Justisdepartementet' }] });
      expect(d.b.kinds).toContain('SHARED_RESPONSIBILITY');
      expect(d.b.weight).toBe(d.b.evidence.length);
      expect(d.c).toBeNull();
    });

    it('lists overlaps best first, each with terms and an explanation', async () => {
      const d = await ok('{ overlaps(limit: 10) { a { id } b { id } score sharedTerms explanation } }');
      expect(d.overlaps.length).toBeGreaterThan(0);
      const scores = d.overlaps.map((o: any) => o.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      for (const o of d.overlaps) {
        expect(o.a.id).not.toBe(o.b.id);
        expect(o.sharedTerms.length).toBeGreaterThan(0);
        expect(o.explanation).toMatch(/\.$/);
      }
    });

    it('names the brokers between sectors, best first', async () => {
      const d = await ok('{ brokers(limit: 3) { actor { id } betweenness degree partners crossSectorPartners sectorsBridged { id } } }');
      expect(d.brokers.map((b: any) => b.actor.id).sort()).toEqual(['actor:bufdir', 'actor:kd', 'actor:ks']);
      for (let i = 1; i < d.brokers.length; i++) expect(d.brokers[i - 1].betweenness).toBeGreaterThanOrEqual(d.brokers[i].betweenness);
      const bufdir = d.brokers.find((b: any) => b.actor.id === 'actor:bufdir');
      expect(bufdir.sectorsBridged.map((s: any) => s.id)).toEqual(expect.arrayContaining(['sector:barn-familie', 'sector:justis', 'sector:helse']));
      expect(bufdir.partners).toBeGreaterThanOrEqual(bufdir.crossSectorPartners);
      expect(codes(await gql('{ brokers(limit: 5000) { partners } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('draws the brokers’ map: the seeds’ linked network whole, placed, and refuses a top out of range', async () => {
      const d = await ok('{ brokerMap { reduced brokers bridged total graph { nodes { id data { x y degree } } edges { source target } } } }');
      const m = d.brokerMap;
      expect([m.reduced, m.brokers, m.bridged]).toEqual([false, 0, 0]);
      expect(m.total).toBe(m.graph.nodes.length);
      const ends = new Set(m.graph.edges.flatMap((e: any) => [e.source, e.target]));
      expect(m.graph.nodes.every((n: any) => ends.has(n.id) && typeof n.data.x === 'number' && typeof n.data.y === 'number')).toBe(true);
      expect(m.graph.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['actor:bufdir', 'actor:kd', 'actor:ks']));
      expect(codes(await gql('{ brokerMap(top: 0) { total } }'))).toEqual(['BAD_USER_INPUT']);
    });

    it('counts coordination per pair of sectors and shows the sectors that never meet below the ministries', async () => {
      const d = await ok(
        '{ all: sectorGaps { sectors { id } cells { a { id } b { id } links examples { source { id } target { id } } } gaps { a { id } } } ' +
          'below: sectorGaps(levelIds: ["level:direktorat", "level:regional-stat", "level:fylke", "level:kommune"]) { gaps { a { id } b { id } } } }',
      );
      expect(d.all.sectors).toHaveLength(8);
      expect(d.all.cells).toHaveLength(36);
      // The ministries' core group (seed 003) links every ministry to every other.
      expect(d.all.gaps).toEqual([]);
      const bfJustice = d.all.cells.find((c: any) => c.a.id === 'sector:barn-familie' && c.b.id === 'sector:justis');
      expect(bfJustice.examples.map((e: any) => `${e.source.id}~${e.target.id}`)).toContain('actor:bfd~actor:jd');
      const gaps = d.below.gaps.map((g: any) => `${g.a.id}~${g.b.id}`);
      expect(gaps).toEqual(expect.arrayContaining(['sector:helse~sector:justis', 'sector:utdanning~sector:justis']));
      expect(gaps).not.toContain('sector:barn-familie~sector:justis');
    });

    it('flags measures with several owners or a directorate as owner, with the responsible line as evidence', async () => {
      const d = await ok('{ unclearResponsibility { measure { id number } reason owners { id } explanation evidence { quote } } }');
      const by = (n: string) => d.unclearResponsibility.filter((f: any) => f.measure.number === n);
      expect(by('13')).toEqual([
        expect.objectContaining({ reason: 'DIRECTORATE_OWNER', owners: [{ id: 'actor:hdir' }], evidence: [{ quote: 'AnsvarligHelsedirektoratet' }] }),
      ]);
      expect(by('13')[0].explanation).toMatch(/Helsedirektoratet \(Hdir\) som ansvarlig, et direktorat og ikke et departement/);
      expect(by('22').map((f: any) => [f.reason, f.owners.map((o: any) => o.id)])).toEqual([['SEVERAL_OWNERS', ['actor:bfd', 'actor:jd']]]);
      expect(by('11').map((f: any) => f.reason)).toEqual(['SEVERAL_OWNERS']);
      const only = await ok('{ unclearResponsibility(reasons: [DIRECTORATE_OWNER]) { measure { number } } }');
      expect(only.unclearResponsibility).toEqual([{ measure: { number: '13' } }]);
    });

    it('puts the learning-network and the parent-guidance overlaps in the top 10', async () => {
      const d = await ok('{ overlaps(limit: 10) { a { id } b { id } explanation namedTogether } }');
      const short = (id: string) => id.replace(/^measure:[^:]+:/, 'T').replace(/^initiative:/, '');
      const pairs = d.overlaps.map((o: any) => [short(o.a.id), short(o.b.id)].sort().join('~'));
      expect(pairs).toContain('T15~ks-laeringsnettverk');
      expect(pairs).toContain('T19~T22');
      expect(d.overlaps[pairs.indexOf('T19~T22')].explanation).toMatch(/foreldreveiledning og foreldrestøtte/);
    });

    it('costs a bounded number of store calls for a nested query of many rows', async () => {
      const counted = countingStore(store);
      const q = caller(createServer({ store: counted.store }));
      await q('{ stats { actors } }'); // warm the per-version cache
      counted.reset();
      const r = await q('{ actors { id sectors { id } levels { id } parent { id } responsibleFor { id responsible { name } involved { name } } evidence { quote } } }');
      expect(r.errors).toBeUndefined();
      const rows = r.data.actors.length + r.data.actors.reduce((s: number, a: any) => s + a.sectors.length + a.levels.length + a.responsibleFor.length, 0);
      expect(rows).toBeGreaterThanOrEqual(50);
      // version, the actor list, one edge read per direction, one node read per level of nesting.
      expect(counted.total()).toBeLessThanOrEqual(8);
    });

    it('serves a level-of-detail overview within its budget, with groups that expand and list their members', async () => {
      const plain = await ok('{ overview { aggregated totalNodes totalEdges nodes { id } edges { id } groups { id } } graph(filter: { view: NETWORK }) { nodes { id } edges { id } } }');
      // The seeds fit the default budget: the plain view, as `graph` gives it.
      expect(plain.overview).toMatchObject({ aggregated: false, groups: [], totalNodes: plain.graph.nodes.length, totalEdges: plain.graph.edges.length });
      expect(plain.overview.nodes).toEqual(plain.graph.nodes);
      const q = `query($budget: Int, $expand: [ID!]) { overview(filter: { budget: $budget, expand: $expand, layout: true }) {
        aggregated totalNodes groups { id label memberCount grouping levelId sectorId }
        nodes { id data { type label memberCount groupId x y } } edges { id source target data { type weight count } } } }`;
      const small = (await ok(q, { budget: 40 })).overview;
      expect(small.aggregated).toBe(true);
      expect(small.nodes.length + small.edges.length).toBeLessThanOrEqual(40);
      expect(small.totalNodes).toBe(plain.graph.nodes.length);
      const group = small.groups.find((g: any) => g.levelId === 'level:direktorat' && g.sectorId === 'sector:utdanning');
      expect(group).toMatchObject({ grouping: 'LEVEL_SECTOR', label: `Direktorat · Utdanning · ${group.memberCount} aktører` });
      const node = small.nodes.find((n: any) => n.id === group.id);
      expect(node.data).toMatchObject({ type: 'Group', memberCount: group.memberCount });
      expect(Number.isFinite(node.data.x) && Number.isFinite(node.data.y)).toBe(true);
      const agg = small.edges.filter((e: any) => e.data.type === 'AGGREGATE');
      expect(agg.length).toBeGreaterThan(0);
      for (const e of agg) expect(e.data.count).toBeGreaterThanOrEqual(1);
      // Expanding the group draws its members, each saying where it came from; groupMembers lists the same actors.
      const open = (await ok(q, { budget: 60, expand: [group.id] })).overview;
      const members = open.nodes.filter((n: any) => n.data.groupId === group.id).map((n: any) => n.id).sort();
      const listed = await ok('query($id: ID!) { all: groupMembers(id: $id) { id } udir: groupMembers(id: $id, text: "utdannings") { id } page: groupMembers(id: $id, limit: 1, offset: 1) { id } }', { id: group.id });
      expect(members).toEqual(listed.all.map((a: any) => a.id).sort());
      expect(listed.udir.map((a: any) => a.id)).toContain('actor:udir');
      expect(listed.page).toEqual([listed.all[1]]);
      expect(codes(await gql('{ groupMembers(id: "group:LEVEL:nowhere") { id } }'))).toEqual(['NOT_FOUND']);
      expect(codes(await gql('{ overview(filter: { budget: 100000 }) { aggregated } }'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql('{ overview(filter: { focus: "actor:nobody" }) { aggregated } }'))).toEqual(['NOT_FOUND']);
    });

    it('prices an overview by its budget', async () => {
      const cost = async (budget: number) =>
        (await caller(createServer({ store, limits: { maxCost: 0 } }))(`{ overview(filter: { budget: ${budget} }) { nodes { id data { label sectorIds } } edges { id } } }`)).errors![0].extensions.cost as number;
      const [small, large] = [await cost(20), await cost(5000)];
      expect(small).toBeLessThan(large);
      // The seeds hold fewer elements than either budget's cap on lists: bounded by the graph, not by the budget.
      expect(large).toBeLessThan(100_000);
      expect((await gql('{ overview(filter: { budget: 5000 }) { nodes { id } edges { id } } }')).errors).toBeUndefined();
    });

    it('gives every matrix cell its groups and the actors in none', async () => {
      const d = await ok('{ systemMatrix { cells { actors { id } groups { id memberCount sample { id } } ungrouped { id } } } }');
      for (const c of d.systemMatrix.cells) {
        const inGroups = c.groups.reduce((n: number, g: any) => n + g.memberCount, 0);
        expect(inGroups + c.ungrouped.length).toBe(c.actors.length);
      }
    });

    it('refuses deep, wide and heavy queries quickly, and stays up', async () => {
      let deep = 'id';
      for (let i = 0; i < 20; i++) deep = `parent { ${deep} }`;
      const d = await gql(`{ actors { ${deep} } }`);
      expect(d.errors?.[0].message).toMatch(/depth/i);
      const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { actors }`).join(' ');
      const a = await gql(`{ ${aliases} }`);
      expect(a.errors?.[0].message).toMatch(/alias|token/i);
      const rows = await gql('{ actors(limit: 1000000) { id } }');
      expect(rows.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await ok('{ stats { documents } }')).toEqual({ stats: { documents: 5 } });
    });

    it('is read-only', async () => {
      // The schema has no Mutation, so graphql-js refuses this anyway; READ_ONLY shows useReadOnly is installed too.
      const r = await gql('mutation { stats { documents } }');
      expect(r.data ?? null).toBeNull();
      expect(codes(r)).toContain('READ_ONLY');
      expect(codes(await gql('subscription { stats { documents } }'))).toContain('READ_ONLY');
      expect((await ok('{ stats { documents } }')).stats.documents).toBe(5);
    });

    it('passes hostile strings through every argument as plain values', async () => {
      const evil = ["' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '`; DROP', '\\u0000', '$(rm -rf /)', 'actor:bufdir\' RETURN 1 //'];
      const before = await ok('{ stats { actors links } }');
      for (const s of evil) {
        const v = { s, id: s, ids: [s] };
        const r = await gql(
          `query($s: String!, $id: ID!, $ids: [ID!]) {
            actors(filter: { text: $s, sectorIds: $ids, levelIds: $ids }) { id }
            actor(id: $id) { id } measure(id: $id) { id } document(id: $id) { id } node(id: $id) { id }
            measures(filter: { text: $s, responsibleIds: $ids, documentIds: $ids }) { id }
            coordination(actorIds: $ids) { weight }
            search(text: $s) { score }
            graph(filter: { sectorIds: $ids, levelIds: $ids, documentIds: $ids }) { truncated }
          }`,
          v,
        );
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const p = await gql('query($s: ID!) { path(from: $s, to: $s) { nodes { id } } }', { s });
        expect(codes(p)).toEqual(['NOT_FOUND']);
      }
      expect(await ok('{ stats { actors links } }')).toEqual(before);
    });

    it('answers /health with the store kind', async () => {
      const res = await yoga.fetch('http://samkart.test/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', store: store.kind });
    });

    it('keeps introspection on for notebooks and GraphiQL', async () => {
      const d = await ok('{ __schema { queryType { name } } __type(name: "Actor") { fields { name } } }');
      expect(d.__schema.queryType.name).toBe('Query');
    });
  });
}
