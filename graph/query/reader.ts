/**
 * GraphReader: one request's handle on the read model. It asks the store's
 * snapshot source (snapshot/source.ts) for the snapshot of the request's
 * graph version once, and then holds it, so every field of the request reads
 * the same immutable snapshot with plain, synchronous calls
 * (snapshot/nodes.ts, lists.ts, …). It caches nothing itself.
 */
import type { GraphStore } from '../store/index.ts';
import type { Subgraph, SubgraphFilter } from './subgraph.ts';
import { snapshotsOf, subgraph, type GraphSnapshot } from './snapshot/index.ts';
import { sharedWork } from './shared-work.ts';

export class GraphReader {
  private pending: Promise<GraphSnapshot> | null = null;
  private held: GraphSnapshot | null = null;

  /** `version`: the graph version, when the caller already asked the store for it this request. */
  constructor(
    private readonly store: GraphStore,
    private readonly options: { version?: string } = {},
  ) {}

  /** The request's snapshot, fetched (or built) once; waiting for a build other requests share does not count against the request's time limit. */
  snapshot(): Promise<GraphSnapshot> {
    return (this.pending ??= sharedWork(snapshotsOf(this.store).at(this.options.version)).then((s) => (this.held = s)));
  }

  /**
   * The snapshot, for fields below the root: every root field awaits
   * `snapshot()` before GraphQL reaches the fields of what it returned.
   */
  get now(): GraphSnapshot {
    if (!this.held) throw new Error('GraphReader.now before snapshot(): a root field must await the snapshot first');
    return this.held;
  }

  /** A subgraph, for scripts and tests (see snapshot/subgraph.ts). */
  async subgraph(filter: SubgraphFilter = {}): Promise<Subgraph> {
    return subgraph(await this.snapshot(), filter);
  }
}
