/**
 * Text formats for the exported graph: CSV (a table with human labels, a BOM
 * and ";" as separator, as Norwegian Excel reads it), GraphML (with the data
 * keys yEd and Gephi draw from: colour, size, position), GEXF (written by
 * graphology-gexf, with `viz` colours, sizes and positions) and JSON (the
 * node-link shape networkx and Cytoscape read). Pure.
 */
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { ExportGraph } from './model.ts';
import type { ExportTable } from './tables.ts';

/** The byte order mark that tells Excel a CSV is UTF-8 (else æøå come out garbled). */
export const BOM = '\uFEFF';

/** A text cell a spreadsheet would read as a formula (OWASP's CSV injection list, CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a text that starts like a formula gets a leading apostrophe (shown as text); then RFC 4180 quoting. */
function csvCell(value: string | number | null, decimal: string): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value).replace('.', decimal) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One CSV of a table: a BOM, the headers, then the rows, ";"-separated with
 * CRLF (RFC 4180 quoting). Decimals use the language's mark (a comma in
 * Norwegian), which ";" leaves free.
 */
export function toCsv(table: ExportTable, decimal = ','): string {
  const rows = [table.columns.map((c) => c.header), ...table.rows];
  return BOM + rows.map((r) => r.map((c) => csvCell(c, decimal)).join(';')).join('\r\n') + '\r\n';
}

/** Escapes text for XML content and attributes. */
export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** "#rrggbb" as its red, green and blue parts (grey for anything else). */
export function rgbOf(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : [138, 143, 152];
}

/**
 * GraphML with typed keys for every attribute (lists joined by "|"), and the
 * drawing in the forms tools read: Gephi's `label`, `x`, `y`, `size`, `r`,
 * `g`, `b` keys, and yEd's `nodegraphics` (a ShapeNode with geometry, fill and
 * label) and `edgegraphics`.
 */
export function toGraphml(g: ExportGraph): string {
  const nodeKeys = ['name', 'type', 'kind', 'status', 'sector', 'sectors', 'levels', 'documents', 'color'] as const;
  const edgeKeys = ['type', 'kinds', 'documents', 'sharedTerms', 'explanation'] as const;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
  ];
  for (const k of nodeKeys) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  for (const k of ['x', 'y', 'size'] as const) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="double"/>`);
  for (const k of ['r', 'g', 'b'] as const) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="int"/>`);
  lines.push('  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>');
  for (const k of edgeKeys) lines.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>', '  <key id="e_score" for="edge" attr.name="score" attr.type="double"/>');
  lines.push('  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>');
  lines.push('  <graph id="samkart" edgedefault="directed">');
  for (const n of g.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`, `      <data key="n_label">${xmlEscape(n.label || n.name)}</data>`);
    for (const k of nodeKeys) {
      const v = n[k];
      const s = Array.isArray(v) ? v.join('|') : v;
      if (s) lines.push(`      <data key="n_${k}">${xmlEscape(s)}</data>`);
    }
    const [r, gr, b] = rgbOf(n.color);
    lines.push(`      <data key="n_x">${n.x}</data>`, `      <data key="n_y">${n.y}</data>`, `      <data key="n_size">${n.size}</data>`);
    lines.push(`      <data key="n_r">${r}</data>`, `      <data key="n_g">${gr}</data>`, `      <data key="n_b">${b}</data>`);
    lines.push(
      '      <data key="n_graphics">',
      `        <y:ShapeNode><y:Geometry x="${n.x - n.size}" y="${n.y - n.size}" width="${2 * n.size}" height="${2 * n.size}"/><y:Fill color="${xmlEscape(n.color.toUpperCase())}" transparent="false"/><y:BorderStyle color="#FFFFFF" type="line" width="1.0"/><y:NodeLabel>${xmlEscape(n.label || n.name)}</y:NodeLabel><y:Shape type="${n.type === 'Actor' ? 'ellipse' : 'roundrectangle'}"/></y:ShapeNode>`,
      '      </data>',
      '    </node>',
    );
  }
  for (const e of g.edges) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    lines.push(`      <data key="e_type">${xmlEscape(e.type)}</data>`);
    if (e.kinds.length) lines.push(`      <data key="e_kinds">${xmlEscape(e.kinds.join('|'))}</data>`);
    if (e.documents.length) lines.push(`      <data key="e_documents">${xmlEscape(e.documents.join('|'))}</data>`);
    if (e.sharedTerms?.length) lines.push(`      <data key="e_sharedTerms">${xmlEscape(e.sharedTerms.join('|'))}</data>`);
    if (e.explanation) lines.push(`      <data key="e_explanation">${xmlEscape(e.explanation)}</data>`);
    lines.push(`      <data key="e_weight">${e.weight}</data>`);
    if (e.score !== undefined) lines.push(`      <data key="e_score">${e.score}</data>`);
    lines.push(
      `      <data key="e_graphics"><y:PolyLineEdge><y:LineStyle color="#9AA0A6" type="line" width="${Math.min(8, 1 + e.weight)}"/><y:Arrows source="none" target="${e.type === 'COORDINATES_WITH' || e.type === 'OVERLAP' ? 'none' : 'standard'}"/></y:PolyLineEdge></data>`,
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

/** A graphology graph of the export, the common form for GEXF. */
export function toGraphology(g: ExportGraph): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (const n of g.nodes) {
    // color, size, x and y become GEXF's viz:color (as r, g, b), viz:size and viz:position.
    const [r, g2, b] = rgbOf(n.color);
    graph.addNode(n.id, {
      label: n.label, name: n.name, type: n.type, kind: n.kind, status: n.status, sector: n.sector,
      sectors: n.sectors.join('|'), levels: n.levels.join('|'), documents: n.documents.join('|'), x: n.x, y: n.y,
      color: `rgb(${r},${g2},${b})`, size: n.size,
    });
  }
  for (const e of g.edges) {
    const attrs: Record<string, string | number> = { type: e.type, kinds: e.kinds.join('|'), weight: e.score ?? e.weight, documents: e.documents.join('|'), thickness: Math.min(8, 1 + e.weight) };
    if (e.sharedTerms?.length) attrs.sharedTerms = e.sharedTerms.join('|');
    if (e.explanation) attrs.explanation = e.explanation;
    if (e.type === 'COORDINATES_WITH') graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return graph;
}

/** GEXF 1.3 for Gephi, via graphology-gexf. */
export function toGexf(g: ExportGraph): string {
  return writeGexf(toGraphology(g), { version: '1.3', pretty: true });
}

/** JSON in node-link form: `{ directed, multigraph, nodes, edges }`. */
export function toJson(g: ExportGraph): string {
  return JSON.stringify({ directed: true, multigraph: true, graph: { name: 'Samkart' }, nodes: g.nodes, edges: g.edges }, null, 2) + '\n';
}
