/**
 * The embedded adapter: the graph in process memory, on graphology. Used
 * whenever NEO4J_URI is not set. It can be saved to and restored from a
 * JSON snapshot, which is how `npm run load` hands a graph to `npm start`.
 */
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import {
  InvalidInputError,
  compareEvidence,
  evidenceKey,
  parseEvidenceKey,
  type DocumentBatch,
  type GraphBatch,
  type GraphCounts,
  type GraphEdge,
  type GraphNode,
  type NodeLabel,
  type Props,
  type RelType,
} from '../model/index.ts';
import type { EdgeQuery, GraphStore, NodeQuery } from './GraphStore.ts';
import { validateBatch } from './validate-batch.ts';
import { CURATED_TAG } from './curated-tag.ts';
import { CORRECTION_TAG, applyCorrectionPatch, hasCorrectionLayer, isRejected, revertCorrection, type CorrectionLayer } from './correction-layer.ts';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof MultiDirectedGraphType };

interface NodeAttrs {
  label: NodeLabel;
  props: Props;
  ev: string[];
  docs: string[];
}
interface EdgeAttrs extends NodeAttrs {
  type: RelType;
}
type Store = MultiDirectedGraphType<NodeAttrs, EdgeAttrs>;

/** Snapshot format written by `save()` and read by `EmbeddedStore.fromSnapshot`. */
export interface EmbeddedSnapshot {
  format: 'samkart-embedded-snapshot';
  version: 1;
  graph: ReturnType<Store['export']>;
}

/** The in-process store. */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private graph: Store = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  private revision = 0;
  /** Node ids by label and edge keys by type, so whole-label and whole-type reads never scan the graph. */
  private readonly byLabel = new Map<NodeLabel, Set<string>>();
  /** The nodes and edges each document stated: withdrawing a document visits only these, not the whole graph. */
  private readonly byDocument = new Map<string, { nodes: Set<string>; edges: Set<string> }>();
  private readonly byType = new Map<RelType, Set<string>>();

  /** A store restored from a snapshot made by `snapshot()`. */
  static fromSnapshot(snapshot: EmbeddedSnapshot): EmbeddedStore {
    if (snapshot?.format !== 'samkart-embedded-snapshot' || snapshot.version !== 1) {
      throw new InvalidInputError('not a Samkart snapshot (format samkart-embedded-snapshot, version 1)');
    }
    const store = new EmbeddedStore();
    store.graph.import(snapshot.graph);
    store.graph.forEachNode((id, a) => {
      store.index(store.byLabel, a.label, id);
      for (const d of a.docs) store.stated(d).nodes.add(id);
    });
    store.graph.forEachEdge((key, a) => {
      store.index(store.byType, a.type, key);
      for (const d of a.docs) store.stated(d).edges.add(key);
    });
    return store;
  }

  describe(): string {
    return 'embedded (graphology, in process)';
  }

  async init(): Promise<void> {}

  async writeBatch(batch: GraphBatch): Promise<void> {
    this.apply(batch, CURATED_TAG, false);
  }

  async writeDocument(batch: DocumentBatch): Promise<void> {
    this.apply(batch, batch.documentId, true);
  }

  async writeDocuments(batches: readonly DocumentBatch[]): Promise<void> {
    // All or nothing: every batch is checked, against the store and the batches before it, before any is applied.
    const earlier = new Set<string>();
    for (const b of batches) {
      validateBatch(b, (id) => earlier.has(id) || this.graph.hasNode(id));
      for (const n of b.nodes) earlier.add(n.id);
    }
    for (const b of batches) this.apply(b, b.documentId, true, false);
  }

  async replaceCorrections(layer: CorrectionLayer): Promise<void> {
    // Checked first, so a bad layer changes nothing.
    const g = this.graph;
    for (const p of layer.patches) {
      const there = p.on === 'node' ? g.hasNode(p.id) : g.hasEdge(p.id) && !this.correctionOnly(p.id);
      if (!there) throw new InvalidInputError(`correction patch: no ${p.on} ${p.id}`);
    }
    validateBatch({ nodes: [], edges: layer.edges }, (id) => g.hasNode(id));
    for (const e of layer.edges) {
      if (g.hasEdge(e.id) && !this.correctionOnly(e.id)) throw new InvalidInputError(`correction edge ${e.id} is stated by a document already`);
    }
    // Take the old layer back.
    g.forEachNode((id, a) => {
      if (!hasCorrectionLayer(a.props)) return;
      const r = revertCorrection(a.props, a.ev);
      g.replaceNodeAttributes(id, { ...a, props: r.props, ev: r.ev });
    });
    for (const key of g.edges()) {
      const a = g.getEdgeAttributes(key);
      if (a.docs.includes(CORRECTION_TAG)) {
        if (a.docs.length === 1) {
          this.dropEdge(key);
          continue;
        }
        a.docs = a.docs.filter((d) => d !== CORRECTION_TAG);
      }
      if (!hasCorrectionLayer(a.props)) continue;
      const r = revertCorrection(a.props, a.ev);
      g.replaceEdgeAttributes(key, { ...a, props: r.props, ev: r.ev });
    }
    this.byDocument.delete(CORRECTION_TAG);
    // Apply the new one.
    for (const p of layer.patches) {
      const a = p.on === 'node' ? g.getNodeAttributes(p.id) : g.getEdgeAttributes(p.id);
      const r = applyCorrectionPatch(a.props, a.ev, p, p.evidence.map(evidenceKey));
      if (p.on === 'node') g.replaceNodeAttributes(p.id, { ...a, props: r.props, ev: r.ev });
      else g.replaceEdgeAttributes(p.id, { ...(a as EdgeAttrs), props: r.props, ev: r.ev });
    }
    if (layer.edges.length) this.apply({ nodes: [], edges: layer.edges }, CORRECTION_TAG, false, false);
    this.revision++;
  }

  /** True for an edge only the correction layer states. */
  private correctionOnly(key: string): boolean {
    const docs = this.graph.getEdgeAttribute(key, 'docs');
    return docs.length === 1 && docs[0] === CORRECTION_TAG;
  }

  async clear(): Promise<void> {
    this.graph.clear();
    this.byDocument.clear();
    this.byLabel.clear();
    this.byType.clear();
    this.revision++;
  }

  async counts(): Promise<GraphCounts> {
    const counts: GraphCounts = { nodes: {}, edges: {} };
    for (const [label, ids] of this.byLabel) if (ids.size) counts.nodes[label] = ids.size;
    for (const [type, keys] of this.byType) if (keys.size) counts.edges[type] = keys.size;
    return counts;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => (this.graph.hasNode(id) ? this.toNode(id, this.graph.getNodeAttributes(id)) : null));
  }

  async findNodes(q: NodeQuery): Promise<GraphNode[]> {
    const ids = q.ids ? [...new Set(q.ids)].filter((id) => this.graph.hasNode(id)) : [...(this.byLabel.get(q.label) ?? [])];
    const where = Object.entries(q.where ?? {});
    const out: GraphNode[] = [];
    for (const id of ids) {
      const a = this.graph.getNodeAttributes(id);
      if (a.label !== q.label) continue;
      if (!q.includeRejected && isRejected(a.props)) continue;
      if (!where.every(([k, values]) => values.includes(a.props[k] ?? null))) continue;
      out.push(this.toNode(id, a));
    }
    out.sort(byId);
    return page(out, q.offset, q.limit);
  }

  async findEdges(q: EdgeQuery): Promise<GraphEdge[]> {
    const types = q.types ? new Set(q.types) : null;
    const sources = q.sourceIds ? new Set(q.sourceIds) : null;
    const targets = q.targetIds ? new Set(q.targetIds) : null;
    let candidates: string[];
    if (q.nodeIds || q.sourceIds || q.targetIds) {
      const seeds = q.nodeIds ?? q.sourceIds ?? q.targetIds ?? [];
      const set = new Set<string>();
      for (const id of seeds) {
        if (!this.graph.hasNode(id)) continue;
        const edges = q.nodeIds ? this.graph.edges(id) : q.sourceIds ? this.graph.outEdges(id) : this.graph.inEdges(id);
        for (const e of edges) set.add(e);
      }
      candidates = [...set];
    } else if (types) {
      candidates = [...types].flatMap((t) => [...(this.byType.get(t) ?? [])]);
    } else {
      candidates = this.graph.edges();
    }
    const nodeSet = q.nodeIds ? new Set(q.nodeIds) : null;
    const out: GraphEdge[] = [];
    for (const key of candidates) {
      const a = this.graph.getEdgeAttributes(key);
      const source = this.graph.source(key);
      const target = this.graph.target(key);
      if (types && !types.has(a.type)) continue;
      if (!q.includeRejected && isRejected(a.props)) continue;
      if (sources && !sources.has(source)) continue;
      if (targets && !targets.has(target)) continue;
      if (nodeSet && !nodeSet.has(source) && !nodeSet.has(target)) continue;
      out.push(this.toEdge(key, source, target, a));
    }
    return out.sort(byId);
  }

  async version(): Promise<string> {
    return `embedded:${this.revision}`;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  /** The whole graph as a JSON-serialisable snapshot. */
  snapshot(): EmbeddedSnapshot {
    return { format: 'samkart-embedded-snapshot', version: 1, graph: this.graph.export() };
  }

  /** Read-only access for in-process algorithms (analytics, layouts). */
  get raw(): Store {
    return this.graph;
  }

  private index<K>(index: Map<K, Set<string>>, key: K, id: string): void {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(id);
  }

  private dropEdge(key: string): void {
    this.byType.get(this.graph.getEdgeAttribute(key, 'type'))?.delete(key);
    this.graph.dropEdge(key);
  }

  private dropNode(id: string): void {
    for (const key of this.graph.edges(id)) this.dropEdge(key);
    this.byLabel.get(this.graph.getNodeAttribute(id, 'label'))?.delete(id);
    this.graph.dropNode(id);
  }

  private stated(documentId: string): { nodes: Set<string>; edges: Set<string> } {
    let s = this.byDocument.get(documentId);
    if (!s) {
      s = { nodes: new Set(), edges: new Set() };
      this.byDocument.set(documentId, s);
    }
    return s;
  }

  private apply(batch: GraphBatch, documentId: string, withdrawFirst: boolean, validate = true): void {
    // Validation first, so a bad batch changes nothing: the in-memory "transaction".
    if (validate) validateBatch(batch, (id) => this.graph.hasNode(id));
    // Only a document loaded before has anything to take back; skipping the scan keeps first loads linear.
    if (withdrawFirst && this.graph.hasNode(documentId)) this.withdraw(documentId);
    const stated = this.stated(documentId);
    for (const n of batch.nodes) stated.nodes.add(n.id);
    for (const e of batch.edges) stated.edges.add(e.id);
    for (const n of batch.nodes) {
      const ev = n.evidence.map(evidenceKey);
      if (this.graph.hasNode(n.id)) {
        const a = this.graph.getNodeAttributes(n.id);
        if (a.label !== n.label) throw new InvalidInputError(`node ${n.id} is a ${a.label}, not a ${n.label}`);
        this.graph.replaceNodeAttributes(n.id, {
          label: n.label,
          props: { ...a.props, ...n.props },
          ev: union(a.ev, ev),
          docs: union(a.docs, [documentId]),
        });
      } else {
        this.graph.addNode(n.id, { label: n.label, props: { ...n.props }, ev, docs: [documentId] });
        this.index(this.byLabel, n.label, n.id);
      }
    }
    for (const e of batch.edges) {
      const ev = e.evidence.map(evidenceKey);
      if (this.graph.hasEdge(e.id)) {
        const a = this.graph.getEdgeAttributes(e.id);
        this.graph.replaceEdgeAttributes(e.id, {
          type: e.type,
          label: a.label,
          props: { ...a.props, ...e.props },
          ev: union(a.ev, ev),
          docs: union(a.docs, [documentId]),
        });
      } else {
        this.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
          type: e.type,
          label: 'Document',
          props: { ...e.props },
          ev,
          docs: [documentId],
        });
        this.index(this.byType, e.type, e.id);
      }
    }
    this.revision++;
  }

  /** Takes back what one document contributed: its evidence, and what only it stated. */
  private withdraw(documentId: string): void {
    const prefix = `${documentId}|`;
    const strip = (a: NodeAttrs): boolean => {
      if (!a.docs.includes(documentId)) return false;
      a.docs = a.docs.filter((d) => d !== documentId);
      a.ev = a.ev.filter((k) => !k.startsWith(prefix));
      return a.docs.length === 0;
    };
    const stated = this.byDocument.get(documentId);
    if (!stated) return;
    this.byDocument.delete(documentId);
    for (const key of stated.edges) {
      if (this.graph.hasEdge(key) && strip(this.graph.getEdgeAttributes(key))) this.dropEdge(key);
    }
    for (const id of stated.nodes) {
      if (this.graph.hasNode(id) && strip(this.graph.getNodeAttributes(id))) this.dropNode(id);
    }
  }

  private toNode(id: string, a: NodeAttrs): GraphNode {
    return { id, label: a.label, props: { ...a.props }, evidence: a.ev.map(parseEvidenceKey).sort(compareEvidence) };
  }

  private toEdge(id: string, source: string, target: string, a: EdgeAttrs): GraphEdge {
    return { id, type: a.type, source, target, props: { ...a.props }, evidence: a.ev.map(parseEvidenceKey).sort(compareEvidence) };
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function page<T>(items: T[], offset = 0, limit?: number): T[] {
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}
