/**
 * The force-directed layout of a small focused subgraph: the server's own
 * layout (graph/query/layout-core.ts: each linked component with ForceAtlas2
 * from seeded start positions, the components and the block of unlinked
 * nodes packed apart), so a focus looks like the whole view it came from and
 * the same elements always get the same positions. It runs in the layout
 * worker (layout.worker.ts), never on the main thread; a whole view uses the
 * positions the server computed with the graph version.
 */
import type { ElementDefinition } from 'cytoscape';
import { layoutNow } from '../../../graph/query/layout-core.ts';
import type { Positions } from './layouts.ts';

/** Force-directed positions, repeatable for the same elements. */
export function forcePositions(elements: readonly ElementDefinition[]): Positions {
  const ids = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id as string);
  const edges = elements
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: e.data.source as string, target: e.data.target as string, data: { weight: Number(e.data.weight ?? 1) || 1 } }));
  const out: Positions = {};
  for (const [id, p] of layoutNow(ids, edges)) out[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  return out;
}
