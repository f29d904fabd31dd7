/**
 * The overlaps view's export: every pair its list shows (score at least the
 * chosen floor), each effort a node with its owners, each pair a link with its
 * score, shared terms and explanation. Pure.
 */
import type { Effort, Overlap } from '../api/index.ts';
import { effortLabel, effortOwners, ownerNames } from '../analysis/index.ts';
import { STATUS_COLORS } from '../graph/index.ts';
import { NEUTRAL_COLOR, sizeByDegree, type ExportGraph, type ExportNode } from './model.ts';

function effortNode(e: Effort): ExportNode {
  const owners = ownerNames(effortOwners(e));
  const title = e.__typename === 'Measure' ? e.title : e.name;
  const documents = e.__typename === 'Measure' ? [e.document.id] : [...new Set(e.evidence.map((x) => x.document.id))].sort();
  return {
    id: e.id, label: effortLabel(e), name: owners ? `${title} (${owners})` : title, type: e.__typename, kind: '',
    status: e.__typename === 'Measure' ? e.status : '', sector: '', sectors: [], levels: [], documents, x: 0, y: 0,
    color: e.__typename === 'Measure' ? STATUS_COLORS[e.status] : NEUTRAL_COLOR, size: sizeByDegree(0),
  };
}

/** The pairs scoring at least `minScore`, best first, as a graph (positions on a circle, best-linked first). */
export function overlapsExportGraph(overlaps: readonly Overlap[], minScore: number): ExportGraph {
  const shown = overlaps.filter((o) => o.score >= minScore - 1e-9);
  const nodes = new Map<string, ExportNode>();
  const degree = new Map<string, number>();
  for (const o of shown) {
    for (const e of [o.a, o.b]) {
      if (!nodes.has(e.id)) nodes.set(e.id, effortNode(e));
      degree.set(e.id, (degree.get(e.id) ?? 0) + 1);
    }
  }
  const list = [...nodes.values()];
  const r = 60 * Math.max(3, list.length) / Math.PI;
  list.forEach((n, i) => {
    const a = (2 * Math.PI * i) / list.length;
    n.x = Math.round(r * Math.cos(a));
    n.y = Math.round(r * Math.sin(a));
    n.size = sizeByDegree(degree.get(n.id) ?? 0);
  });
  const edges = shown.map((o) => ({
    id: `overlap:${o.a.id}|${o.b.id}`, source: o.a.id, target: o.b.id, type: 'OVERLAP', kinds: [], weight: o.score,
    documents: [...new Set([...nodes.get(o.a.id)!.documents, ...nodes.get(o.b.id)!.documents])].sort(),
    score: o.score, sharedTerms: [...o.sharedTerms], explanation: o.explanation,
  }));
  return { nodes: list, edges };
}
