/**
 * The store port: the one interface the loader, the graph functions and the
 * server use to reach the graph, whichever store holds it. Two adapters
 * implement it (EmbeddedStore, Neo4jStore) and one contract suite tests both.
 *
 * What a store adds is persistence (atomic, idempotent writes per document;
 * a version that changes with every write) and, for Neo4j, Cypher for
 * notebooks and other tools. The API does not read the store row by row:
 * when the version changes, graph/query/snapshot reads every node and
 * relation once (`findNodes` per label, `findEdges`, `counts`) into an
 * immutable snapshot, and every query is answered from that snapshot. So
 * both stores give the same answers by construction, and the reads here
 * only need to be correct and ordered, not tuned per query.
 */
import type {
  DocumentBatch,
  GraphBatch,
  GraphCounts,
  GraphEdge,
  GraphNode,
  NodeLabel,
  PropValue,
  RelType,
} from '../model/index.ts';
import type { CorrectionLayer } from './correction-layer.ts';

/** Which nodes to read. Results are ordered by id (ids are ASCII slugs, so both stores agree). */
export interface NodeQuery {
  label: NodeLabel;
  ids?: readonly string[];
  /** Scalar property filters: props[key] must be one of the values. */
  where?: Record<string, readonly PropValue[]>;
  limit?: number;
  offset?: number;
  /** Also nodes that corrections reject or merged away (hidden by default; see correction-layer.ts). */
  includeRejected?: boolean;
}

/** Which edges to read. Every given condition must hold. Results are ordered by id. */
export interface EdgeQuery {
  types?: readonly RelType[];
  sourceIds?: readonly string[];
  targetIds?: readonly string[];
  /** Edges touching any of these nodes, at either end. */
  nodeIds?: readonly string[];
  /** Also edges that corrections reject (hidden by default). */
  includeRejected?: boolean;
}

export type StoreKind = 'embedded' | 'neo4j';

/** The port. Every read is one round trip to the store; a write is one transaction. */
export interface GraphStore {
  readonly kind: StoreKind;
  /** Human-readable description for logs ("embedded (graphology)", "neo4j bolt://…"). */
  describe(): string;
  /** Prepares the store (constraints, indexes). Idempotent. */
  init(): Promise<void>;
  /** Merges curated nodes and edges that belong to no document (levels, sectors, gazetteer facts). */
  writeBatch(batch: GraphBatch): Promise<void>;
  /**
   * Writes everything one document contributes, atomically: what that document
   * contributed before is withdrawn first, so loading twice gives the same graph.
   */
  writeDocument(batch: DocumentBatch): Promise<void>;
  /**
   * Writes several documents, in order, with the same result as `writeDocument`
   * on each; all or nothing, in one transaction, so a bulk load costs a few
   * round trips per thousands of rows rather than a few per document.
   */
  writeDocuments(batches: readonly DocumentBatch[]): Promise<void>;
  /**
   * Takes back the correction layer applied before and applies this one, in
   * one transaction: the graph then holds the documents with exactly these
   * corrections (an empty layer leaves the documents as loaded).
   */
  replaceCorrections(layer: CorrectionLayer): Promise<void>;
  /** Removes everything. */
  clear(): Promise<void>;
  counts(): Promise<GraphCounts>;
  /** Nodes by id, in the order asked, null where unknown. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  findNodes(query: NodeQuery): Promise<GraphNode[]>;
  findEdges(query: EdgeQuery): Promise<GraphEdge[]>;
  /** A token that changes whenever the graph changes; derived data is cached per version. */
  version(): Promise<string>;
  /** Resolves when the store answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
