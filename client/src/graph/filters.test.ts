import { describe, expect, it } from 'vitest';
import { DOC_000, DOC_002, MEASURES_GRAPH, NETWORK, SECTORS, measureId, DOC_001 } from '../test/fixtures.ts';
import { subgraphElements } from './elements.ts';
import { applyFilters, activeFilterCount, EMPTY_FILTERS } from './filters.ts';
import { pathOverlay, summaryLabel } from './path.ts';
import { sectorColors } from './palette.ts';
import type { Path } from '../api/index.ts';

const colors = sectorColors(SECTORS.map((s) => s.id));
const network = subgraphElements(NETWORK, { colors }, 'network');
const measures = subgraphElements(MEASURES_GRAPH, { colors }, 'measures');
const T22 = measureId(DOC_000, '22');

describe('applyFilters', () => {
  it('passes everything without filters', () => {
    const r = applyFilters(network, EMPTY_FILTERS);
    expect(r.nodes.size).toBe(NETWORK.nodes.length);
    expect(r.edges.size).toBe(NETWORK.edges.length);
  });

  it('filters actors by kind and drops edges to filtered nodes', () => {
    const r = applyFilters(network, { ...EMPTY_FILTERS, kinds: ['DIRECTORATE'] });
    expect(r.nodes.has('actor:bufdir')).toBe(true);
    expect(r.nodes.has('actor:ks')).toBe(false);
    expect(r.edges.has('actor:bufdir-[COORDINATES_WITH]->actor:hdir')).toBe(true);
    expect(r.edges.has('actor:bufdir-[COORDINATES_WITH]->actor:ks')).toBe(false);
  });

  it('a coordination-kind filter keeps only bodies with such a link', () => {
    const r = applyFilters(network, { ...EMPTY_FILTERS, coordKinds: ['JOINT_WORK'] });
    expect([...r.nodes].sort()).toEqual(['actor:bufdir', 'actor:kdi']);
    expect([...r.edges]).toEqual(['actor:bufdir-[COORDINATES_WITH]->actor:kdi']);
  });

  it('a status filter keeps the measures and their bodies', () => {
    const r = applyFilters(measures, { ...EMPTY_FILTERS, statuses: ['IN_PROGRESS'] });
    expect([...r.nodes].sort()).toEqual(['actor:bfd', 'actor:bufdir', measureId(DOC_000, '20')].sort());
  });

  it('a sector filter keeps the measures of the bodies in it', () => {
    const r = applyFilters(measures, { ...EMPTY_FILTERS, sectors: ['sector:justis'] });
    expect(r.nodes.has(T22)).toBe(true);
    expect(r.nodes.has(measureId(DOC_001, '13'))).toBe(false);
  });

  it('filters by document', () => {
    const r = applyFilters(network, { ...EMPTY_FILTERS, documents: [DOC_002.id] });
    expect(r.edges.has('actor:bfd-[COORDINATES_WITH]->actor:jd')).toBe(false);
    expect(activeFilterCount({ ...EMPTY_FILTERS, documents: [DOC_002.id], kinds: ['MINISTRY'] })).toBe(2);
  });
});

describe('pathOverlay', () => {
  const path: Path = {
    nodes: [
      { __typename: 'Actor', id: 'actor:kdi', name: 'Kriminalomsorgsdirektoratet', abbreviation: 'KDI', kind: 'DIRECTORATE' },
      { __typename: 'Actor', id: 'actor:bufdir', name: 'Barne-, ungdoms- og familiedirektoratet', abbreviation: 'Bufdir', kind: 'DIRECTORATE' },
      { __typename: 'Measure', id: T22, number: '22', title: 'Vurdere samarbeid mellom familievernet og kriminalomsorgen', status: 'ON_TRACK' },
    ],
    edges: [
      { source: 'actor:kdi', target: 'actor:bufdir', type: 'COORDINATES_WITH', reversed: false, evidence: [] },
      { source: 'actor:bufdir', target: T22, type: 'INVOLVED_IN', reversed: false, evidence: [] },
    ],
  };

  it('marks existing elements and adds the missing measure in the network view', () => {
    const o = pathOverlay(network, path, true);
    expect(o.ids.has('actor:bufdir-[COORDINATES_WITH]->actor:kdi')).toBe(true);
    expect(o.extra.map((e) => e.data.id)).toEqual([T22, `path:actor:bufdir->${T22}`]);
    expect(o.extra[0].data.label).toBe('Tiltak 22');
    expect(summaryLabel(path.nodes[1])).toBe('Bufdir');
  });

  it('adds nothing when asked not to', () => {
    const o = pathOverlay(network, path, false);
    expect(o.extra).toEqual([]);
    expect(o.ids.has('actor:kdi')).toBe(true);
  });
});
