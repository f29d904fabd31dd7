import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { adminTokenFromEnv, childEnv, ENV_VARIABLES, loadConfig, localNeo4jConfig, neo4jConfigFromEnv, parseLimitsFromEnv, serverSettingsFromEnv, snapshotPath, startConfig } from './config.ts';

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

describe('startConfig', () => {
  it('gives the defaults, and flags win over variables', () => {
    const c = startConfig([], {});
    expect([c.port, c.host, c.seedsDir, c.includePeople, c.followSymlinks, c.corsOrigins, c.neo4j]).toEqual([4000, '127.0.0.1', null, false, false, [], null]);
    const d = startConfig(['--port', '5000', '--seeds', 'a', '--follow-symlinks'], { PORT: '6000', SEEDS_DIR: 'b', SAMKART_INCLUDE_PEOPLE: '1', SAMKART_CORS_ORIGINS: 'http://a, http://b' });
    expect([d.port, d.seedsDir, d.includePeople, d.followSymlinks, d.corsOrigins]).toEqual([5000, 'a', true, true, ['http://a', 'http://b']]);
  });

  it('names the variable or flag when a value makes no sense', () => {
    expect(() => startConfig([], { PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => startConfig(['--port', '70000'], {})).toThrow(/--port/);
    expect(() => startConfig([], { SAMKART_INCLUDE_PEOPLE: 'yes' })).toThrow(/SAMKART_INCLUDE_PEOPLE/);
    expect(() => startConfig(['--no-such-flag'], {})).toThrow();
    expect(() => neo4jConfigFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });
});

describe('adminTokenFromEnv', () => {
  it('is null (writes off) when unset, and refuses a short or spaced token by name', () => {
    expect(startConfig([], {}).adminToken).toBeNull();
    expect(adminTokenFromEnv({ SAMKART_ADMIN_TOKEN: '' })).toBeNull();
    expect(adminTokenFromEnv({ SAMKART_ADMIN_TOKEN: 'a'.repeat(16) })).toBe('a'.repeat(16));
    expect(() => adminTokenFromEnv({ SAMKART_ADMIN_TOKEN: 'short' })).toThrow(/SAMKART_ADMIN_TOKEN must be at least 16/);
    expect(() => startConfig([], { SAMKART_ADMIN_TOKEN: 'a'.repeat(10) + ' ' + 'b'.repeat(10) })).toThrow(/SAMKART_ADMIN_TOKEN/);
  });
});

describe('loadConfig and the loader settings', () => {
  it('takes paths, then --seeds, then SEEDS_DIR; only the flags switch people and links on', () => {
    expect(loadConfig(['a', 'b'], { SEEDS_DIR: 'c' }).paths).toEqual(['a', 'b']);
    expect(loadConfig(['--seeds', 'd'], { SEEDS_DIR: 'c' }).paths).toEqual(['d']);
    expect(loadConfig([], { SEEDS_DIR: 'c' }).paths).toEqual(['c']);
    const c = loadConfig(['--replace-all'], { SAMKART_INCLUDE_PEOPLE: '1', SAMKART_FOLLOW_SYMLINKS: '1', SAMKART_SNAPSHOT: '/tmp/g.json' });
    expect([c.replaceAll, c.includePeople, c.followSymlinks, c.snapshot, c.neo4j]).toEqual([true, false, false, '/tmp/g.json', null]);
    const d = loadConfig(['--include-people', '--follow-symlinks'], {});
    expect([d.includePeople, d.followSymlinks]).toEqual([true, true]);
    expect(snapshotPath({})).toMatch(/\.data\/graph\.json$/);
  });

  it('checks the parser limits and names the bad variable', () => {
    expect(parseLimitsFromEnv({})).toEqual({});
    expect(parseLimitsFromEnv({ SAMKART_PARSE_MEMORY_MB: '256', SAMKART_PARSE_TIMEOUT_MS: '9000', SAMKART_PARSE_THREADS: '1' })).toEqual({ memoryMb: 256, timeoutBaseMs: 9000, threads: 1 });
    expect(() => parseLimitsFromEnv({ SAMKART_PARSE_THREADS: 'many' })).toThrow(/SAMKART_PARSE_THREADS/);
    expect(() => parseLimitsFromEnv({ SAMKART_PARSE_MEMORY_MB: '-5' })).toThrow(/SAMKART_PARSE_MEMORY_MB/);
  });
});

describe('localNeo4jConfig and childEnv', () => {
  it('takes the flag over the variable and names the bad one', () => {
    expect(localNeo4jConfig({}, {})).toEqual({ port: undefined, dataDir: undefined });
    expect(localNeo4jConfig({ port: '7700' }, { NEO4J_PORT: '7800', NEO4J_DATA_DIR: '/d' })).toEqual({ port: 7700, dataDir: '/d' });
    expect(() => localNeo4jConfig({}, { NEO4J_PORT: 'x' })).toThrow(/NEO4J_PORT/);
    expect(() => localNeo4jConfig({ port: '0' }, {})).toThrow(/--port/);
  });

  it('childEnv overrides and removes variables', () => {
    expect(childEnv({ A: '2', B: undefined }, { A: '1', B: 'x', C: 'y' })).toEqual({ A: '2', C: 'y' });
  });
});

describe('the README configuration table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const documented = new Set(
    section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...l.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1])),
  );

  it('lists every variable the config module knows, and no other', () => {
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('the config module names only listed variables', () => {
    const source = readFileSync(new URL('./config.ts', import.meta.url), 'utf8');
    const read = new Set([...source.matchAll(/env(?:\.|\[')([A-Z][A-Z0-9_]+)/g), ...source.matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]));
    // PATH is the system's search path for java and mvn, not a setting.
    for (const name of read) if (name !== 'PATH') expect(ENV_VARIABLES, name).toContain(name);
  });
});
