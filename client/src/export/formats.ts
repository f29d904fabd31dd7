/**
 * Text formats for the exported graph: CSV (one file, an `element` column
 * telling nodes from edges), GraphML, GEXF (written by graphology-gexf) and
 * JSON (the node-link shape networkx and Cytoscape read). Pure.
 */
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { ExportGraph } from './model.ts';

const CSV_COLUMNS = ['element', 'id', 'label', 'name', 'type', 'kind', 'status', 'sector', 'sectors', 'levels', 'source', 'target', 'kinds', 'weight', 'documents'] as const;

/** A text cell a spreadsheet would read as a formula (OWASP's CSV injection list, CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a text that starts like a formula gets a leading apostrophe (shown as text); then RFC 4180 quoting. */
function csvCell(value: string | number): string {
  const s = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV (RFC 4180, CRLF) with nodes then edges; lists are joined by "|". */
export function toCsv(g: ExportGraph): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const n of g.nodes) {
    rows.push(['node', n.id, n.label, n.name, n.type, n.kind, n.status, n.sector, n.sectors.join('|'), n.levels.join('|'), '', '', '', '', n.documents.join('|')]);
  }
  for (const e of g.edges) {
    rows.push(['edge', e.id, '', '', e.type, '', '', '', '', '', e.source, e.target, e.kinds.join('|'), e.weight, e.documents.join('|')]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Escapes text for XML content and attributes. */
export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** GraphML with typed keys for every attribute; lists are joined by "|". */
export function toGraphml(g: ExportGraph): string {
  const nodeKeys = ['label', 'name', 'type', 'kind', 'status', 'sector', 'sectors', 'levels', 'documents'] as const;
  const edgeKeys = ['type', 'kinds', 'documents'] as const;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <key id="n_x" for="node" attr.name="x" attr.type="double"/>', '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>');
  for (const k of edgeKeys) lines.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
  lines.push('  <graph id="samkart" edgedefault="directed">');
  for (const n of g.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const k of nodeKeys) {
      const v = n[k];
      const s = Array.isArray(v) ? v.join('|') : v;
      if (s) lines.push(`      <data key="n_${k}">${xmlEscape(s)}</data>`);
    }
    lines.push(`      <data key="n_x">${n.x}</data>`, `      <data key="n_y">${n.y}</data>`, '    </node>');
  }
  for (const e of g.edges) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    lines.push(`      <data key="e_type">${xmlEscape(e.type)}</data>`);
    if (e.kinds.length) lines.push(`      <data key="e_kinds">${xmlEscape(e.kinds.join('|'))}</data>`);
    if (e.documents.length) lines.push(`      <data key="e_documents">${xmlEscape(e.documents.join('|'))}</data>`);
    lines.push(`      <data key="e_weight">${e.weight}</data>`, '    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

/** A graphology graph of the export, the common form for GEXF. */
export function toGraphology(g: ExportGraph): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (const n of g.nodes) {
    graph.addNode(n.id, {
      label: n.label, name: n.name, type: n.type, kind: n.kind, status: n.status, sector: n.sector,
      sectors: n.sectors.join('|'), levels: n.levels.join('|'), documents: n.documents.join('|'), x: n.x, y: n.y,
    });
  }
  for (const e of g.edges) {
    const attrs = { type: e.type, kinds: e.kinds.join('|'), weight: e.weight, documents: e.documents.join('|') };
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
