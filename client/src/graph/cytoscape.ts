/**
 * Cytoscape for the canvas and the cheap layouts. Force-directed positions
 * come from the server's layout (graph/query/layout-core.ts): with the graph
 * version for whole views, in the layout worker for a focused subgraph.
 */
import cytoscape from 'cytoscape';

/** The cytoscape factory. */
export function getCytoscape(): typeof cytoscape {
  return cytoscape;
}
