/**
 * Where snapshots come from: one source per store keeps the snapshot of the
 * store's current version, builds a new one when the version changes (one
 * build at a time per version, however many requests ask), and starts its
 * layouts as soon as it is built. `refresh()` builds it ahead of the first
 * request, e.g. right after a load. What else is made with each version (the
 * analytics of graph/analytics, which depend on this module and so cannot be
 * called from it) registers with `withEachVersion`.
 */
import type { GraphStore } from '../../store/index.ts';
import { outsideRequests, versionWork } from '../shared-work.ts';
import { startLayouts } from './layouts.ts';
import { indexSnapshot, readSnapshotData, type GraphSnapshot } from './snapshot.ts';

export interface SnapshotBuildTimes {
  version: string;
  /** Reading the store. */
  readMs: number;
  /** Indexing, grouping and the matrix. */
  indexMs: number;
  /** Every layout, after the build (in the layout thread). */
  layoutMs: number;
}

export interface SnapshotSourceOptions {
  /** Told how long each build took, once its layouts are done too. */
  onBuilt?: (times: SnapshotBuildTimes) => void;
}

/** Work started on each new snapshot as soon as it is built. */
export type VersionWork = (snapshot: GraphSnapshot) => void;

export class SnapshotSource {
  private current: { version: string; snapshot: Promise<GraphSnapshot> } | null = null;
  private readonly work = new Set<VersionWork>();

  constructor(
    private readonly store: GraphStore,
    private readonly options: SnapshotSourceOptions = {},
  ) {}

  /** The snapshot at `version` (the store's current one when not given). */
  async at(version?: string): Promise<GraphSnapshot> {
    const v = version ?? (await this.store.version());
    if (this.current?.version === v) return this.current.snapshot;
    const entry = { version: v, snapshot: versionWork(this.build(v)) };
    this.current = entry;
    entry.snapshot.catch(() => {
      if (this.current === entry) this.current = null;
    });
    return entry.snapshot;
  }

  /**
   * Starts `work` on every snapshot this source builds from now on, and on the
   * one it holds or is building; the same function is registered once.
   */
  withEachVersion(work: VersionWork): void {
    if (this.work.has(work)) return;
    this.work.add(work);
    this.current?.snapshot.then((s) => this.begin(work, s), () => {});
  }

  private readonly begun = new WeakMap<GraphSnapshot, Set<VersionWork>>();

  /** Starts one work on one snapshot, once. */
  private begin(work: VersionWork, snapshot: GraphSnapshot): void {
    let done = this.begun.get(snapshot);
    if (!done) this.begun.set(snapshot, (done = new Set()));
    if (done.has(work)) return;
    done.add(work);
    outsideRequests(() => work(snapshot));
  }

  /** The version whose snapshot this source holds or is building; null before the first build. */
  get version(): string | null {
    return this.current?.version ?? null;
  }

  /** Builds the snapshot of the store's current version now, if it is not built yet. */
  refresh(): Promise<GraphSnapshot> {
    return this.at();
  }

  private async build(version: string): Promise<GraphSnapshot> {
    const t0 = performance.now();
    const data = await readSnapshotData(this.store, version);
    const t1 = performance.now();
    const snapshot = await indexSnapshot(data, startLayouts);
    const t2 = performance.now();
    for (const work of this.work) this.begin(work, snapshot);
    if (this.options.onBuilt) {
      const report = this.options.onBuilt;
      void Promise.all([...snapshot.layouts.values(), ...snapshot.overviewLayouts.values()]).then(
        () => report({ version, readMs: t1 - t0, indexMs: t2 - t1, layoutMs: performance.now() - t2 }),
        () => {},
      );
    }
    return snapshot;
  }
}

const sources = new WeakMap<GraphStore, SnapshotSource>();

/** The one snapshot source of a store. */
export function snapshotsOf(store: GraphStore, options?: SnapshotSourceOptions): SnapshotSource {
  let source = sources.get(store);
  if (!source) sources.set(store, (source = new SnapshotSource(store, options)));
  return source;
}
