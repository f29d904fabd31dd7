import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { MATRIX, MEASURES_GRAPH, NETWORK, SECTORS, measureId, DOC_000 } from '../test/fixtures.ts';
import { edgeWidth, mergeSubgraphs, primaryKind, subgraphElements, withPositions } from './elements.ts';
import { getCytoscape } from './cytoscape.ts';
import { layoutPositions, spacingFor, spreadTo } from './layouts.ts';
import { forcePositions } from './force-layout.ts';
import { matrixElements, matrixGeometry } from './matrix-elements.ts';
import { sectorColors, STATUS_COLORS, KIND_SHAPES } from './palette.ts';

const colors = sectorColors(SECTORS.map((s) => s.id));
const sectorOrder = SECTORS.map((s) => s.id);
const byId = (els: ElementDefinition[], id: string) => els.find((e) => e.data.id === id)!;

describe('subgraphElements (network)', () => {
  const els = subgraphElements(NETWORK, { colors }, 'network');

  it('colours actors by sector and shapes them by kind', () => {
    const bufdir = byId(els, 'actor:bufdir');
    expect(bufdir.data).toMatchObject({ label: 'Bufdir', ref: 'actor:bufdir', color: colors.get('sector:barn-og-familie'), shape: KIND_SHAPES.DIRECTORATE });
    expect(byId(els, 'actor:bfd').data.shape).toBe('round-rectangle');
    expect(byId(els, 'actor:barneombudet').data.shape).toBe('star');
  });

  it('styles coordination edges by their strongest kind and width by weight', () => {
    const e = byId(els, 'actor:bufdir-[COORDINATES_WITH]->actor:udir');
    expect(e.data.primaryKind).toBe('LEADS_OR_COORDINATES');
    expect(e.data.lineStyle).toBe('dashed');
    expect(e.data.dash).toEqual([12, 4, 2, 4]);
    expect(byId(els, 'actor:bufdir-[COORDINATES_WITH]->actor:kdi').data.lineStyle).toBe('dashed');
    expect(e.data.width).toBeGreaterThan(byId(els, 'actor:bufdir-[COORDINATES_WITH]->actor:kdi').data.width as number);
    expect(primaryKind(['SAME_INITIATIVE', 'SHARED_RESPONSIBILITY'])).toBe('SHARED_RESPONSIBILITY');
    expect(edgeWidth(1)).toBe(1.5);
  });

  it('is deterministic and keeps edges only between present nodes', () => {
    expect(subgraphElements(NETWORK, { colors }, 'network')).toEqual(els);
    const ids = new Set(els.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    for (const e of els.filter((x) => x.group === 'edges')) {
      expect(ids.has(e.data.source as string) && ids.has(e.data.target as string)).toBe(true);
    }
  });
});

describe('subgraphElements (measures)', () => {
  const els = subgraphElements(MEASURES_GRAPH, { colors }, 'measures');
  it('labels measures "Tiltak N" and colours them by status', () => {
    const m = byId(els, measureId(DOC_000, '22'));
    expect(m.data).toMatchObject({ label: 'Tiltak 22', status: 'ON_TRACK', color: STATUS_COLORS.ON_TRACK });
    expect(m.classes).toContain('status-ON_TRACK');
  });
  it('draws responsible solid and involved thin dashed', () => {
    const r = byId(els, `actor:jd-[RESPONSIBLE_FOR]->${measureId(DOC_000, '22')}`);
    const i = byId(els, `actor:kdi-[INVOLVED_IN]->${measureId(DOC_000, '22')}`);
    expect(r.data.lineStyle).toBe('solid');
    expect(i.data.lineStyle).toBe('dashed');
    expect(i.data.width).toBeLessThan(r.data.width as number);
  });
});

describe('matrixElements', () => {
  const els = matrixElements(MATRIX, { colors, lang: 'nb', network: NETWORK, showLinks: true, otherLabel: 'Annet' });
  const actors = els.filter((e) => (e.classes ?? '').includes('mx-actor'));

  it('puts every actor of every cell in place, once per cell', () => {
    expect(actors.length).toBe(MATRIX.cells.reduce((n, c) => n + c.actors.length, 0) + 2 /* KS, Barneombudet in "other" */);
    const fm = actors.filter((a) => a.data.ref === 'actor:statsforvalteren');
    expect(fm.length).toBe(3);
    expect(new Set(fm.map((a) => a.data.id)).size).toBe(3);
  });

  it('has no overlapping actor boxes and keeps them inside their column', () => {
    const boxes = actors.map((a) => ({ id: a.data.id, x1: a.position!.x - (a.data.w as number) / 2, x2: a.position!.x + (a.data.w as number) / 2, y1: a.position!.y - (a.data.h as number) / 2, y2: a.position!.y + (a.data.h as number) / 2 }));
    for (const a of boxes) for (const b of boxes) {
      if (a.id === b.id) continue;
      const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('orders rows by level rank and groups KD\'s two sectors under one ministry header', () => {
    const g = matrixGeometry(MATRIX);
    expect(g.rows.map((r) => r.levelId)).toEqual(MATRIX.levels.map((l) => l.id));
    expect(g.ministries.map((m) => m.label)).toContain('Kunnskapsdepartementet');
    expect(g.ministries.length).toBe(5);
    const hdir = actors.find((a) => a.data.ref === 'actor:hdir')!;
    const bufdir = actors.find((a) => a.data.ref === 'actor:bufdir')!;
    expect(hdir.position!.y).toBe(bufdir.position!.y);
    expect(hdir.position!.x).toBeLessThan(bufdir.position!.x);
  });

  it('draws links between the actors\' first cells only when asked', () => {
    expect(els.some((e) => e.group === 'edges' && e.data.ref === 'actor:bufdir-[COORDINATES_WITH]->actor:hdir')).toBe(true);
    const none = matrixElements(MATRIX, { colors, lang: 'nb', network: NETWORK, showLinks: false, otherLabel: 'Annet' });
    expect(none.some((e) => e.group === 'edges')).toBe(false);
  });

  it('uses English names in English', () => {
    const en = matrixElements(MATRIX, { colors, lang: 'en', network: null, showLinks: false, otherLabel: 'Other' });
    expect(byId(en, 'mx:sec:sector:helse').data.label).toBe('Health');
    expect(byId(en, 'mx:lvl:level:kommune').data.label).toBe('Municipality');
  });
});

describe('headless cytoscape', () => {
  it('takes the elements and layouts are deterministic', () => {
    const els = subgraphElements(NETWORK, { colors }, 'network');
    const run = (layout: 'force' | 'concentric' | 'grid') => (layout === 'force' ? forcePositions(els) : layoutPositions(els, layout, sectorOrder));
    for (const layout of ['force', 'concentric', 'grid'] as const) {
      const a = run(layout);
      const b = run(layout);
      expect(a, layout).toEqual(b);
      expect(Object.keys(a).length).toBe(NETWORK.nodes.length);
      for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      const cy = getCytoscape()({ headless: true, layout: { name: 'preset' }, elements: withPositions(els, a) });
      expect(cy.nodes().length).toBe(NETWORK.nodes.length);
      expect(cy.edges().length).toBe(NETWORK.edges.length);
      expect(cy.getElementById('actor:bufdir').position()).toEqual(a['actor:bufdir']);
      cy.destroy();
    }
  });

  it('the force layout, scaled to the view spacing as the explorer draws it, spreads nodes apart', () => {
    const els = subgraphElements(NETWORK, { colors }, 'network');
    const p = Object.values(spreadTo(forcePositions(els), spacingFor(els)));
    let min = Infinity;
    for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) min = Math.min(min, Math.hypot(p[i].x - p[j].x, p[i].y - p[j].y));
    expect(min).toBeGreaterThan(30);
  });

  it('the matrix loads as preset positions', () => {
    const els = matrixElements(MATRIX, { colors, lang: 'nb', network: NETWORK, showLinks: true, otherLabel: 'Annet' });
    const cy = getCytoscape()({ headless: true, layout: { name: 'preset' }, elements: els });
    expect(cy.getElementById('mx:a:level:direktorat|sector:barn-og-familie|actor:bufdir').length).toBe(1);
    cy.destroy();
  });

  it('mergeSubgraphs unions and recomputes degree', () => {
    const m = mergeSubgraphs([NETWORK, NETWORK]);
    expect(m.nodes.length).toBe(NETWORK.nodes.length);
    expect(m.nodes.find((n) => n.id === 'actor:bufdir')!.data.degree).toBe(NETWORK.nodes.find((n) => n.id === 'actor:bufdir')!.data.degree);
  });
});
