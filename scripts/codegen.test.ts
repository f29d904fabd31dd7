/**
 * The generated GraphQL types are checked in; this regenerates them in memory
 * from scripts/codegen.config.ts and fails when the checked-in files differ (run `npm run codegen`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from './codegen.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('generated GraphQL types', () => {
  it('are up to date with server/schema.graphql', async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const { filename, content } of outputs) {
      const path = filename.startsWith('/') ? filename : `${root}/${filename}`;
      expect(readFileSync(path, 'utf8'), `${filename} is stale: run npm run codegen`).toBe(content);
    }
  });
});
