/**
 * The naive Neo4j writer the load benchmark compares the store's UNWIND
 * batches with: the same DocumentBatch rows, with the same merge semantics
 * (labels, kind label, properties, evidence and document unions), but one
 * parameterised MERGE per node or edge, each its own round trip, in one
 * transaction per document. Used only by the benchmark.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ACTOR_KIND_LABELS, ACTOR_KINDS, NODE_LABELS, REL_TYPES, evidenceKey, type ActorKind, type DocumentBatch, type GraphBatch, type Props } from '../../graph/model/index.ts';

const KIND_LABELS = [...new Set(Object.values(ACTOR_KIND_LABELS).flat())];
const UNION = (v: string) =>
  `${v}.ev = [k IN coalesce(${v}.ev, []) WHERE NOT k IN $ev] + $ev, ${v}.docs = [d IN coalesce(${v}.docs, []) WHERE NOT d IN $docs] + $docs`;

function allowed<T extends string>(list: readonly T[], value: string): T {
  if (!list.includes(value as T)) throw new Error(`not allowed: ${value}`);
  return value as T;
}

/** Whole numbers as Neo4j Integers, as the store writes them. */
function props(p: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'number' && Number.isInteger(v)) out[k] = neo4j.int(v);
    else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'number' && Number.isInteger(x))) out[k] = (v as number[]).map((x) => neo4j.int(x));
    else out[k] = v;
  }
  return out;
}

/** One MERGE per row, one round trip each. */
export class NaiveNeo4jWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database = 'neo4j',
  ) {}

  /** Curated rows, tagged as the store tags them. */
  writeBatch(batch: GraphBatch): Promise<void> {
    return this.write(batch, '@curated');
  }

  /** One document's rows, in one transaction (a fresh database: nothing to withdraw). */
  writeDocument(batch: DocumentBatch): Promise<void> {
    return this.write(batch, batch.documentId);
  }

  private async write(batch: GraphBatch, doc: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (const n of batch.nodes) {
          const label = allowed(NODE_LABELS, n.label);
          const mine = label === 'Actor' && ACTOR_KINDS.includes(n.props.kind as ActorKind) ? ACTOR_KIND_LABELS[n.props.kind as ActorKind] : null;
          const kindClause = mine ? ` REMOVE n:${KIND_LABELS.filter((k) => !mine.includes(k)).join(':')} SET n:${mine.join(':')}` : '';
          await tx.run(`MERGE (n:Entity {id: $id}) SET n:${label} SET n += $props, ${UNION('n')}${kindClause}`, {
            id: n.id,
            props: props(n.props),
            ev: n.evidence.map(evidenceKey),
            docs: [doc],
          });
        }
        for (const e of batch.edges) {
          const type = allowed(REL_TYPES, e.type);
          await tx.run(
            `MATCH (a:Entity {id: $source}) MATCH (b:Entity {id: $target}) MERGE (a)-[r:${type} {id: $id}]->(b) SET r += $props, ${UNION('r')}`,
            { id: e.id, source: e.source, target: e.target, props: props(e.props), ev: e.evidence.map(evidenceKey), docs: [doc] },
          );
        }
        await tx.run(`MERGE (m:SamkartMeta {id: 'meta'}) SET m.revision = coalesce(m.revision, 0) + 1`);
      });
    } finally {
      await session.close();
    }
  }
}
