/**
 * Pure Cypher builders for the Neo4j adapter. Each returns `{ cypher, params }`;
 * every value travels as a parameter, and the only words spliced into query
 * text (labels, relationship types) come from the model's allow-lists.
 */
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  NODE_LABELS,
  REL_TYPES,
  InvalidInputError,
  type ActorKind,
  type NodeLabel,
  type RelType,
} from '../model/index.ts';
import type { EdgeQuery, NodeQuery } from './GraphStore.ts';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** The label every Samkart node carries, so one unique index finds any node by id. */
export const ENTITY = 'Entity';
const META = 'SamkartMeta';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(REL_TYPES);
const KIND_LABELS = [...new Set(Object.values(ACTOR_KIND_LABELS).flat())];

function label(l: string): string {
  if (!LABELS.has(l)) throw new InvalidInputError(`unknown node label ${l}`);
  return l;
}

function relType(t: string): string {
  if (!TYPES.has(t)) throw new InvalidInputError(`unknown relationship type ${t}`);
  return t;
}

/** Uniqueness constraints on ids: one over all nodes, one per label. */
export function constraintQueries(): CypherQuery[] {
  return [ENTITY, ...NODE_LABELS, META].map((l) => ({
    cypher: `CREATE CONSTRAINT ${l.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
}

const UNION_EV = (v: string) =>
  `${v}.ev = [k IN coalesce(${v}.ev, []) WHERE NOT k IN row.ev] + row.ev, ` +
  `${v}.docs = [d IN coalesce(${v}.docs, []) WHERE NOT d IN row.docs] + row.docs`;

/**
 * Merges nodes of one label (and, for actors, one kind) from `rows` of
 * `{id, props, ev, docs}`: `docs` are the documents (or the curated tag) the
 * row comes from, so one query can carry rows of many documents.
 */
export function mergeNodesQuery(nodeLabel: NodeLabel, kind: ActorKind | null, rows: unknown[]): CypherQuery {
  const l = label(nodeLabel);
  let kindClause = '';
  if (kind !== null) {
    if (!ACTOR_KINDS.includes(kind)) throw new InvalidInputError(`unknown actor kind ${kind}`);
    const mine = ACTOR_KIND_LABELS[kind];
    const others = KIND_LABELS.filter((k) => !mine.includes(k));
    kindClause = ` REMOVE n:${others.join(':')} SET n:${mine.join(':')}`;
  }
  return {
    cypher:
      `UNWIND $rows AS row MERGE (n:${ENTITY} {id: row.id}) SET n:${l} SET n += row.props, ${UNION_EV('n')}` +
      kindClause,
    params: { rows },
  };
}

/** Merges edges of one type from `rows` of `{id, source, target, props, ev, docs}`; ends must exist. */
export function mergeEdgesQuery(type: RelType, rows: unknown[]): CypherQuery {
  const t = relType(type);
  return {
    cypher:
      `UNWIND $rows AS row MATCH (a:${ENTITY} {id: row.source}) MATCH (b:${ENTITY} {id: row.target}) ` +
      `MERGE (a)-[r:${t} {id: row.id}]->(b) SET r += row.props, ${UNION_EV('r')} RETURN count(r) AS written`,
    params: { rows },
  };
}

/** Which of these ids exist. */
export function existingIdsQuery(ids: string[]): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY}) WHERE n.id IN $ids RETURN n.id AS id`, params: { ids } };
}

/** Evidence keys start with their document id and "|" (see evidenceKey). */
const EV_OF_DOCS = `[k IN r.ev WHERE NOT split(k, '|')[0] IN $docs]`;

/** Takes back some documents' edges and evidence (step 1 of 2: relationships). */
export function withdrawEdgesQuery(docs: readonly string[]): CypherQuery {
  return {
    cypher:
      `MATCH ()-[r]->() WHERE any(d IN r.docs WHERE d IN $docs) ` +
      `SET r.docs = [d IN r.docs WHERE NOT d IN $docs], r.ev = ${EV_OF_DOCS} ` +
      `WITH r WHERE size(r.docs) = 0 DELETE r`,
    params: { docs },
  };
}

/** Takes back some documents' nodes and evidence (step 2 of 2: nodes). */
export function withdrawNodesQuery(docs: readonly string[]): CypherQuery {
  return {
    cypher:
      `MATCH (n:${ENTITY}) WHERE any(d IN n.docs WHERE d IN $docs) ` +
      `SET n.docs = [d IN n.docs WHERE NOT d IN $docs], n.ev = ${EV_OF_DOCS.replace('r.ev', 'n.ev')} ` +
      `WITH n WHERE size(n.docs) = 0 DETACH DELETE n`,
    params: { docs },
  };
}

/**
 * Bumps the graph's revision, inside every write transaction (and `clear`).
 * The meta node is made once with a random epoch, so a version never comes
 * back even if someone deletes the node by hand: the revision restarts, the
 * epoch does not.
 */
export function bumpRevisionQuery(): CypherQuery {
  return {
    cypher: `MERGE (m:${META} {id: 'meta'}) ON CREATE SET m.epoch = randomUUID() SET m.revision = coalesce(m.revision, 0) + 1`,
    params: {},
  };
}

/** Reads the graph's revision and epoch (0 and null before the first write). */
export function revisionQuery(): CypherQuery {
  return { cypher: `OPTIONAL MATCH (m:${META} {id: 'meta'}) RETURN coalesce(m.revision, 0) AS revision, m.epoch AS epoch`, params: {} };
}

/** Nodes by id. */
export function getNodesQuery(ids: readonly string[]): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY}) WHERE n.id IN $ids RETURN n`, params: { ids } };
}

/** Nodes of a label, filtered, ordered by id, paged. */
export function findNodesQuery(q: NodeQuery, toInt: (n: number) => unknown): CypherQuery {
  const l = label(q.label);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const match = q.ids ? `MATCH (n:${ENTITY}) WHERE n.id IN $ids AND n:${l}` : `MATCH (n:${l})`;
  if (q.ids) params.ids = q.ids;
  Object.entries(q.where ?? {}).forEach(([key, values], i) => {
    params[`k${i}`] = key;
    params[`v${i}`] = values;
    where.push(`(n[$k${i}] IN $v${i} OR (n[$k${i}] IS NULL AND any(v IN $v${i} WHERE v IS NULL)))`);
  });
  // Facts that corrections reject are hidden unless asked for (graph/store/correction-layer.ts).
  if (!q.includeRejected) where.push('n.rejected IS NULL');
  const filter = where.length ? (q.ids ? ' AND ' : ' WHERE ') + where.join(' AND ') : '';
  let tail = ' RETURN n ORDER BY n.id';
  if (q.offset) {
    tail += ' SKIP $offset';
    params.offset = toInt(q.offset);
  }
  if (q.limit !== undefined) {
    tail += ' LIMIT $limit';
    params.limit = toInt(q.limit);
  }
  return { cypher: match + filter + tail, params };
}

/** Edges matching the query, with their ends' ids, ordered by id. */
export function findEdgesQuery(q: EdgeQuery): CypherQuery {
  const types = q.types ? q.types.map(relType) : null;
  if (types && types.length === 0) return { cypher: 'RETURN 1 AS none LIMIT 0', params: {} };
  const rel = types ? `[r:${types.join('|')}]` : '[r]';
  const params: Record<string, unknown> = {};
  let cypher: string;
  if (q.nodeIds) {
    params.nodeIds = q.nodeIds;
    cypher = `MATCH (x:${ENTITY}) WHERE x.id IN $nodeIds MATCH (x)-${rel}-(:${ENTITY}) WITH DISTINCT r MATCH (a)-[r]->(b)`;
  } else if (q.sourceIds) {
    cypher = `MATCH (a:${ENTITY}) WHERE a.id IN $sourceIds MATCH (a)-${rel}->(b:${ENTITY})`;
  } else if (q.targetIds) {
    cypher = `MATCH (b:${ENTITY}) WHERE b.id IN $targetIds MATCH (a:${ENTITY})-${rel}->(b)`;
  } else {
    cypher = `MATCH (a:${ENTITY})-${rel}->(b:${ENTITY})`;
  }
  const where: string[] = [];
  if (q.sourceIds) {
    params.sourceIds = q.sourceIds;
    if (q.nodeIds || q.targetIds) where.push('a.id IN $sourceIds');
  }
  if (q.targetIds) {
    params.targetIds = q.targetIds;
    if (q.nodeIds || q.sourceIds) where.push('b.id IN $targetIds');
  }
  if (!q.includeRejected) where.push('r.rejected IS NULL');
  if (where.length) cypher += ' WHERE ' + where.join(' AND ');
  cypher += ' RETURN r, type(r) AS type, a.id AS source, b.id AS target ORDER BY r.id';
  return { cypher, params };
}

/**
 * Node counts by label and edge counts by type, in one query of one row
 * (`n_<Label>`, `e_<TYPE>`). Each is a COUNT subquery over one label or one
 * type, which Neo4j answers from its count store without touching the graph.
 */
export function countsQuery(): CypherQuery {
  const nodes = NODE_LABELS.map((l) => `COUNT { (:${label(l)}) } AS n_${l}`);
  const edges = REL_TYPES.map((t) => `COUNT { ()-[:${relType(t)}]->() } AS e_${t}`);
  return { cypher: `RETURN ${[...nodes, ...edges].join(', ')}`, params: {} };
}

/**
 * Deletes every Samkart node and relationship, but not the meta node: its
 * revision counts on (bumped in the same transaction), so a version seen
 * before a wipe never names the graph after it.
 */
export function clearQuery(): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY}) DETACH DELETE n`, params: {} };
}

/** The nodes a correction layer touched (to take it back). */
export function correctedNodesQuery(): CypherQuery {
  return { cypher: `MATCH (n:${ENTITY}) WHERE n.corrBase IS NOT NULL OR n.corrIds IS NOT NULL OR n.corrEv IS NOT NULL RETURN n`, params: {} };
}

/** The relationships a correction layer touched, with their ends' ids. */
export function correctedEdgesQuery(): CypherQuery {
  return {
    cypher: `MATCH (a:${ENTITY})-[r]->(b:${ENTITY}) WHERE r.corrBase IS NOT NULL OR r.corrIds IS NOT NULL OR r.corrEv IS NOT NULL RETURN r, type(r) AS type, a.id AS source, b.id AS target`,
    params: {},
  };
}

/** Relationships by id, found from their source nodes (`rows` of {id, source}), with their ends' ids. */
export function edgesByIdQuery(rows: { id: string; source: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row MATCH (a:${ENTITY} {id: row.source})-[r]->(b:${ENTITY}) WHERE r.id = row.id RETURN r, type(r) AS type, a.id AS source, b.id AS target`,
    params: { rows },
  };
}

/** Replaces nodes' properties whole (`rows` of {id, props}; props include id, ev and docs). */
export function setNodePropsQuery(rows: unknown[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row MATCH (n:${ENTITY} {id: row.id}) SET n = row.props`, params: { rows } };
}

/** Replaces relationships' properties whole (`rows` of {id, source, props}). */
export function setEdgePropsQuery(rows: unknown[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row MATCH (a:${ENTITY} {id: row.source})-[r]->() WHERE r.id = row.id SET r = row.props`, params: { rows } };
}

/** Gives actors the labels of their kind (after a correction set or took back a kind). */
export function actorKindLabelsQuery(kind: ActorKind, ids: string[]): CypherQuery {
  if (!ACTOR_KINDS.includes(kind)) throw new InvalidInputError(`unknown actor kind ${kind}`);
  const mine = ACTOR_KIND_LABELS[kind];
  const others = KIND_LABELS.filter((k) => !mine.includes(k));
  return { cypher: `UNWIND $ids AS id MATCH (n:${ENTITY}:Actor {id: id}) REMOVE n:${others.join(':')} SET n:${mine.join(':')}`, params: { ids } };
}
