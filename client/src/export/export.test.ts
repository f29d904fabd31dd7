import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { MATRIX, NETWORK, SECTORS } from '../test/fixtures.ts';
import { applyFilters, EMPTY_FILTERS, getCytoscape, layoutPositions, matrixElements, sectorColors, subgraphElements, withPositions, buildStylesheet } from '../graph/index.ts';
import { exportModel, sceneFromCy, sceneToSvg, toCsv, toGexf, toGraphml, toJson, wrapLabel } from './index.ts';
const colors = sectorColors(SECTORS.map((s) => s.id));
const els = withPositions(subgraphElements(NETWORK, { colors }, 'network'), layoutPositions(subgraphElements(NETWORK, { colors }, 'network'), 'grid', SECTORS.map((s) => s.id)));
const model = exportModel(els, null);

describe('exportModel', () => {
  it('keeps graph nodes and links with API ids', () => {
    expect(model.nodes.length).toBe(NETWORK.nodes.length);
    expect(model.edges.length).toBe(NETWORK.edges.length);
    expect(model.nodes.find((n) => n.id === 'actor:bufdir')).toMatchObject({ label: 'Bufdir', type: 'Actor', kind: 'DIRECTORATE' });
  });

  it('folds the matrix\'s repeated actors into one node and drops headers', () => {
    const mx = matrixElements(MATRIX, { colors, lang: 'nb', network: NETWORK, showLinks: true, otherLabel: 'Annet' });
    const m = exportModel(mx, null);
    const fm = m.nodes.filter((n) => n.id === 'actor:statsforvalteren');
    expect(fm.length).toBe(1);
    expect(fm[0].sectors.length).toBe(3);
    expect(m.nodes.every((n) => n.id.startsWith('actor:'))).toBe(true);
    expect(m.edges.find((e) => e.id === 'actor:bufdir-[COORDINATES_WITH]->actor:hdir')).toMatchObject({ source: 'actor:bufdir', target: 'actor:hdir' });
  });

  it('exports only what passes the filters', () => {
    const r = applyFilters(els, { ...EMPTY_FILTERS, kinds: ['MINISTRY'] });
    const m = exportModel(els, new Set([...r.nodes, ...r.edges]));
    expect(m.nodes.every((n) => n.kind === 'MINISTRY')).toBe(true);
    expect(m.edges.length).toBeGreaterThan(0);
  });
});

describe('formats', () => {
  it('CSV has a header, one row per element and quotes commas', () => {
    const csv = toCsv(model);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('element,id,label,name,type,kind,status,sector,sectors,levels,source,target,kinds,weight,documents');
    expect(lines.length).toBe(1 + model.nodes.length + model.edges.length);
    expect(csv).toContain('"Barne-, ungdoms- og familiedirektoratet"');
  });

  it('GraphML is well-formed XML with every node and edge', () => {
    const xml = toGraphml(model);
    expect(xml.match(/<node /g)!.length).toBe(model.nodes.length);
    expect(xml.match(/<edge /g)!.length).toBe(model.edges.length);
    expect(xml.match(/<data /g)!.length).toBe(xml.match(/<\/data>/g)!.length);
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(toGraphml(model)).toContain('-[COORDINATES_WITH]-&gt;');
  });

  it('GEXF round-trips through graphology-gexf', () => {
    const g = parseGexf(Graph, toGexf(model));
    expect(g.order).toBe(model.nodes.length);
    expect(g.size).toBe(model.edges.length);
    expect(g.getNodeAttribute('actor:bufdir', 'label')).toBe('Bufdir');
  });

  it('JSON is node-link', () => {
    const j = JSON.parse(toJson(model)) as { nodes: unknown[]; edges: unknown[] };
    expect(j.nodes.length).toBe(model.nodes.length);
    expect(j.edges.length).toBe(model.edges.length);
  });
});

describe('SVG', () => {
  it('draws every visible node from a headless core with computed styles', () => {
    const cy = getCytoscape()({ headless: true, styleEnabled: true, layout: { name: 'preset' }, elements: els, style: buildStylesheet({ fontScale: 1 }) });
    cy.getElementById('actor:ks').addClass('hidden');
    const scene = sceneFromCy(cy);
    expect(scene.nodes.length).toBe(NETWORK.nodes.length - 1);
    const svg = sceneToSvg(scene);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>Bufdir</tspan>');
    expect(svg).not.toContain('>KS</tspan>');
    cy.destroy();
  });

  it('wraps long labels', () => {
    expect(wrapLabel('Barne-, ungdoms- og familiedirektoratet', 100, 13).length).toBeGreaterThan(1);
  });
});
