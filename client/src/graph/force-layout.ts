/**
 * The force-directed layout of a small focused subgraph: fcose on a headless
 * Cytoscape from the "by level" start, so it is repeatable for the same
 * elements without touching Math.random. It runs in the layout worker
 * (layout.worker.ts), never on the main thread; a whole view uses the
 * server's positions instead. Unlinked nodes go in rows below the rest.
 */
import type { ElementDefinition } from 'cytoscape';
import { getCytoscapeWithFcose } from './fcose.ts';
import { concentricPositions, placeMissing, type Positions } from './layouts.ts';

/** Above this many nodes fcose runs at draft quality (2k nodes at default quality took minutes here). */
export const DRAFT_ABOVE = 600;

/** Force-directed positions, repeatable for the same elements. */
export function forcePositions(elements: readonly ElementDefinition[], sectorOrder: readonly string[]): Positions {
  const linked = new Set<string>();
  for (const e of elements) if (e.group === 'edges') linked.add(e.data.source as string).add(e.data.target as string);
  const core = elements.filter((e) => e.group !== 'nodes' || linked.has(e.data.id as string));
  const out: Positions = {};
  if (linked.size > 0) {
    const start = concentricPositions(core, sectorOrder);
    const cy = getCytoscapeWithFcose()({
      headless: true,
      styleEnabled: true,
      elements: core.map((e) => (e.group === 'nodes' ? { group: 'nodes' as const, data: { id: e.data.id, w: e.data.w ?? 40, h: e.data.h ?? 40 }, position: start[e.data.id as string] ?? { x: 0, y: 0 } } : { group: 'edges' as const, data: { id: e.data.id, source: e.data.source, target: e.data.target } })),
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    });
    cy.layout({
      name: 'fcose',
      randomize: false,
      animate: false,
      fit: false,
      quality: linked.size > DRAFT_ABOVE ? 'draft' : 'default',
      nodeDimensionsIncludeLabels: false,
      nodeSeparation: 110,
      idealEdgeLength: () => 190,
      nodeRepulsion: () => 60000,
      edgeElasticity: () => 0.3,
      gravity: 0.15,
      gravityRange: 3.8,
      tile: false,
    } as cytoscape.LayoutOptions).run();
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    cy.destroy();
  }
  // Unlinked nodes have no neighbours, so placeMissing puts them in rows below.
  return placeMissing(elements, out);
}
