import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../model/index.ts';
import { buildNameLines, displayName, foldList, foldSubgraph, memberAsOf, shortName, LINE_WORDS } from './name-lines.ts';
import type { Subgraph, SubgraphNodeData } from './subgraph.ts';

const actor = (id: string, name: string, abbreviation: string | null = null) => ({ id, name, abbreviation });
const succ = (source: string, target: string, date: string, change?: string): GraphEdge => ({
  id: `${source}-[SUCCEEDED_BY]->${target}`,
  type: 'SUCCEEDED_BY',
  source,
  target,
  props: change ? { date, change } : { date },
  evidence: [],
});

const ACTORS = [
  actor('actor:fm', 'Fylkesmannen', 'FM'),
  actor('actor:sf', 'Statsforvalteren'),
  actor('actor:ad', 'Arbeidsdepartementet', 'AD'),
  actor('actor:asd', 'Arbeids- og sosialdepartementet', 'ASD'),
  actor('actor:aid', 'Arbeids- og inkluderingsdepartementet', 'AID'),
  actor('actor:sos', 'Sosialdepartementet'),
  actor('actor:hod', 'Helse- og omsorgsdepartementet', 'HOD'),
  actor('actor:ehelse', 'Direktoratet for e-helse'),
  actor('actor:hdir', 'Helsedirektoratet', 'Hdir'),
];
const EDGES = [
  succ('actor:fm', 'actor:sf', '2021-01-01'),
  succ('actor:ad', 'actor:asd', '2014-01-01'),
  succ('actor:asd', 'actor:aid', '2022-01-01', 'rename'),
  succ('actor:sos', 'actor:asd', '2004-10-01', 'split'),
  succ('actor:sos', 'actor:hod', '2004-10-01', 'split'),
  succ('actor:ehelse', 'actor:hdir', '2024-01-01', 'merger'),
];
const lines = buildNameLines(ACTORS, EDGES);

describe('buildNameLines', () => {
  it('chains one-to-one renames oldest first, with the dates', () => {
    expect(lines.lines.map((l) => [l.headId, l.members.map((m) => [m.actorId, m.from, m.until])])).toEqual([
      ['actor:aid', [['actor:ad', null, '2014-01-01'], ['actor:asd', '2014-01-01', '2022-01-01'], ['actor:aid', '2022-01-01', null]]],
      ['actor:sf', [['actor:fm', null, '2021-01-01'], ['actor:sf', '2021-01-01', null]]],
    ]);
  });
  it('leaves mergers and splits apart', () => {
    for (const id of ['actor:sos', 'actor:hod', 'actor:ehelse', 'actor:hdir']) expect(lines.lineOf.has(id)).toBe(false);
  });
  it('does not fold a body that was renamed into one that also had another renamed predecessor', () => {
    const two = buildNameLines([actor('a', 'A'), actor('b', 'B'), actor('c', 'C')], [succ('a', 'c', '2010-01-01'), succ('b', 'c', '2010-01-01')]);
    expect(two.lines).toEqual([]);
  });
  it('ignores a cycle of renames rather than looping', () => {
    const loop = buildNameLines([actor('a', 'A'), actor('b', 'B')], [succ('a', 'b', '2010-01-01'), succ('b', 'a', '2012-01-01')]);
    expect(loop.lines).toEqual([]);
  });
});

describe('names of a line', () => {
  const sf = ACTORS[1];
  const fm = ACTORS[0];
  it('shows today\'s name with the one before it, from any member', () => {
    expect(displayName(lines, sf)).toBe('Statsforvalteren (tidligere Fylkesmannen)');
    expect(displayName(lines, fm)).toBe('Statsforvalteren (tidligere Fylkesmannen)');
    expect(displayName(lines, sf, null, LINE_WORDS.en)).toBe('Statsforvalteren (formerly Fylkesmannen)');
    expect(displayName(lines, ACTORS[5])).toBe('Sosialdepartementet');
  });
  it('names a line as of a year: the name in force at the end of that year', () => {
    expect(memberAsOf(lines.lineOf.get('actor:aid')!, 2013).actorId).toBe('actor:ad');
    expect(memberAsOf(lines.lineOf.get('actor:aid')!, 2014).actorId).toBe('actor:asd');
    expect(memberAsOf(lines.lineOf.get('actor:aid')!, 2022).actorId).toBe('actor:aid');
    expect(displayName(lines, sf, 2020)).toBe('Fylkesmannen (nå Statsforvalteren)');
    expect(displayName(lines, sf, 2021)).toBe('Statsforvalteren');
    expect(shortName(lines, sf, 2020)).toBe('FM');
    expect(shortName(lines, fm)).toBe('Statsforvalteren');
    expect(shortName(lines, ACTORS[3], 2015)).toBe('ASD');
  });
});

describe('foldSubgraph', () => {
  const data = (id: string, over: Partial<SubgraphNodeData> = {}): SubgraphNodeData => ({
    id, type: 'Actor', label: id, name: id, kind: 'REGIONAL_STATE', status: null, sectorIds: [], levelIds: [], sector: null,
    levelRank: 2, parent: null, documentIds: [], degree: 0, curated: true, ...over,
  });
  const edge = (id: string, source: string, target: string, type = 'COORDINATES_WITH', weight = 1, documentIds: string[] = []) => ({
    id, source, target, data: { id, source, target, type, kinds: [], weight, documentIds },
  });
  const sg: Subgraph = {
    nodes: [
      { id: 'actor:fm', data: data('actor:fm', { sectorIds: ['sector:helse'], documentIds: ['doc:1'] }) },
      { id: 'actor:sf', data: data('actor:sf', { sectorIds: ['sector:justis'], documentIds: ['doc:2'] }) },
      { id: 'actor:hdir', data: data('actor:hdir') },
    ],
    edges: [
      edge('e1', 'actor:fm', 'actor:hdir', 'COORDINATES_WITH', 2, ['doc:1']),
      edge('e2', 'actor:hdir', 'actor:sf', 'COORDINATES_WITH', 1, ['doc:2']),
      edge('e3', 'actor:fm', 'actor:sf', 'SUCCEEDED_BY'),
    ],
    truncated: false,
  };
  it('places a folded body where its best-linked name stood, not where a name that stood alone did', () => {
    const placed: Subgraph = {
      nodes: [
        { id: 'actor:fm', data: data('actor:fm', { degree: 2, x: 10, y: 20 }) },
        { id: 'actor:sf', data: data('actor:sf', { degree: 0, x: 900, y: 900 }) },
        { id: 'actor:hdir', data: data('actor:hdir', { degree: 2, x: 40, y: 20 }) },
      ],
      edges: [edge('e1', 'actor:fm', 'actor:hdir'), edge('e2', 'actor:hdir', 'actor:fm', 'INVOLVED_IN')],
      truncated: false,
    };
    const sf = foldSubgraph(placed, lines).nodes.find((n) => n.id === 'actor:sf')!;
    expect([sf.data.x, sf.data.y]).toEqual([10, 20]);
    const headFirst: Subgraph = { ...placed, nodes: [placed.nodes[1], placed.nodes[0], placed.nodes[2]] };
    const again = foldSubgraph(headFirst, lines).nodes.find((n) => n.id === 'actor:sf')!;
    expect([again.data.x, again.data.y]).toEqual([10, 20]);
  });

  it('shows a renamed body once, under today\'s name and id, with all its facts', () => {
    const folded = foldSubgraph(sg, lines);
    expect(folded.nodes.map((n) => [n.id, n.data.label, n.data.name, n.data.sectorIds, n.data.documentIds, n.data.degree])).toEqual([
      ['actor:sf', 'Statsforvalteren', 'Statsforvalteren (tidligere Fylkesmannen)', ['sector:helse', 'sector:justis'], ['doc:1', 'doc:2'], 1],
      ['actor:hdir', 'actor:hdir', 'actor:hdir', [], [], 1],
    ]);
    expect(folded.edges.map((e) => [e.id, e.source, e.target, e.data.weight, e.data.documentIds])).toEqual([['e1', 'actor:hdir', 'actor:sf', 3, ['doc:1', 'doc:2']]]);
    // The input is left as it was.
    expect(sg.nodes[0].data.name).toBe('actor:fm');
    expect(sg.edges).toHaveLength(3);
  });
  it('renames, never filters, as of a year', () => {
    const folded = foldSubgraph(sg, lines, 2019);
    expect(folded.nodes[0].data).toMatchObject({ id: 'actor:sf', label: 'FM', name: 'Fylkesmannen (nå Statsforvalteren)' });
    expect(folded.edges).toHaveLength(1);
  });
});

describe('foldList', () => {
  it('replaces members by their head once, keeping first places', () => {
    const views = new Map(ACTORS.map((a) => [a.id, a]));
    expect(foldList([ACTORS[0], ACTORS[8], ACTORS[1], ACTORS[2]], lines, (id) => views.get(id)).map((a) => a.id)).toEqual(['actor:sf', 'actor:hdir', 'actor:aid']);
  });
});
