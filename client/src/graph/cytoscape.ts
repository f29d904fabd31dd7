/**
 * Cytoscape for the canvas and the cheap layouts, and Cytoscape with fcose
 * registered exactly once for the force-directed layout. fcose (with
 * cose-base and layout-base, a third of a megabyte of source) is only needed
 * where force-directed positions are computed, in the layout worker, so the
 * main thread's bundle does not carry it.
 */
import cytoscape from 'cytoscape';

/** The cytoscape factory. */
export function getCytoscape(): typeof cytoscape {
  return cytoscape;
}
