/**
 * Level of detail on a generated corpus (scripts/synth at a few dozen
 * municipalities) and on the seeds: the budget always holds, groups follow
 * service type and county from the gazetteer, their counts add up to the
 * view, `expand` and `groupMembers` bring the members back, and the matrix
 * gathers a cell's many local services into one group per service type.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/synth.ts';
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../../load/index.ts';
import { InvalidInputError, NotFoundError, parseGroupId } from '../../model/index.ts';
import { EmbeddedStore } from '../../store/index.ts';
import { levelSectorStem } from './groups.ts';
import { degrees, GROUP_SAMPLE, groupLabel, groupMeasures, groupMembers, LABEL_ROOM_HEIGHT, LABELLED_TOP, labelWidth, LINKS_PER_NODE, overview, selectView, snapshotsOf, strongestLinks, type GraphSnapshot, type SubgraphEdge } from '../index.ts';

async function generated(municipalities: number, measures: number): Promise<GraphSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-lod-'));
  try {
    writeCorpus(dir, { municipalities, measures, seed: 3 });
    const store = new EmbeddedStore();
    await loadDocuments(store, [dir]);
    return snapshotsOf(store).at();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('level of detail on a generated corpus', () => {
  let s: GraphSnapshot;
  beforeAll(async () => {
    s = await generated(40, 200);
  }, 180_000);

  it('never draws more than the budget, and says what the whole view holds', async () => {
    for (const view of ['NETWORK', 'SYSTEM', 'MEASURES'] as const) {
      const whole = selectView(s.base, s.views.get(view)!, { view });
      for (const budget of [10, 50, 200, 1000]) {
        const o = await overview(s, { view, budget });
        expect(o.nodes.length + o.edges.length, `${view} ${budget}`).toBeLessThanOrEqual(budget);
        expect(o.totalNodes).toBe(whole.ids.length);
        expect(o.totalEdges).toBe(whole.edges.length);
        expect(o.aggregated).toBe(whole.ids.length + whole.edges.length > budget);
        const ids = new Set(o.nodes.map((n) => n.id));
        for (const e of o.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      }
    }
  });

  it('draws each node\'s strongest links, and gives a notebook every summed link when it asks (allLinks)', async () => {
    const plain = await overview(s, { view: 'NETWORK', budget: 5000 });
    // One element fewer than the whole view: aggregated, with room for every summed link.
    const budget = Math.min(5000, plain.totalNodes + plain.totalEdges - 1);
    const thin = await overview(s, { view: 'NETWORK', budget });
    const all = await overview(s, { view: 'NETWORK', budget, allLinks: true });
    expect(thin.aggregated && all.aggregated).toBe(true);
    expect(all.edges.length).toBeGreaterThan(thin.edges.length);
    // The thinned map is a part of the whole one, with the same nodes and weights.
    const weights = new Map(all.edges.map((e) => [e.id, e.data.weight]));
    for (const e of thin.edges) expect(weights.get(e.id)).toBe(e.data.weight);
    expect(all.nodes.map((n) => n.id)).toEqual(thin.nodes.map((n) => n.id));
    expect(strongestLinks(all.edges).map((e) => e.id)).toEqual(thin.edges.map((e) => e.id));
  });

  it('gathers municipal services by service type and county, with counts that add up to the view', async () => {
    const plain = await overview(s, { view: 'SYSTEM', budget: 5000 });
    // One element fewer than the whole view: aggregated, and small enough that no group is left out.
    const o = await overview(s, { view: 'SYSTEM', budget: Math.min(5000, plain.totalNodes + plain.totalEdges - 1) });
    expect(o.aggregated).toBe(true);
    const groups = o.nodes.filter((n) => n.data.type === 'Group');
    expect(groups.length).toBeGreaterThan(5);
    // Every actor of the view is in exactly one drawn group or drawn itself (the budget is wide enough here).
    const members = groups.reduce((sum, g) => sum + g.data.memberCount!, 0);
    expect(members + o.nodes.length - groups.length).toBe(o.totalNodes);
    const local = o.groups.filter((g) => g.grouping === 'SERVICE_COUNTY' && g.countyId && g.kind === 'MUNICIPAL_SERVICE');
    expect(local.length).toBeGreaterThan(3);
    for (const g of local) {
      expect(g.label).toMatch(/ · \d+ kommuner?$/);
      // The county is a county of the gazetteer, and every member is a service in a municipality of it.
      expect(s.byId.get(g.countyId!)).toMatchObject({ __typename: 'Actor', kind: 'COUNTY_MUNICIPALITY' });
      const list = groupMembers(s, g.id);
      expect(list).toHaveLength(g.memberCount);
      expect(new Set(list.map((a) => s.facts.get(a.id)!.service)).size).toBe(1);
      for (const a of list) expect(s.facts.get(a.id)!.countyId).toBe(g.countyId);
    }
  });

  it('sums the links between groups into AGGREGATE edges', async () => {
    const o = await overview(s, { view: 'NETWORK', budget: 300 });
    expect(o.aggregated).toBe(true);
    const agg = o.edges.filter((e) => e.data.type === 'AGGREGATE');
    expect(agg.length).toBeGreaterThan(0);
    for (const e of agg) {
      expect(e.data.count).toBeGreaterThanOrEqual(1);
      expect(e.data.weight).toBeGreaterThanOrEqual(e.data.count!);
    }
  });

  it('brings an expanded group back as its members, each saying which group it came from', async () => {
    const first = await overview(s, { view: 'NETWORK', budget: 600 });
    const g = first.groups.find((x) => x.memberCount >= 3 && x.memberCount < 100)!;
    expect(g).toBeDefined();
    const o = await overview(s, { view: 'NETWORK', budget: 600, expand: [g.id] });
    expect(o.nodes.some((n) => n.id === g.id)).toBe(false);
    const back = o.nodes.filter((n) => n.data.groupId === g.id);
    expect(back.map((n) => n.id).sort()).toEqual(groupMembers(s, g.id).map((a) => a.id).sort());
    expect(o.nodes.length + o.edges.length).toBeLessThanOrEqual(600);
  });

  it('places groups and members when asked, from layouts made with the version', async () => {
    const o = await overview(s, { view: 'SYSTEM', budget: 800, layout: true });
    expect(o.nodes.every((n) => Number.isFinite(n.data.x) && Number.isFinite(n.data.y))).toBe(true);
    const again = await overview(s, { view: 'SYSTEM', budget: 800, layout: true });
    expect(again.nodes.map((n) => [n.data.x, n.data.y])).toEqual(o.nodes.map((n) => [n.data.x, n.data.y]));
    expect(s.overviewLayouts.has('SYSTEM:SERVICE_COUNTY')).toBe(true);
  });

  it('groups measures by owner and status, and lists a group of measures', async () => {
    const o = await overview(s, { view: 'MEASURES', budget: 200 });
    expect(o.aggregated).toBe(true);
    const g = o.groups.find((x) => x.grouping === 'OWNER_STATUS' && s.groups.byId.get(x.id)!.members === 'Measure' && x.memberCount > 1)!;
    // The bodies around the measures are gathered too (by level and sector), so links fit the budget.
    expect(o.groups.some((x) => s.groups.byId.get(x.id)!.members === 'Actor')).toBe(true);
    expect(o.edges.length).toBeGreaterThan(0);
    expect(g.label).toMatch(/ · \d+ tiltak$/);
    const list = groupMeasures(s, g.id);
    expect(list).toHaveLength(g.memberCount);
    expect(new Set(list.map((m) => m.status)).size).toBe(1);
    expect(() => groupMembers(s, g.id)).toThrow(InvalidInputError);
  });

  it("draws each node's strongest links, and lays the map out with room for its best-connected nodes' labels", async () => {
    // A budget one element short of the whole view: aggregated, with room for every group and link.
    const whole = selectView(s.base, s.views.get('MEASURES')!, { view: 'MEASURES' });
    const o = await overview(s, { view: 'MEASURES', layout: true, budget: Math.min(5000, whole.ids.length + whole.edges.length - 1) });
    expect(o.aggregated).toBe(true);
    const agg = s.aggregations.get('MEASURES:OWNER_STATUS')!.aggregation;
    // Thinned: fewer links than the groups have between them, and each drawn node keeps its strongest ones.
    const kept = strongestLinks(agg.edges);
    expect(kept.length).toBeLessThan(agg.edges.length);
    expect(o.edges.map((e) => e.id)).toEqual(kept.map((e) => e.id));
    // The layout gives the best connected (by links drawn, as the explorer places labels) room for a label under each.
    const degree = degrees(kept);
    const ranked = o.nodes.map((n) => n.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
    const top = ranked.slice(0, LABELLED_TOP);
    const byId = new Map(o.nodes.map((n) => [n.id, n.data]));
    const box = (id: string) => {
      const d = byId.get(id)!;
      const half = labelWidth(d.type === 'Group' ? s.groups.byId.get(id)!.stem : d.label) / 2;
      return { x1: d.x! - half, x2: d.x! + half, y1: d.y!, y2: d.y! + LABEL_ROOM_HEIGHT };
    };
    for (let a = 0; a < top.length; a++) {
      for (let b = a + 1; b < top.length; b++) {
        const p = box(top[a]);
        const q = box(top[b]);
        expect(p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2, `${top[a]} × ${top[b]}`).toBe(false);
      }
    }
    // Wider than high, as the explorer's canvas.
    const xs = o.nodes.map((n) => n.data.x!);
    const ys = o.nodes.map((n) => n.data.y!);
    expect((Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys))).toBeGreaterThan(1.4);
  });

  it('gathers a matrix cell of many local services into one group per service type, the rest ungrouped', () => {
    const cell = s.matrix.cells.find((c) => c.levelId === 'level:kommune' && c.groups.some((g) => g.kind === 'MUNICIPAL_SERVICE'))!;
    expect(cell).toBeDefined();
    for (const c of s.matrix.cells) {
      const grouped = c.groups.flatMap((g) => g.memberIds);
      expect(new Set(grouped).size).toBe(grouped.length);
      expect([...grouped, ...c.ungrouped.map((a) => a.id)].sort()).toEqual(c.actors.map((a) => a.id).sort());
      for (const g of c.groups) expect(parseGroupId(g.id)).toMatchObject({ grouping: 'CELL' });
    }
    const g = cell.groups.find((x) => x.kind === 'MUNICIPAL_SERVICE')!;
    expect(g.memberIds.length).toBeGreaterThanOrEqual(3);
    expect(groupMembers(s, g.id, null, GROUP_SAMPLE)).toHaveLength(GROUP_SAMPLE);
    // Search within a group.
    const one = groupMembers(s, g.id)[0];
    expect(groupMembers(s, g.id, one.name.toUpperCase()).map((a) => a.id)).toContain(one.id);
  });

  it('refuses a budget out of range and an unknown group', async () => {
    await expect(overview(s, { budget: 5001 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(overview(s, { budget: 2 })).rejects.toBeInstanceOf(InvalidInputError);
    expect(() => groupMembers(s, 'group:LEVEL:nowhere')).toThrow(NotFoundError);
  });
});

describe('level of detail on the seeds', () => {
  it('gives the plain view when it fits the budget', async () => {
    const store = new EmbeddedStore();
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    const s = await snapshotsOf(store).at();
    const o = await overview(s, {});
    expect(o.aggregated).toBe(false);
    expect(o.groups).toEqual([]);
    expect(o.nodes.every((n) => n.data.type === 'Actor')).toBe(true);
    expect(o.nodes).toHaveLength(o.totalNodes);
    // The seeds' matrix cells are small: no groups.
    for (const c of s.matrix.cells) expect(c.ungrouped).toEqual(c.actors);
  });
});

describe('the links an aggregated map draws', () => {
  const edge = (source: string, target: string, weight: number): SubgraphEdge => {
    const id = `agg:${source}|${target}`;
    return { id, source, target, data: { id, source, target, type: 'AGGREGATE', kinds: [], weight, documentIds: [], count: 1 } };
  };
  it("keep every node's strongest links, and all of a sparse map's", () => {
    // Four groups all linked to each other, with distinct weights.
    const edges = [edge('a', 'b', 6), edge('c', 'd', 5), edge('a', 'c', 4), edge('a', 'd', 3), edge('b', 'c', 2), edge('b', 'd', 1)];
    const ids = (xs: SubgraphEdge[]) => xs.map((e) => e.id);
    expect(ids(strongestLinks(edges, 1))).toEqual(['agg:a|b', 'agg:c|d']);
    const two = strongestLinks(edges, 2);
    expect(ids(two)).toEqual(ids(edges.filter((e) => e.id !== 'agg:b|d')).sort());
    for (const node of ['a', 'b', 'c', 'd']) {
      const own = edges.filter((e) => e.source === node || e.target === node).sort((x, y) => y.data.weight - x.data.weight);
      for (const e of own.slice(0, 2)) expect(ids(two), `${node}: ${e.id}`).toContain(e.id);
    }
    // A map with a link or two a node keeps them all.
    expect(strongestLinks(edges.slice(0, 3))).toHaveLength(3);
    expect(LINKS_PER_NODE).toBeGreaterThanOrEqual(2);
  });
});

describe('group labels', () => {
  const group = (stem: string, unit: readonly [string, string]) => ({ id: 'group:KIND:x', grouping: 'KIND' as const, stem, unit, memberIds: ['a', 'b'], members: 'Actor' as const, levelId: null, sectorId: null, countyId: null, kind: null });
  it('give the count with the word for one or many, and never say the same word twice', () => {
    expect(groupLabel(group('Barnevernstjenesten', ['kommune', 'kommuner']), 356)).toBe('Barnevernstjenesten · 356 kommuner');
    expect(groupLabel(group('Barnevernstjenesten · Vestland', ['kommune', 'kommuner']), 1)).toBe('Barnevernstjenesten · Vestland · 1 kommune');
    expect(groupLabel(group('Kommuner', ['kommune', 'kommuner']))).toBe('2 kommuner');
  });
});

describe('the name of a level × sector group', () => {
  const names = (id: string | null) => (id === 'level:kommune' ? 'Kommune' : id === 'sector:helse' ? 'Helse' : 'Uten plassering');
  it('names a body placed on neither level nor sector once, not twice', () => {
    expect(levelSectorStem(null, null, names)).toBe('Uten plassering');
    expect(levelSectorStem('level:kommune', 'sector:helse', names)).toBe('Kommune · Helse');
    expect(levelSectorStem('level:kommune', null, names)).toBe('Kommune · Uten plassering');
  });
});
