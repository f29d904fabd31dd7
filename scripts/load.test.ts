/**
 * The load CLI as a user runs it: progress and a summary on stderr, the report
 * as JSON on stdout, a non-zero exit when a document fails, a snapshot that
 * `npm start` can use.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/load.ts'), ...args], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run load', () => {
  it('writes a snapshot of the seeds and prints a summary table', async () => {
    const snapshot = join(mkdtempSync(join(tmpdir(), 'samkart-snap-')), 'graph.json');
    const r = await run([], { SAMKART_SNAPSHOT: snapshot });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[5\/5\] ok {2}004_fb3c94fb15fcba30\.txt/);
    expect(r.stderr).toMatch(/measures\s+15/);
    expect(r.stderr).toMatch(/warning 003_327b104fa933f692\.txt:\d+: /);
    expect(JSON.parse(readFileSync(snapshot, 'utf8')).format).toBe('samkart-embedded-snapshot');
  }, 60_000);

  it('names the failing file, loads the rest and exits non-zero; --json reports on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-cli-'));
    writeFileSync(join(dir, 'god.txt'), 'Tiltak 1: Noe\n\nStatus\n\nI rute.\n\nAnsvarlig: Kunnskapsdepartementet\n');
    writeFileSync(join(dir, 'binær.txt'), Buffer.from([0, 159, 146, 150]));
    const r = await run([dir, '--dry-run', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED binær\.txt: binær\.txt: this is a binary file/);
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { fileName: string; ok: boolean }) => [d.fileName, d.ok])).toEqual([
      ['binær.txt', false],
      ['god.txt', true],
    ]);
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
  }, 60_000);

  it('adds to the snapshot on a second load, as Neo4j does, and starts over with --replace-all (issue 11, item 15)', async () => {
    const snapshot = join(mkdtempSync(join(tmpdir(), 'samkart-snap-')), 'graph.json');
    const a = mkdtempSync(join(tmpdir(), 'samkart-a-'));
    const b = mkdtempSync(join(tmpdir(), 'samkart-b-'));
    writeFileSync(join(a, 'a.txt'), 'Tiltak 1: Første\n\nAnsvarlig: Kunnskapsdepartementet\n');
    writeFileSync(join(b, 'b.txt'), 'Tiltak 1: Andre\n\nAnsvarlig: Helse- og omsorgsdepartementet\n');
    const documents = () => JSON.parse(readFileSync(snapshot, 'utf8')).graph.nodes.filter((n: { key: string }) => n.key.startsWith('doc:')).map((n: { key: string }) => n.key).sort();
    expect((await run([a], { SAMKART_SNAPSHOT: snapshot })).code).toBe(0);
    expect((await run([b], { SAMKART_SNAPSHOT: snapshot })).code).toBe(0);
    expect(documents()).toEqual(['doc:a', 'doc:b']);
    expect((await run([b, '--replace-all'], { SAMKART_SNAPSHOT: snapshot })).code).toBe(0);
    expect(documents()).toEqual(['doc:b']);
  }, 120_000);
});
