/**
 * Derived data (search index, coordination network, subgraph base) computed
 * once per graph version and shared between requests.
 */

/** A cache that forgets everything when the graph version changes. */
export class VersionCache {
  private version: string | null = null;
  private readonly values = new Map<string, Promise<unknown>>();

  /** The value for `key` at `version`, computed once. A failed computation is not kept. */
  get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.values.clear();
    }
    let value = this.values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.values.set(key, value);
      value.catch(() => {
        if (this.values.get(key) === value) this.values.delete(key);
      });
    }
    return value;
  }
}
