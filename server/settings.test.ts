import { describe, expect, it } from 'vitest';
import { serverSettingsFromEnv } from './settings.ts';

describe('serverSettingsFromEnv', () => {
  it('gives the defaults: 10 s per request, 30 s for a body, a 128 MB cache, no source maps', () => {
    expect(serverSettingsFromEnv({})).toEqual({
      timeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      responseCache: { maxBytes: 128 * 1024 * 1024 },
      sourceMaps: false,
      limits: { maxCost: 1_000_000, maxResultBytes: 32 * 1024 * 1024 },
    });
  });

  it('serves source maps only with SAMKART_SOURCE_MAPS=1, and turns the cache off with SAMKART_RESPONSE_CACHE=0', () => {
    const s = serverSettingsFromEnv({ SAMKART_SOURCE_MAPS: '1', SAMKART_RESPONSE_CACHE: '0', SAMKART_MAX_COST: '5000' });
    expect(s.sourceMaps).toBe(true);
    expect(s.responseCache).toBe(false);
    expect(s.limits.maxCost).toBe(5000);
  });

  it('names the variable when a value makes no sense', () => {
    expect(() => serverSettingsFromEnv({ SAMKART_TIMEOUT_MS: 'soon' })).toThrow(/SAMKART_TIMEOUT_MS/);
    expect(() => serverSettingsFromEnv({ SAMKART_SOURCE_MAPS: 'yes' })).toThrow(/SAMKART_SOURCE_MAPS/);
  });
});
