import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { ADMIN_ERROR_KEYS, AdminApiError, adminErrorText, adminFetch } from './api.ts';

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; headers: Headers; method?: string }> = [];
  const f = (async (url: string, init: RequestInit = {}) => {
    calls.push({ url, headers: new Headers(init.headers), method: init.method });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { f, calls };
}

describe('adminFetch', () => {
  it('sends the token as a bearer header and returns the JSON answer', async () => {
    const { f, calls } = fakeFetch(200, { ok: 1 });
    expect(await adminFetch('/api/x', { method: 'DELETE' }, { fetch: f, token: 'secret-token-123456' })).toEqual({ ok: 1 });
    expect(calls[0].headers.get('authorization')).toBe('Bearer secret-token-123456');
    expect(calls[0].method).toBe('DELETE');
  });

  it('sends no authorization header without a token', async () => {
    const { f, calls } = fakeFetch(200, {});
    await adminFetch('/api/x', {}, { fetch: f, token: null });
    expect(calls[0].headers.has('authorization')).toBe(false);
  });

  it('turns an error answer into an AdminApiError with a Norwegian message naming the file', async () => {
    const { f } = fakeFetch(422, { error: { code: 'NO_TEXT_LAYER', message: 'scan.pdf has no text layer', file: 'scan.pdf' } });
    const error = await adminFetch('/api/documents', { method: 'POST' }, { fetch: f, token: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminApiError);
    const e = error as AdminApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('NO_TEXT_LAYER');
    expect(e.fileName).toBe('scan.pdf');
    expect(e.message).toMatch(/^scan\.pdf: .*OCR/);
    expect(adminErrorText(translator('en'), e)).toMatch(/^scan\.pdf: .*needs OCR/);
  });

  it('keeps the server message for codes it does not know, and survives a body that is not JSON', async () => {
    const odd = await adminFetch<never>('/api/x', {}, { fetch: fakeFetch(409, { error: { code: 'ODD', message: 'Odd thing.' } }).f, token: 't' }).catch((e: unknown) => e as AdminApiError);
    expect(odd.message).toBe('Noe gikk galt: Odd thing.');
    const html = await adminFetch<never>('/api/x', {}, { fetch: fakeFetch(502, '<html>bad gateway</html>').f, token: 't' }).catch((e: unknown) => e as AdminApiError);
    expect(html.code).toBe('INTERNAL');
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    const f = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const e = await adminFetch<never>('/api/x', {}, { fetch: f, token: 't' }).catch((err: unknown) => err as AdminApiError);
    expect(e.code).toBe('NETWORK_ERROR');
  });

  it('has a message in both languages for every code it knows', () => {
    for (const lang of ['nb', 'en'] as const) {
      const t = translator(lang);
      for (const key of Object.values(ADMIN_ERROR_KEYS)) expect(t(key)).not.toBe(key);
    }
  });
});
