/** Cytoscape with its extensions registered exactly once, for the canvas and for headless layouts. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers fcose (idempotent) and returns the cytoscape factory. */
export function getCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}
