/** Level of detail in the client: the slice's reducer, group elements, the matrix's groups and caps, and spreading server positions. */
import { describe, expect, it } from 'vitest';
import type { ApiClient, MatrixCell, Overview, OverviewFilterInput, SystemMatrix } from '../../api/index.ts';
import { INITIAL_STATE } from '../../state/state.ts';
import { CELL_MAX, cellItems, groupSize, matrixElements, moreRef, OTHER_ROW_MAX, sectorColors, spacingFor, spreadTo, subgraphElements, visibleItems } from '../../graph/index.ts';
import { MATRIX, NETWORK, SECTORS } from '../../test/fixtures.ts';
import { isGroupId, loadLod, LOD_INITIAL, lodElements, lodStatus, reduceLod } from './overview.tsx';

const colors = sectorColors(SECTORS.map((s) => s.id));
const actor = (i: number) => ({ id: `actor:a${i}`, name: `Tjeneste ${i}`, abbreviation: null, kind: 'MUNICIPAL_SERVICE' as const });

describe('level of detail', () => {
  it('expands a group once, collapses it, and ignores other actions', () => {
    let s = reduceLod(LOD_INITIAL, { type: 'expandGroup', id: 'group:LEVEL:a' });
    expect(reduceLod(s, { type: 'expandGroup', id: 'group:LEVEL:a' })).toBe(s);
    s = reduceLod(s, { type: 'expandGroup', id: 'group:LEVEL:b' });
    expect(s.expand).toEqual(['group:LEVEL:a', 'group:LEVEL:b']);
    expect(reduceLod(s, { type: 'collapseGroup', id: 'group:LEVEL:a' }).expand).toEqual(['group:LEVEL:b']);
    expect(reduceLod(s, { type: 'collapseAll' }).expand).toEqual([]);
    expect(isGroupId('group:LEVEL:a') && isGroupId('more:x|y') && !isGroupId('actor:bufdir')).toBe(true);
  });

  it('draws a group node sized by its members and says what is aggregated', () => {
    const graph = {
      nodes: [
        { id: 'group:LEVEL_SECTOR:k', data: { ...NETWORK.nodes[0].data, id: 'group:LEVEL_SECTOR:k', type: 'Group', label: 'Kommune · Helse · 712 aktører', memberCount: 712, stem: 'Kommune · Helse', kind: null } },
        { id: 'group:LEVEL_SECTOR:d', data: { ...NETWORK.nodes[0].data, id: 'group:LEVEL_SECTOR:d', type: 'Group', label: 'Direktorat · Helse · 3 aktører', memberCount: 3, stem: 'Direktorat · Helse', kind: null } },
      ],
      edges: [{ id: 'agg:1', source: 'group:LEVEL_SECTOR:k', target: 'group:LEVEL_SECTOR:d', data: { id: 'agg:1', source: 'group:LEVEL_SECTOR:k', target: 'group:LEVEL_SECTOR:d', type: 'AGGREGATE', kinds: [], weight: 40, documentIds: [], count: 12 } }],
      truncated: false,
    };
    const els = subgraphElements(graph, { colors }, 'network');
    const big = els.find((e) => e.data.id === 'group:LEVEL_SECTOR:k')!;
    const small = els.find((e) => e.data.id === 'group:LEVEL_SECTOR:d')!;
    expect(big.data).toMatchObject({ type: 'Group', memberCount: 712, h: groupSize(712) });
    expect(big.data.h as number).toBeGreaterThan(small.data.h as number);
    expect(els.find((e) => e.data.id === 'agg:1')!.classes).toContain('edge-aggregate');
    const overview = { ...graph, aggregated: true, totalNodes: 9655, totalEdges: 53397, groups: [] };
    const t = (k: string, p?: Record<string, string | number>) => `${k}:${JSON.stringify(p)}`;
    expect(lodStatus({ graph, overview }, t)).toBe('lod.status:{"groups":2,"nodes":9655,"edges":53397,"links":1}');
    expect(lodStatus({ graph, overview: { ...overview, aggregated: false } }, t)).toBeNull();
    // On the canvas a group is labelled with what its members share; its count is drawn on the node, the full label is its name.
    const drawn = lodElements({ graph, overview }, { colors, lang: 'nb' }, 'network');
    const k = drawn.find((e) => e.data.id === 'group:LEVEL_SECTOR:k')!;
    expect(k.data).toMatchObject({ label: 'Kommune · Helse', name: 'Kommune · Helse · 712 aktører' });
    expect(decodeURIComponent(String(k.data.badge))).toContain('>712</text>');
    expect(drawn.filter((e) => e.data.type !== 'Group')).toEqual(els.filter((e) => e.data.type !== 'Group'));
  });

  it("labels a group with the server's stem, and one whose label is only a count with the count", () => {
    const node = (id: string, label: string, stem: string | null) => ({ id, data: { ...NETWORK.nodes[0].data, id, type: 'Group', label, name: label, memberCount: 405, stem, kind: null } });
    const graph = { nodes: [node('group:KIND:k', '405 kommuner', null), node('group:LEVEL_SECTOR:b', 'Barnevernstjenesten · 1 356 kommuner', 'Barnevernstjenesten')], edges: [], truncated: false };
    const drawn = lodElements({ graph, overview: null }, { colors, lang: 'nb' }, 'network');
    expect(drawn.map((e) => e.data.label)).toEqual(['405 kommuner', 'Barnevernstjenesten']);
    expect(drawn.map((e) => e.data.name)).toEqual(['405 kommuner', 'Barnevernstjenesten · 1 356 kommuner']);
  });

  it("draws a cell's groups and its ungrouped actors, and caps a full cell in a large matrix", () => {
    const many: MatrixCell = {
      ...MATRIX.cells[0],
      actors: Array.from({ length: 9 }, (_, i) => actor(i)),
      groups: [{ id: 'group:SERVICE_COUNTY:bv', label: 'Barnevernstjenesten · 356 kommuner', memberCount: 356, kind: 'MUNICIPAL_SERVICE', countyId: null }],
      ungrouped: Array.from({ length: 6 }, (_, i) => ({ id: `actor:a${i}` })),
    };
    expect(cellItems(many).map((i) => (i.group ? i.label : i.actor.id))).toEqual(['Barnevernstjenesten · 356 kommuner', ...Array.from({ length: 6 }, (_, i) => `actor:a${i}`)]);
    const { shown, hidden } = visibleItems(many);
    expect(shown.length).toBe(CELL_MAX - 1);
    expect(hidden.length).toBe(7 - (CELL_MAX - 1));
    expect(visibleItems(many, false).hidden).toEqual([]);
    const matrix: SystemMatrix = { ...MATRIX, cells: [many, ...MATRIX.cells.slice(1)] };
    const els = matrixElements(matrix, { colors, lang: 'nb', network: null, showLinks: false, otherLabel: 'Annet', moreLabel: (n) => `+ ${n} til` });
    const group = els.find((e) => e.data.ref === 'group:SERVICE_COUNTY:bv')!;
    expect(group.data).toMatchObject({ type: 'Group', label: 'Barnevernstjenesten · 356 kommuner', memberCount: 356 });
    const more = els.find((e) => e.data.ref === moreRef(many.level.id, many.sector.id))!;
    expect(more.data.label).toBe(`+ ${hidden.length} til`);
    // Without groups (the seeds) no cell is capped.
    expect(matrixElements(MATRIX, { colors, lang: 'nb', network: null, showLinks: false, otherLabel: 'Annet' }).some((e) => String(e.data.ref ?? '').startsWith('more:'))).toBe(false);
  });

  it('lists at most OTHER_ROW_MAX unplaced bodies and counts the rest', () => {
    const extra = Array.from({ length: OTHER_ROW_MAX + 10 }, (_, i) => ({ id: `actor:x${i}`, data: { ...NETWORK.nodes[0].data, id: `actor:x${i}`, label: `X${i}`, name: `X${i}`, degree: i } }));
    const network = { ...NETWORK, nodes: [...NETWORK.nodes, ...extra] };
    const els = matrixElements(MATRIX, { colors, lang: 'nb', network, showLinks: false, otherLabel: 'Annet', moreLabel: (n) => `+ ${n} til` });
    const listed = els.filter((e) => String(e.data.id).startsWith('mx:a:other|actor:x'));
    expect(listed.length).toBeLessThanOrEqual(OTHER_ROW_MAX);
    // The best connected are the ones listed.
    expect(listed.some((e) => e.data.ref === `actor:x${OTHER_ROW_MAX + 9}`)).toBe(true);
    expect(listed.some((e) => e.data.ref === 'actor:x0')).toBe(false);
    expect(els.find((e) => e.data.id === 'mx:more:other')?.data.label).toMatch(/^\+ \d+ til$/);
  });

  it("spreads the server's positions to the node sizes, keeping their shape", () => {
    const p = spreadTo({ a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 0, y: 10 }, d: { x: 10, y: 10 } }, 150);
    expect(p.b.x - p.a.x).toBe(p.c.y - p.a.y);
    expect(p.d.x - p.a.x).toBeGreaterThanOrEqual(250);
    expect(spacingFor([{ group: 'nodes', data: { id: 'g', w: 190, h: 120 } }])).toBeGreaterThan(spacingFor([{ group: 'nodes', data: { id: 'n', w: 30, h: 30 } }]));
  });

  it("draws an aggregated map at the server's positions, with no layout run in the browser", async () => {
    const group = (id: string, x: number, y: number) => ({ id, data: { ...NETWORK.nodes[0].data, id, type: 'Group', label: `${id} · 3 aktører`, memberCount: 3, x, y } });
    const map: Overview = {
      nodes: [group('group:LEVEL:a', 10, 20), group('group:LEVEL:b', 400, 20), group('group:LEVEL:c', 200, 300)],
      edges: [],
      aggregated: true,
      totalNodes: 9,
      totalEdges: 12,
      groups: [],
    };
    const asked: OverviewFilterInput[] = [];
    const api = {
      overview: async (f: OverviewFilterInput) => {
        asked.push(f);
        return map;
      },
    } as unknown as ApiClient;
    const data = await loadLod(api, 'NETWORK', INITIAL_STATE, LOD_INITIAL, new AbortController().signal);
    expect(asked[0]).toMatchObject({ view: 'NETWORK', layout: true });
    expect(data.graph.nodes.map((n) => [n.id, n.data.x, n.data.y])).toEqual([
      ['group:LEVEL:a', 10, 20],
      ['group:LEVEL:b', 400, 20],
      ['group:LEVEL:c', 200, 300],
    ]);
    // The elements carry them, so the canvas takes them as they are (use-view-canvas: carriedPositions).
    const els = lodElements(data, { colors, lang: 'nb' }, 'network');
    expect(els.find((e) => e.data.id === 'group:LEVEL:b')!.position).toEqual({ x: 400, y: 20 });
  });
});
