/** Cytoscape with fcose registered (idempotent), for the force-directed layout in the layout worker. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers fcose (once) and returns the cytoscape factory. */
export function getCytoscapeWithFcose(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}
