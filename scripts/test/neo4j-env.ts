/**
 * Test-side helper for Neo4j suites: reads what scripts/test/neo4j-global-setup.ts provided
 * (connection settings, or the reason Neo4j is unavailable) via vitest's inject().
 *
 *   const neo = neo4jTestConfig();
 *   describe.skipIf(!hasNeo4j(neo))(suiteName('my suite', neo), () => { ... });
 *
 * With SAMKART_REQUIRE_NEO4J=1, an unavailable Neo4j throws instead of skipping, so the run fails.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri?: string;
    neo4jUsername?: string;
    neo4jPassword?: string;
    neo4jDatabase?: string;
    /** Where the connection came from: "env" (NEO4J_URI) or "local" (started by the global setup). */
    neo4jSource?: string;
    neo4jSkipReason?: string;
  }
}

export interface Neo4jConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export type Neo4jTestConfig = Neo4jConnectionConfig | { skipReason: string };

/** Environment variable that turns "skip Neo4j suites" into "fail the run". */
export const REQUIRE_NEO4J_ENV = 'SAMKART_REQUIRE_NEO4J';

let warned = false;

/** Connection settings for Neo4j suites, or the reason they must skip (throws if Neo4j is required). */
export function neo4jTestConfig(): Neo4jTestConfig {
  const uri = inject('neo4jUri') ?? (process.env.NEO4J_URI || undefined);
  if (uri) {
    return {
      uri,
      username: inject('neo4jUsername') ?? process.env.NEO4J_USERNAME ?? 'neo4j',
      password: inject('neo4jPassword') ?? process.env.NEO4J_PASSWORD ?? 'neo4j',
      database: inject('neo4jDatabase') ?? process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  }
  const reason =
    inject('neo4jSkipReason') ??
    'NEO4J_URI is not set and the Neo4j global setup (scripts/test/neo4j-global-setup.ts) did not run, so there is no Neo4j to test against';
  if (process.env[REQUIRE_NEO4J_ENV] === '1') {
    throw new Error(`The Neo4j test suite is required (${REQUIRE_NEO4J_ENV}=1) but cannot run: ${reason}`);
  }
  if (!warned) {
    warned = true;
    console.warn(`Skipping Neo4j tests: ${reason}`);
  }
  return { skipReason: reason };
}

/** Type guard: true when the config has connection settings (not a skip reason). */
export function hasNeo4j(cfg: Neo4jTestConfig): cfg is Neo4jConnectionConfig {
  return !('skipReason' in cfg);
}

/** Suite title that carries the skip reason, so skipped suites say why in the test report. */
export function suiteName(name: string, cfg: Neo4jTestConfig): string {
  return hasNeo4j(cfg) ? name : `${name} (skipped: ${cfg.skipReason.split('\n')[0]})`;
}
