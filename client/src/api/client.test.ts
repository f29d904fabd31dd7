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
