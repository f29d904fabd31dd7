/**
 * Helpers for the analytics tests: the snapshot of the seeds loaded into an
 * embedded store (loaded once per test file), and short names for the seeds'
 * efforts ("T15" for Tiltak 15, initiative keys for initiatives). Not part of
 * the module's API.
 */
import { DEFAULT_SEEDS_DIR, loadDocuments } from '../load/index.ts';
import { snapshotsOf, type GraphSnapshot } from '../query/index.ts';
import { EmbeddedStore } from '../store/index.ts';

let loaded: Promise<EmbeddedStore> | null = null;

/** The snapshot of the five seeds in an embedded store. */
export async function seedSnapshot(): Promise<GraphSnapshot> {
  loaded ??= (async () => {
    const store = new EmbeddedStore();
    await loadDocuments(store, [DEFAULT_SEEDS_DIR]);
    return store;
  })();
  return snapshotsOf(await loaded).at();
}

/** "measure:001-5ce2774f9b8cd589:15" → "T15"; "initiative:bti" → "bti". */
export function shortId(id: string): string {
  return id.replace(/^measure:[^:]+:/, 'T').replace(/^initiative:/, '');
}

/** An unordered pair key of short ids. */
export function pairKey(a: string, b: string): string {
  const [x, y] = [shortId(a), shortId(b)].sort();
  return `${x}~${y}`;
}
