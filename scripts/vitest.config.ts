/**
 * Vitest config for the whole repo (it lives in scripts/; the root is the repo
 * root). Three projects: unit tests run in parallel; the Neo4j suites
 * (`*.int.test.ts`) share one database, so they run one file at a time; the
 * browser suites (`client/e2e`) drive one Chromium each, also one at a time.
 * The neo4j project's global setup provides a Neo4j (see scripts/test/neo4j-env.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // Node loads graphql's CommonJS build for every package; make Vite do the same, or two copies of graphql meet.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['graph/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          // Only this project needs a Neo4j; unit runs start none.
          globalSetup: ['scripts/test/neo4j-global-setup.ts'],
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['client/e2e/**/*.test.ts', '**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
