import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { MATRIX, NETWORK, SECTORS } from '../test/fixtures.ts';
import { applyFilters, EMPTY_FILTERS, getCytoscape, layoutPositions, matrixElements, sectorColors, subgraphElements, withPositions, buildStylesheet } from '../graph/index.ts';
import { DOMParser } from '@xmldom/xmldom';
import { translator } from '../i18n/index.ts';
import { BOM, exportModel, graphTable, NEUTRAL_COLOR, sceneFromCy, sceneToSvg, toCsv, toGexf, toGraphml, toJson, wrapLabel, type ExportLabels } from './index.ts';
const colors = sectorColors(SECTORS.map((s) => s.id));
const els = withPositions(subgraphElements(NETWORK, { colors }, 'network'), layoutPositions(subgraphElements(NETWORK, { colors }, 'network'), 'grid', SECTORS.map((s) => s.id)));
const model = exportModel(els, null, { colors });
const labels: ExportLabels = {
  lang: 'nb',
  t: translator('nb'),
  sectorName: (id) => SECTORS.find((s) => s.id === id)?.name ?? id,
  levelName: (id) => id,
  documentTitle: (id) => id,
};

/** Parses XML strictly: any warning or error fails the test. */
function parseXml(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: (level: string, msg: string) => problems.push(`${level}: ${msg}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const YED = 'http://www.yworks.com/xml/graphml';
const VIZ = 'http://gexf.net/1.3/viz';

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
  it('CSV starts with a BOM, separates with ";" and says things in words, not codes', () => {
    const csv = toCsv(graphTable(model, labels));
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Element;Navn;Kortnavn;Status;Forvaltningsnivå;Sektorer;Fra;Til;Relasjon;Grunnlag;Styrke;Felles stikkord;Kilder;Sitater;ID');
    expect(lines.length).toBe(1 + model.nodes.length + model.edges.length);
    expect(csv).toContain('Direktorat;Barne-, ungdoms- og familiedirektoratet;Bufdir;');
    expect(csv).toContain(';Samarbeider med;');
    expect(csv).not.toMatch(/;DIRECTORATE;|;COORDINATES_WITH;|;sector:helse;/);
  });

  it('CSV writes decimals with the language\'s mark', () => {
    const g = { nodes: [], edges: [{ id: 'e', source: 'a', target: 'b', type: 'OVERLAP', kinds: [], weight: 0.047, score: 0.047, documents: [] }] };
    expect(toCsv(graphTable(g, labels))).toContain(';0,047;');
    expect(toCsv(graphTable(g, labels), '.')).toContain(';0.047;');
  });

  it('GraphML parses as XML with every node and edge, and the drawing yEd and Gephi read', () => {
    const doc = parseXml(toGraphml(model));
    const nodes = doc.getElementsByTagNameNS(GRAPHML, 'node');
    expect(nodes.length).toBe(model.nodes.length);
    expect(doc.getElementsByTagNameNS(GRAPHML, 'edge').length).toBe(model.edges.length);
    const keys = new Map([...Array.from(doc.getElementsByTagNameNS(GRAPHML, 'key'))].map((k) => [k.getAttribute('id')!, k]));
    for (const name of ['label', 'x', 'y', 'size', 'r', 'g', 'b']) expect([...keys.values()].some((k) => k.getAttribute('for') === 'node' && k.getAttribute('attr.name') === name)).toBe(true);
    expect([...keys.values()].some((k) => k.getAttribute('yfiles.type') === 'nodegraphics')).toBe(true);
    const bufdir = Array.from(nodes).find((n) => n.getAttribute('id') === 'actor:bufdir')!;
    const data = new Map(Array.from(bufdir.getElementsByTagNameNS(GRAPHML, 'data')).map((d) => [keys.get(d.getAttribute('key')!)!.getAttribute('attr.name'), d.textContent]));
    const n = model.nodes.find((x) => x.id === 'actor:bufdir')!;
    expect(n.color).not.toBe(NEUTRAL_COLOR);
    expect(data.get('label')).toBe('Bufdir');
    expect(Number(data.get('x'))).toBe(n.x);
    expect(Number(data.get('size'))).toBeGreaterThan(10);
    expect([data.get('r'), data.get('g'), data.get('b')].map(Number)).toEqual([1, 3, 5].map((i) => parseInt(n.color.slice(i, i + 2), 16)));
    const fill = bufdir.getElementsByTagNameNS(YED, 'Fill')[0];
    expect(fill.getAttribute('color')).toBe(n.color.toUpperCase());
    expect(bufdir.getElementsByTagNameNS(YED, 'NodeLabel')[0].textContent).toBe('Bufdir');
    // The edge id keeps its arrow through escaping.
    expect(Array.from(doc.getElementsByTagNameNS(GRAPHML, 'edge')).some((e) => (e.getAttribute('id') ?? '').includes('-[COORDINATES_WITH]->'))).toBe(true);
  });

  it('GEXF parses as XML, carries viz colours, sizes and positions, and round-trips through graphology-gexf', () => {
    const xml = toGexf(model);
    const doc = parseXml(xml);
    const bufdir = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'actor:bufdir')!;
    const n = model.nodes.find((x) => x.id === 'actor:bufdir')!;
    const color = bufdir.getElementsByTagNameNS(VIZ, 'color')[0];
    expect(['r', 'g', 'b'].map((c) => Number(color.getAttribute(c)))).toEqual([1, 3, 5].map((i) => parseInt(n.color.slice(i, i + 2), 16)));
    expect(Number(bufdir.getElementsByTagNameNS(VIZ, 'size')[0].getAttribute('value'))).toBe(n.size);
    expect(Number(bufdir.getElementsByTagNameNS(VIZ, 'position')[0].getAttribute('x'))).toBe(n.x);
    const g = parseGexf(Graph, xml);
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
