/**
 * A path from the API laid over a view's elements: which elements it passes
 * through, and the nodes and edges to add where the view does not hold them
 * (a path from Bufdir to a measure crosses views). Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { NodeSummary, Path } from '../api/index.ts';
import { UI } from './palette.ts';

/** A readable name for any node summary. */
export function summaryLabel(n: NodeSummary): string {
  switch (n.__typename) {
    case 'Actor':
      return n.abbreviation || n.name;
    case 'Measure':
      return `Tiltak ${n.number}`;
    case 'Document':
      return n.title;
    default:
      return n.name;
  }
}

export interface PathOverlay {
  /** Element ids of nodes and edges on the path. */
  ids: Set<string>;
  /** Elements to add so the whole path is drawn. */
  extra: ElementDefinition[];
}

/** Marks the path on `elements`; with `addMissing`, adds the nodes and edges the view lacks. */
export function pathOverlay(elements: readonly ElementDefinition[], path: Path | null, addMissing: boolean): PathOverlay {
  const ids = new Set<string>();
  const extra: ElementDefinition[] = [];
  if (!path) return { ids, extra };
  const byRef = new Map<string, string>();
  for (const e of elements) if (e.group === 'nodes' && typeof e.data.ref === 'string' && !byRef.has(e.data.ref)) byRef.set(e.data.ref, e.data.id as string);
  for (const n of path.nodes) {
    const existing = byRef.get(n.id);
    if (existing) ids.add(existing);
    else if (addMissing) {
      const id = n.id;
      byRef.set(n.id, id);
      ids.add(id);
      extra.push({
        group: 'nodes',
        data: {
          id, ref: n.id, type: n.__typename, label: summaryLabel(n), name: 'name' in n ? n.name : n.title,
          kind: n.__typename === 'Actor' ? n.kind : null, status: n.__typename === 'Measure' ? n.status : null,
          sectorIds: [], levelIds: [], documentIds: [], degree: 1,
          color: '#FFFFFF', borderColor: UI.path, textColor: UI.text, shape: n.__typename === 'Measure' ? 'round-rectangle' : 'ellipse',
          w: n.__typename === 'Measure' ? 88 : 34, h: 34,
        },
        classes: 'path-extra',
      });
    }
  }
  for (const step of path.edges) {
    const s = byRef.get(step.source);
    const t = byRef.get(step.target);
    if (!s || !t) continue;
    const found = elements.find(
      (e) => e.group === 'edges' && ((e.data.source === s && e.data.target === t) || (e.data.source === t && e.data.target === s)),
    );
    if (found) ids.add(found.data.id as string);
    else {
      const id = `path:${step.source}->${step.target}`;
      ids.add(id);
      extra.push({ group: 'edges', data: { id, ref: id, source: s, target: t, type: step.type, kinds: [], weight: 1, width: 3, lineStyle: 'solid', dash: [], documentIds: [] }, classes: 'path-extra' });
    }
  }
  return { ids, extra };
}
