/**
 * The Neo4j adapter: the only module that talks to neo4j-driver. It opens
 * sessions, writes in UNWIND batches (one transaction per document), converts
 * Integers at the boundary and maps driver errors to typed errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import {
  ACTOR_KINDS,
  GraphError,
  InvalidInputError,
  StoreUnavailableError,
  compareEvidence,
  evidenceKey,
  parseEvidenceKey,
  type ActorKind,
  type DocumentBatch,
  type GraphBatch,
  type GraphCounts,
  type GraphEdge,
  type GraphNode,
  type NodeLabel,
  type PropValue,
  type Props,
  type RelType,
} from '../model/index.ts';
import { waitDeadline } from './wait-deadline.ts';
import {
  bumpRevisionQuery,
  clearQuery,
  constraintQueries,
  countsQuery,
  existingIdsQuery,
  findEdgesQuery,
  findNodesQuery,
  getNodesQuery,
  mergeEdgesQuery,
  mergeNodesQuery,
  revisionQuery,
  withdrawEdgesQuery,
  withdrawNodesQuery,
  actorKindLabelsQuery,
  correctedEdgesQuery,
  correctedNodesQuery,
  edgesByIdQuery,
  setEdgePropsQuery,
  setNodePropsQuery,
  type CypherQuery,
} from './cypher.ts';
import { CORRECTION_TAG, applyCorrectionPatch, revertCorrection, type CorrectionLayer, type CorrectionPatch } from './correction-layer.ts';
import type { EdgeQuery, GraphStore, NodeQuery } from './GraphStore.ts';
import { validateBatch } from './validate-batch.ts';
import { CURATED_TAG } from './curated-tag.ts';

/** Connection settings, named as Neo4j's own tools name them. */
export interface Neo4jConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** Rows per UNWIND batch. */
  batchSize?: number;
  /** A read (or ping) with no answer by then is StoreUnavailableError (default 4 s). */
  readTimeoutMs?: number;
  /** After the store failed to answer, reads fail at once for this long (default 2 s), unless a ping gets through first. */
  breakerCooldownMs?: number;
}

const LABEL_KEYS = new Set(['Document', 'Actor', 'Sector', 'Level', 'Measure', 'Initiative']);

/** The Neo4j store. Works unchanged with bolt://, neo4j:// and neo4j+s:// (clusters, Aura). */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly batchSize: number;
  private initialised = false;

  constructor(private readonly config: Neo4jConfig) {
    const auth = config.username && config.password ? neo4j.auth.basic(config.username, config.password) : undefined;
    this.driver = neo4j.driver(config.uri, auth, {
      // Fail fast when the server is gone, so requests get STORE_UNAVAILABLE rather than hanging: a refused
      // connection was retried for the whole retry time (5 s) per call, and a request makes several calls.
      connectionAcquisitionTimeout: 3_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 2_000,
      userAgent: 'samkart',
    });
    this.database = config.database;
    this.batchSize = config.batchSize ?? 2_000;
    this.readTimeoutMs = config.readTimeoutMs ?? 4_000;
    this.breakerCooldownMs = config.breakerCooldownMs ?? 2_000;
  }

  private readonly readTimeoutMs: number;
  private readonly breakerCooldownMs: number;
  /**
   * The circuit breaker: while `openUntil` is ahead, reads fail at once with
   * `lastFailure`, so during an outage every request is told within
   * milliseconds instead of each waiting out the driver's timeouts. The first
   * read after the cool-down tries again; a ping (the /health probe) always
   * tries, and closes the breaker when it gets through.
   */
  private openUntil = 0;
  private lastFailure: StoreUnavailableError | null = null;

  /** True while the breaker is open: the store failed to answer a moment ago. */
  get unavailable(): boolean {
    return Date.now() < this.openUntil;
  }

  /**
   * Runs a read through the breaker, with the read deadline: Neo4j must start
   * answering within `readTimeoutMs`. The deadline ends when `work` calls
   * `answered()` (the first answer of its query), not when the last record
   * has come, so a large read that streams (a version's read model of a
   * national graph takes longer than the deadline to transfer) is not taken
   * for an outage; a read that never calls it must end within the deadline.
   */
  private async guarded<T>(work: (answered: () => void) => Promise<T>, bypassBreaker = false): Promise<T> {
    if (!bypassBreaker && this.unavailable && this.lastFailure) {
      throw new StoreUnavailableError(`${this.lastFailure.message} (not retried for ${this.breakerCooldownMs} ms)`, { cause: this.lastFailure });
    }
    // Time our own event loop spent blocked (say, building a version's read model) is not charged to Neo4j.
    const deadline = waitDeadline(this.readTimeoutMs, () => new StoreUnavailableError(`Neo4j does not answer within ${this.readTimeoutMs} ms`));
    const pending = work(() => deadline.cancel());
    pending.catch(() => {});
    try {
      const result = await Promise.race([pending, deadline.expired]);
      this.openUntil = 0;
      this.lastFailure = null;
      return result;
    } catch (e) {
      const mapped = mapError(e);
      if (mapped instanceof StoreUnavailableError) {
        this.lastFailure = mapped;
        this.openUntil = Date.now() + this.breakerCooldownMs;
      }
      throw mapped;
    } finally {
      deadline.cancel();
    }
  }

  describe(): string {
    return `neo4j ${this.config.uri}${this.database ? ` (database ${this.database})` : ''}`;
  }

  async init(): Promise<void> {
    if (this.initialised) return;
    for (const q of constraintQueries()) await this.run(q, 'WRITE');
    this.initialised = true;
  }

  async writeBatch(batch: GraphBatch): Promise<void> {
    await this.write([{ batch, doc: CURATED_TAG, withdraw: false }]);
  }

  async writeDocument(batch: DocumentBatch): Promise<void> {
    await this.write([{ batch, doc: batch.documentId, withdraw: true }]);
  }

  async writeDocuments(batches: readonly DocumentBatch[]): Promise<void> {
    if (batches.length) await this.write(batches.map((batch) => ({ batch, doc: batch.documentId, withdraw: true })));
  }

  /**
   * One transaction: withdraw the edges only corrections stated, read what
   * the old layer touched and what the new one patches, work out each item's
   * properties here (take back, then patch), write them whole, fix actors'
   * kind labels, and merge the new layer's edges.
   */
  async replaceCorrections(layer: CorrectionLayer): Promise<void> {
    await this.init();
    validateBatch({ nodes: [], edges: layer.edges }, () => true);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        await txRun(tx, withdrawEdgesQuery([CORRECTION_TAG]));
        type Item = { id: string; label?: NodeLabel; source?: string; props: Props; ev: string[]; docs: string[] };
        const nodes = new Map<string, Item>();
        const edges = new Map<string, Item>();
        const readNode = (n: { labels: string[]; properties: Record<string, unknown> }) => {
          const g = toNode(n);
          nodes.set(g.id, { id: g.id, label: g.label, props: g.props, ev: (n.properties.ev as string[]) ?? [], docs: (n.properties.docs as string[]) ?? [] });
        };
        const readEdge = (r: Neo4jRecord) => {
          const g = toEdge(r);
          const raw = (r.get('r') as { properties: Record<string, unknown> }).properties;
          edges.set(g.id, { id: g.id, source: g.source, props: g.props, ev: (raw.ev as string[]) ?? [], docs: (raw.docs as string[]) ?? [] });
        };
        for (const r of await txRun(tx, correctedNodesQuery())) readNode(r.get('n'));
        for (const r of await txRun(tx, correctedEdgesQuery())) readEdge(r);
        const nodeIds = layer.patches.filter((p) => p.on === 'node' && !nodes.has(p.id)).map((p) => p.id);
        if (nodeIds.length) for (const r of await txRun(tx, getNodesQuery(nodeIds))) readNode(r.get('n'));
        const edgeRows = layer.patches.filter((p) => p.on === 'edge' && !edges.has(p.id)).map((p) => ({ id: p.id, source: patchSource(p) }));
        if (edgeRows.length) for (const r of await txRun(tx, edgesByIdQuery(edgeRows))) readEdge(r);
        const kindBefore = new Map([...nodes.values()].map((n) => [n.id, n.props.kind]));
        // Take back, then patch.
        for (const item of [...nodes.values(), ...edges.values()]) Object.assign(item, revertCorrection(item.props, item.ev));
        for (const p of layer.patches) {
          const item = (p.on === 'node' ? nodes : edges).get(p.id);
          if (!item) throw new InvalidInputError(`correction patch: no ${p.on} ${p.id}`);
          Object.assign(item, applyCorrectionPatch(item.props, item.ev, p, p.evidence.map(evidenceKey)));
        }
        const row = (i: Item) => ({ id: i.id, source: i.source, props: { ...toNeo4jProps(i.props), id: i.id, ev: i.ev, docs: i.docs } });
        for (const chunk of chunks([...nodes.values()].map(row), this.batchSize)) await txRun(tx, setNodePropsQuery(chunk));
        for (const chunk of chunks([...edges.values()].map(row), this.batchSize)) await txRun(tx, setEdgePropsQuery(chunk));
        const relabel = new Map<ActorKind, string[]>();
        for (const n of nodes.values()) {
          if (n.label !== 'Actor' || n.props.kind === kindBefore.get(n.id) || !ACTOR_KINDS.includes(n.props.kind as ActorKind)) continue;
          relabel.set(n.props.kind as ActorKind, [...(relabel.get(n.props.kind as ActorKind) ?? []), n.id]);
        }
        for (const [kind, ids] of relabel) await txRun(tx, actorKindLabelsQuery(kind, ids));
        if (layer.edges.length) {
          const clash = layer.edges.filter((e) => edges.has(e.id));
          if (clash.length) throw new InvalidInputError(`correction edge ${clash[0].id} is stated by a document already`);
          const { edges: rows } = combineRows([{ batch: { nodes: [], edges: layer.edges }, doc: CORRECTION_TAG, withdraw: false }]);
          for (const [type, typed] of rows) {
            for (const chunk of chunks(typed, this.batchSize)) {
              const [res] = await txRun(tx, mergeEdgesQuery(type, chunk));
              if (toNumber(res?.get('written') ?? 0) !== chunk.length) throw new InvalidInputError(`correction edges of type ${type}: an end is not in the store`);
            }
          }
        }
        await txRun(tx, bumpRevisionQuery());
      });
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  async clear(): Promise<void> {
    await this.init();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        await txRun(tx, clearQuery());
        await txRun(tx, bumpRevisionQuery());
      });
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  async counts(): Promise<GraphCounts> {
    const counts: GraphCounts = { nodes: {}, edges: {} };
    const [r] = await this.run(countsQuery(), 'READ');
    for (const key of r?.keys ?? []) {
      const c = toNumber(r.get(key));
      if (!c) continue;
      const name = String(key).slice(2);
      if (String(key).startsWith('n_')) counts.nodes[name as NodeLabel] = c;
      else counts.edges[name as RelType] = c;
    }
    return counts;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.run(getNodesQuery([...new Set(ids)]), 'READ');
    const byId = new Map<string, GraphNode>();
    for (const r of records) {
      const n = toNode(r.get('n'));
      byId.set(n.id, n);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findNodes(q: NodeQuery): Promise<GraphNode[]> {
    if (q.ids && q.ids.length === 0) return [];
    const records = await this.run(findNodesQuery(q, (n) => neo4j.int(n)), 'READ');
    return records.map((r) => toNode(r.get('n')));
  }

  async findEdges(q: EdgeQuery): Promise<GraphEdge[]> {
    if ([q.nodeIds, q.sourceIds, q.targetIds].some((ids) => ids && ids.length === 0)) return [];
    const records = await this.run(findEdgesQuery(q), 'READ');
    return records.map((r) => toEdge(r));
  }

  async version(): Promise<string> {
    const [r] = await this.run(revisionQuery(), 'READ');
    const epoch = r?.get('epoch') as string | null | undefined;
    return `neo4j:${epoch ? `${epoch.slice(0, 8)}:` : ''}${toNumber(r?.get('revision') ?? 0)}`;
  }

  async ping(): Promise<void> {
    await this.guarded(() => this.driver.verifyConnectivity({ database: this.database }).then(() => undefined), true);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * One transaction for all parts: check every batch, withdraw what reloaded
   * documents stated before, then merge all rows, grouped by label and type,
   * in UNWIND chunks. Rows for the same id are combined first, in order, so the
   * result is the same as writing the parts one by one.
   */
  private async write(parts: readonly WritePart[]): Promise<void> {
    await this.init();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        const inBatch = new Set(parts.flatMap((p) => p.batch.nodes.map((n) => n.id)));
        const outside = [...new Set(parts.flatMap((p) => p.batch.edges.flatMap((e) => [e.source, e.target])))].filter((id) => !inBatch.has(id));
        const existing = new Set<string>();
        if (outside.length) {
          for (const r of await txRun(tx, existingIdsQuery(outside))) existing.add(r.get('id') as string);
        }
        const earlier = new Set<string>();
        for (const p of parts) {
          validateBatch(p.batch, (id) => existing.has(id) || earlier.has(id));
          for (const n of p.batch.nodes) earlier.add(n.id);
        }
        const reload = [...new Set(parts.filter((p) => p.withdraw).map((p) => p.doc))];
        if (reload.length) {
          const known = (await txRun(tx, existingIdsQuery(reload))).map((r) => r.get('id') as string);
          if (known.length) {
            await txRun(tx, withdrawEdgesQuery(known));
            await txRun(tx, withdrawNodesQuery(known));
          }
        }
        const { nodes, edges } = combineRows(parts);
        for (const [group, rows] of nodes) {
          const [label, kind] = group.split('/') as [NodeLabel, string];
          for (const chunk of chunks(rows, this.batchSize)) {
            await txRun(tx, mergeNodesQuery(label, kind ? (kind as ActorKind) : null, chunk));
          }
        }
        for (const [type, rows] of edges) {
          for (const chunk of chunks(rows, this.batchSize)) {
            await txRun(tx, mergeEdgesQuery(type, chunk));
          }
        }
        await txRun(tx, bumpRevisionQuery());
      });
    } catch (e) {
      throw mapError(e);
    } finally {
      await session.close();
    }
  }

  private async run(q: CypherQuery, mode: 'READ' | 'WRITE'): Promise<Neo4jRecord[]> {
    // Reads answer requests, so they go through the breaker and must start answering in time; writes (loads) may take long.
    if (mode === 'READ') return this.guarded((answered) => this.read(q, answered));
    try {
      return (await this.driver.executeQuery(q.cypher, q.params, { database: this.database, routing: neo4j.routing.WRITE })).records;
    } catch (e) {
      throw mapError(e);
    }
  }

  /** A read in a managed transaction (retried on transient errors), its records streamed; `answered` is told when the first answer comes. */
  private async read(q: CypherQuery, answered: () => void): Promise<Neo4jRecord[]> {
    // executeQuery's bookmark manager, as writes use: a read after a write sees it, on a cluster too.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.driver.executeQueryBookmarkManager });
    try {
      return await session.executeRead(
        (tx) =>
          new Promise<Neo4jRecord[]>((resolve, reject) => {
            const records: Neo4jRecord[] = [];
            tx.run(q.cypher, q.params).subscribe({
              onKeys: answered,
              onNext: (r) => void records.push(r),
              onCompleted: () => resolve(records),
              onError: reject,
            });
          }),
      );
    } finally {
      await session.close();
    }
  }
}

/** An edge patch's source node, by which Neo4j finds the relationship. */
function patchSource(p: CorrectionPatch): string {
  if (!p.source) throw new InvalidInputError(`correction patch on edge ${p.id} names no source`);
  return p.source;
}

async function txRun(tx: ManagedTransaction, q: CypherQuery): Promise<Neo4jRecord[]> {
  return (await tx.run(q.cypher, q.params)).records;
}

/** One batch to write, with the provenance tag its rows carry and whether that document's earlier contribution goes first. */
interface WritePart {
  batch: GraphBatch;
  doc: string;
  withdraw: boolean;
}

interface Row {
  id: string;
  props: Props;
  ev: string[];
  docs: string[];
  evSet: Set<string>;
}

/** Adds one part's node or edge to the row for its id: later props win, evidence and documents are unions. */
function addToRow<R extends Row>(rows: Map<string, R>, make: () => R, props: Props, ev: string[], doc: string): void {
  const id = make().id;
  let row = rows.get(id);
  if (!row) rows.set(id, (row = make()));
  Object.assign(row.props, props);
  for (const k of ev) {
    if (row.evSet.has(k)) continue;
    row.evSet.add(k);
    row.ev.push(k);
  }
  if (!row.docs.includes(doc)) row.docs.push(doc);
}

/** Rows for all parts, one per id, grouped: nodes by label and actor kind, edges by type. */
function combineRows(parts: readonly WritePart[]): { nodes: Map<string, unknown[]>; edges: Map<RelType, unknown[]> } {
  const nodeRows = new Map<string, Row & { label: NodeLabel }>();
  const edgeRows = new Map<string, Row & { type: RelType; source: string; target: string }>();
  for (const { batch, doc } of parts) {
    for (const n of batch.nodes) {
      addToRow(nodeRows, () => ({ id: n.id, label: n.label, props: {}, ev: [], docs: [], evSet: new Set() }), n.props, n.evidence.map(evidenceKey), doc);
      nodeRows.get(n.id)!.label = n.label;
    }
    for (const e of batch.edges) {
      addToRow(edgeRows, () => ({ id: e.id, type: e.type, source: e.source, target: e.target, props: {}, ev: [], docs: [], evSet: new Set() }), e.props, e.evidence.map(evidenceKey), doc);
    }
  }
  const nodes = new Map<string, unknown[]>();
  for (const r of nodeRows.values()) {
    const kind = r.label === 'Actor' && ACTOR_KINDS.includes(r.props.kind as ActorKind) ? String(r.props.kind) : '';
    const key = `${r.label}/${kind}`;
    const rows = nodes.get(key) ?? [];
    rows.push({ id: r.id, props: toNeo4jProps(r.props), ev: r.ev, docs: r.docs });
    nodes.set(key, rows);
  }
  const edges = new Map<RelType, unknown[]>();
  for (const r of edgeRows.values()) {
    const rows = edges.get(r.type) ?? [];
    rows.push({ id: r.id, source: r.source, target: r.target, props: toNeo4jProps(r.props), ev: r.ev, docs: r.docs });
    edges.set(r.type, rows);
  }
  return { nodes, edges };
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Whole numbers go to Neo4j as Integers, so Cypher users see `rank: 0`, not `0.0`. */
function toNeo4jProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'number' && Number.isInteger(v)) out[k] = neo4j.int(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))) {
      out[k] = v.length ? (v as number[]).map((x) => neo4j.int(x)) : v;
    } else out[k] = v;
  }
  return out;
}

function toNumber(v: unknown): number {
  return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v);
}

function fromNeo4j(v: unknown): PropValue {
  if (neo4j.isInt(v)) return toNumber(v);
  if (Array.isArray(v)) return v.map((x) => fromNeo4j(x)) as PropValue;
  return v as PropValue;
}

function splitProps(raw: Record<string, unknown>): { id: string; props: Props; ev: string[] } {
  const props: Props = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'id' || k === 'ev' || k === 'docs') continue;
    props[k] = fromNeo4j(v);
  }
  return { id: String(raw.id), props, ev: (raw.ev as string[] | undefined) ?? [] };
}

function toNode(n: { labels: string[]; properties: Record<string, unknown> }): GraphNode {
  const { id, props, ev } = splitProps(n.properties);
  const label = n.labels.find((l) => LABEL_KEYS.has(l)) as NodeLabel;
  return { id, label, props, evidence: ev.map(parseEvidenceKey).sort(compareEvidence) };
}

function toEdge(r: Neo4jRecord): GraphEdge {
  const rel = r.get('r') as { properties: Record<string, unknown> };
  const { id, props, ev } = splitProps(rel.properties);
  return {
    id,
    type: r.get('type') as RelType,
    source: r.get('source') as string,
    target: r.get('target') as string,
    props,
    evidence: ev.map(parseEvidenceKey).sort(compareEvidence),
  };
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Driver errors become typed errors: unreachable → StoreUnavailableError; ours pass through. */
function mapError(e: unknown): Error {
  if (e instanceof GraphError) return e;
  const err = e as { code?: string; message?: string };
  if (err?.code && (UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.General'))) {
    return new StoreUnavailableError(`Neo4j does not answer: ${err.message ?? err.code}`, { cause: e });
  }
  if (err?.code?.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed') || /Property value is too large to index/i.test(err?.message ?? '')) {
    return new InvalidInputError(`Neo4j refused the write: ${err.message}`, { cause: e });
  }
  if (/ECONNREFUSED|ECONNRESET|Could not perform discovery|Connection acquisition timed out|getaddrinfo/i.test(err?.message ?? '')) {
    return new StoreUnavailableError(`Neo4j does not answer: ${err.message}`, { cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}
