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
  type CypherQuery,
} from './cypher.ts';
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
}

/** Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is unset. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
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
      // Fail fast when the server is gone, so requests get STORE_UNAVAILABLE rather than hanging.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'samkart',
    });
    this.database = config.database;
    this.batchSize = config.batchSize ?? 2_000;
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
    await this.write(batch, CURATED_TAG, false);
  }

  async writeDocument(batch: DocumentBatch): Promise<void> {
    await this.write(batch, batch.documentId, true);
  }

  async clear(): Promise<void> {
    await this.run(clearQuery(), 'WRITE');
  }

  async counts(): Promise<GraphCounts> {
    const counts: GraphCounts = { nodes: {}, edges: {} };
    for (const r of await this.run(countsQuery(), 'READ')) {
      const key = r.get('key') as string | null;
      const c = toNumber(r.get('c'));
      if (!key) continue;
      if (r.get('what') === 'node') {
        if (LABEL_KEYS.has(key)) counts.nodes[key as NodeLabel] = c;
      } else counts.edges[key as RelType] = c;
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
    return `neo4j:${toNumber(r?.get('revision') ?? 0)}`;
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (e) {
      throw mapError(e);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async write(batch: GraphBatch, doc: string, withdrawFirst: boolean): Promise<void> {
    await this.init();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        const inBatch = new Set(batch.nodes.map((n) => n.id));
        const outside = [...new Set(batch.edges.flatMap((e) => [e.source, e.target]))].filter((id) => !inBatch.has(id));
        const existing = new Set<string>();
        if (outside.length) {
          for (const r of await txRun(tx, existingIdsQuery(outside))) existing.add(r.get('id') as string);
        }
        validateBatch(batch, (id) => existing.has(id));
        if (withdrawFirst) {
          const [known] = await txRun(tx, existingIdsQuery([doc]));
          if (known) {
            await txRun(tx, withdrawEdgesQuery(doc));
            await txRun(tx, withdrawNodesQuery(doc));
          }
        }
        for (const [group, rows] of groupNodes(batch)) {
          const [label, kind] = group.split('/') as [NodeLabel, string];
          for (const chunk of chunks(rows, this.batchSize)) {
            await txRun(tx, mergeNodesQuery(label, kind ? (kind as ActorKind) : null, chunk, doc));
          }
        }
        for (const [type, rows] of groupEdges(batch)) {
          for (const chunk of chunks(rows, this.batchSize)) {
            await txRun(tx, mergeEdgesQuery(type, chunk, doc));
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
    try {
      const result = await this.driver.executeQuery(q.cypher, q.params, {
        database: this.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      });
      return result.records;
    } catch (e) {
      throw mapError(e);
    }
  }
}

async function txRun(tx: ManagedTransaction, q: CypherQuery): Promise<Neo4jRecord[]> {
  return (await tx.run(q.cypher, q.params)).records;
}

function groupNodes(batch: GraphBatch): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  for (const n of batch.nodes) {
    const kind = n.label === 'Actor' && ACTOR_KINDS.includes(n.props.kind as ActorKind) ? String(n.props.kind) : '';
    const key = `${n.label}/${kind}`;
    const rows = groups.get(key) ?? [];
    rows.push({ id: n.id, props: toNeo4jProps(n.props), ev: n.evidence.map(evidenceKey) });
    groups.set(key, rows);
  }
  return groups;
}

function groupEdges(batch: GraphBatch): Map<RelType, unknown[]> {
  const groups = new Map<RelType, unknown[]>();
  for (const e of batch.edges) {
    const rows = groups.get(e.type) ?? [];
    rows.push({ id: e.id, source: e.source, target: e.target, props: toNeo4jProps(e.props), ev: e.evidence.map(evidenceKey) });
    groups.set(e.type, rows);
  }
  return groups;
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
  if (err?.code?.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed')) {
    return new InvalidInputError(`Neo4j refused the write: ${err.message}`, { cause: e });
  }
  if (/ECONNREFUSED|ECONNRESET|Could not perform discovery|Connection acquisition timed out|getaddrinfo/i.test(err?.message ?? '')) {
    return new StoreUnavailableError(`Neo4j does not answer: ${err.message}`, { cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}
