/**
 * Checks a batch before any of it is written, so a bad batch changes nothing.
 */
import {
  InvalidInputError,
  NODE_LABELS,
  REL_TYPES,
  ACTOR_KINDS,
  type GraphBatch,
} from '../model/index.ts';
import { INDEXED_NODE_PROPERTIES, MAX_INDEXED_BYTES, indexedValueFits } from './limits.ts';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(REL_TYPES);
const KINDS = new Set<string>(ACTOR_KINDS);

/** Throws InvalidInputError naming the first bad node or edge. `exists` tells whether a node is already stored. */
export function validateBatch(batch: GraphBatch, exists: (id: string) => boolean): void {
  const ids = new Set<string>();
  for (const [i, n] of batch.nodes.entries()) {
    if (!n.id) throw new InvalidInputError(`nodes[${i}]: id is empty`);
    if (!LABELS.has(n.label)) throw new InvalidInputError(`nodes[${i}] (${n.id}): unknown label ${String(n.label)}`);
    if (n.label === 'Actor' && !KINDS.has(String(n.props.kind))) {
      throw new InvalidInputError(`nodes[${i}] (${n.id}): actor kind ${String(n.props.kind)} is not an ActorKind`);
    }
    for (const key of Object.keys(n.props)) {
      if (key === 'id' || key === 'ev' || key === 'docs') throw new InvalidInputError(`nodes[${i}] (${n.id}): property "${key}" is reserved`);
    }
    for (const key of INDEXED_NODE_PROPERTIES) {
      const value = key === 'id' ? n.id : n.props[key];
      if (typeof value === 'string' && !indexedValueFits(value)) {
        throw new InvalidInputError(
          `nodes[${i}] (${value.slice(0, 60)}…): ${key} is ${Buffer.byteLength(value)} bytes, more than the ${MAX_INDEXED_BYTES} a store can index (a name or number that long is not one)`,
        );
      }
    }
    ids.add(n.id);
  }
  for (const [i, e] of batch.edges.entries()) {
    if (!TYPES.has(e.type)) throw new InvalidInputError(`edges[${i}] (${e.id}): unknown type ${String(e.type)}`);
    for (const end of [e.source, e.target]) {
      if (!ids.has(end) && !exists(end)) throw new InvalidInputError(`edges[${i}] (${e.id}): node ${end} is neither in the batch nor in the store`);
    }
    for (const key of Object.keys(e.props)) {
      if (key === 'id' || key === 'ev' || key === 'docs') throw new InvalidInputError(`edges[${i}] (${e.id}): property "${key}" is reserved`);
    }
  }
}
