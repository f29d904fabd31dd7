import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client.ts';

function fakeFetch(status: number, body: unknown): { fetch: typeof fetch; calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  const f = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { fetch: f, calls };
}

describe('createApiClient', () => {
  it('POSTs the query and variables and unwraps data', async () => {
    const { fetch, calls } = fakeFetch(200, {
      data: { search: [{ node: { __typename: 'Actor', id: 'actor:hdir', name: 'Helsedirektoratet', abbreviation: 'Hdir', kind: 'DIRECTORATE' }, score: 1, snippet: null }] },
    });
    const api = createApiClient({ fetch });
    const hits = await api.search('Hdir', 10);
    expect(hits[0].node.id).toBe('actor:hdir');
    expect(calls[0].method).toBe('POST');
    const sent = JSON.parse(String(calls[0].body)) as { variables: unknown };
    expect(sent.variables).toEqual({ text: 'Hdir', limit: 10 });
  });

  it('asks again while the server is busy building its graph, and gives up after the last wait', async () => {
    const answers = [
      { status: 503, body: { errors: [{ message: 'Timed out', extensions: { code: 'TIMEOUT' } }] } },
      { status: 503, body: { errors: [{ message: 'Store down', extensions: { code: 'STORE_UNAVAILABLE' } }] } },
      { status: 200, body: { data: { search: [] } } },
    ];
    let calls = 0;
    const busyThenOk = (async () => {
      const a = answers[Math.min(calls++, answers.length - 1)];
      return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    expect(await createApiClient({ fetch: busyThenOk, retryDelaysMs: [1, 1, 1] }).search('x', 1)).toEqual([]);
    expect(calls).toBe(3);
    const alwaysBusy = fakeFetch(503, { errors: [{ message: 'Timed out', extensions: { code: 'TIMEOUT' } }] });
    await expect(createApiClient({ fetch: alwaysBusy.fetch, retryDelaysMs: [1, 1] }).meta()).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(alwaysBusy.calls).toHaveLength(3);
    const notFound = fakeFetch(200, { data: null, errors: [{ message: 'No', extensions: { code: 'NOT_FOUND' } }] });
    await expect(createApiClient({ fetch: notFound.fetch, retryDelaysMs: [1, 1] }).node('actor:x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(notFound.calls).toHaveLength(1);
  });

  it('stops waiting to ask again when the request is cancelled', async () => {
    const busy = fakeFetch(503, { errors: [{ message: 'Timed out', extensions: { code: 'TIMEOUT' } }] });
    const controller = new AbortController();
    const pending = createApiClient({ fetch: busy.fetch, retryDelaysMs: [60_000] }).meta(controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(busy.calls).toHaveLength(1);
  });

  it('surfaces the GraphQL error code', async () => {
    const { fetch } = fakeFetch(200, {
      data: null,
      errors: [{ message: 'No node actor:x', path: ['node'], extensions: { code: 'NOT_FOUND' } }],
    });
    const api = createApiClient({ fetch });
    const err = await api.node('actor:x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('NOT_FOUND');
    expect((err as ApiError).path).toEqual(['node']);
  });

  it('maps HTTP and network failures to codes', async () => {
    const bad = createApiClient({ fetch: fakeFetch(502, 'Bad gateway').fetch });
    await expect(bad.meta()).rejects.toMatchObject({ code: 'HTTP_ERROR' });
    const down = createApiClient({
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    await expect(down.meta()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
