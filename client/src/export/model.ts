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
  /** Fill colour as drawn (its sector's), "#rrggbb". */
  color: string;
  /** Size as drawn, by how many links it has in the export. */
  size: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  kinds: string[];
  weight: number;
  documents: string[];
  /** For overlapping efforts: how alike (0 to 1), the words they share and why. */
  score?: number;
  sharedTerms?: string[];
  explanation?: string;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const arr = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** Colour of a node with no sector (and of anything else), as the canvas draws it. */
export const NEUTRAL_COLOR = '#8A8F98';

/** Colours by sector id, for `exportModel`; nodes without a known sector are neutral. */
export interface ExportStyle {
  colors?: ReadonlyMap<string, string>;
}

/** Node size by degree, as a node-link tool would size it (10 for a lone node). */
export const sizeByDegree = (degree: number) => Math.round((10 + 4 * Math.sqrt(degree)) * 10) / 10;

/** The graph nodes and links among `elements` whose element ids are in `keep` (all when null). */
export function exportModel(elements: readonly ElementDefinition[], keep: Set<string> | null, style: ExportStyle = {}): ExportGraph {
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
      color: style.colors?.get(str(e.data.sector)) ?? NEUTRAL_COLOR,
      size: sizeByDegree(0),
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
  const degree = new Map<string, number>();
  for (const e of edges.values()) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const n of nodes.values()) n.size = sizeByDegree(degree.get(n.id) ?? 0);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
