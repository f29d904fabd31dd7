/**
 * The data behind the current view, flattened for export: one row per graph
 * node (the matrix's repeated actors folded into one) and one per link, with
 * ids as the API gives them. Pure.
 */
import type { ElementDefinition } from 'cytoscape';

export interface ExportNode {
  id: string;
  label: string;
  name: string;
  type: string;
  kind: string;
  status: string;
  sector: string;
  sectors: string[];
  levels: string[];
  documents: string[];
  x: number;
  y: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  kinds: string[];
  weight: number;
  documents: string[];
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const arr = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** The graph nodes and links among `elements` whose element ids are in `keep` (all when null). */
export function exportModel(elements: readonly ElementDefinition[], keep: Set<string> | null): ExportGraph {
  const nodes = new Map<string, ExportNode>();
  const refOf = new Map<string, string>();
  for (const e of elements) {
    if (e.group !== 'nodes' || typeof e.data.type !== 'string') continue;
    const id = e.data.id as string;
    const ref = str(e.data.ref) || id;
    refOf.set(id, ref);
    if (keep && !keep.has(id)) continue;
    const prev = nodes.get(ref);
    if (prev) {
      prev.sectors = [...new Set([...prev.sectors, ...arr(e.data.sectorIds)])];
      prev.levels = [...new Set([...prev.levels, ...arr(e.data.levelIds)])];
      prev.documents = [...new Set([...prev.documents, ...arr(e.data.documentIds)])].sort();
      continue;
    }
    nodes.set(ref, {
      id: ref,
      label: str(e.data.label),
      name: str(e.data.name),
      type: str(e.data.type),
      kind: str(e.data.kind),
      status: str(e.data.status),
      sector: str(e.data.sector),
      sectors: arr(e.data.sectorIds),
      levels: arr(e.data.levelIds),
      documents: arr(e.data.documentIds),
      x: Math.round(e.position?.x ?? 0),
      y: Math.round(e.position?.y ?? 0),
    });
  }
  const edges = new Map<string, ExportEdge>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const id = e.data.id as string;
    if (keep && !keep.has(id)) continue;
    const source = refOf.get(e.data.source as string) ?? str(e.data.source);
    const target = refOf.get(e.data.target as string) ?? str(e.data.target);
    if (!nodes.has(source) || !nodes.has(target)) continue;
    const ref = str(e.data.ref) || id;
    if (edges.has(ref)) continue;
    edges.set(ref, {
      id: ref,
      source,
      target,
      type: str(e.data.type),
      kinds: arr(e.data.kinds),
      weight: typeof e.data.weight === 'number' ? e.data.weight : 1,
      documents: arr(e.data.documentIds),
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
