/**
 * Runs the analysts' notebook top to bottom against a live server, so it
 * never rots. Needs Python with the packages in requirements.txt (.ci/run
 * installs them into .data/venv); skips with its reason otherwise, unless
 * SAMKART_REQUIRE_NOTEBOOK=1.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const venv = `${root}.data/venv/bin/python`;
const python = existsSync(venv) ? venv : 'python3';
const probe = spawnSync(python, ['-c', 'import nbclient, nbformat, ipykernel, pandas, networkx, requests'], { encoding: 'utf8' });
const reason = probe.status === 0 ? null : `${python} cannot import the notebook's packages (pip install -r scripts/notebooks/requirements.txt into .data/venv): ${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1)}`;
if (reason && process.env.SAMKART_REQUIRE_NOTEBOOK === '1') throw new Error(`The notebook test is required (SAMKART_REQUIRE_NOTEBOOK=1) but cannot run: ${reason}`);
if (reason) console.warn(`Skipping the notebook test: ${reason}`);

describe.skipIf(!!reason)(reason ? `analysts' notebook (skipped: ${reason})` : "analysts' notebook", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs clean against the live server', async () => {
    // Asynchronously: the server lives in this process and must keep answering while Python runs.
    const run = await promisify(execFile)(python, [fileURLToPath(new URL('./run-notebook.py', import.meta.url)), fileURLToPath(new URL('./explore.ipynb', import.meta.url))], {
      encoding: 'utf8',
      env: { ...process.env, SAMKART_URL: server.url },
      timeout: 180_000,
    }).catch((e: { stdout: string; stderr: string }) => e);
    expect(run.stderr + run.stdout).toMatch(/ran \d+ code cells, 0 errors/);
  }, 200_000);
});
