/**
 * Runs an API call when its key changes and keeps the latest result. Results
 * are cached by key for the session, so switching back to a view is instant.
 * This and the API client are the explorer's only I/O path; components get
 * data from these hooks, never from fetch.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../api/index.ts';

export interface AsyncState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

const cache = new Map<string, unknown>();

/** Result of `run()` for `key`; a null key means "nothing to load". */
export function useAsync<T>(key: string | null, run: (signal: AbortSignal) => Promise<T>, reloadToken = 0): AsyncState<T> {
  const cached = key !== null && cache.has(key) ? (cache.get(key) as T) : null;
  const [state, setState] = useState<AsyncState<T> & { key: string | null }>({ key, data: cached, error: null, loading: key !== null && cached === null });

  useEffect(() => {
    if (key === null) {
      setState({ key, data: null, error: null, loading: false });
      return;
    }
    if (cache.has(key)) {
      setState({ key, data: cache.get(key) as T, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }));
    run(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        cache.set(key, data);
        setState({ key, data, error: null, loading: false });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(String((err as Error)?.message ?? err), 'CLIENT_ERROR');
        setState({ key, data: null, error, loading: false });
      },
    );
    return () => controller.abort();
    // `run` is recreated each render; the key says when the work changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reloadToken]);

  if (state.key !== key) return { data: cached, error: null, loading: key !== null && cached === null };
  return state;
}

/** Forgets cached results (e.g. after "try again"). */
export function clearAsyncCache(): void {
  cache.clear();
}
