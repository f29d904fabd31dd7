/**
 * `npm run eval` as a user runs it: the table on stdout, --json, and --check's
 * exit code with the floor that failed named on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PLAN_GOLD, plainFolder } from './test-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/eval.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const floorsFile = (floors: object): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'samkart-floors-')), 'floors.json');
  writeFileSync(path, JSON.stringify(floors));
  return path;
};

describe('npm run eval', () => {
  const dir = plainFolder();

  it('prints the table, the overall rates and the items', async () => {
    const r = await run([dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^file\s+found\s+right/m);
    expect(r.stdout).toMatch(/^01\s+2\/2/m);
    expect(r.stdout).toMatch(/^overall\s+recall\s+precision/m);
    expect(r.stdout).toContain('Misses (gold not found), false positives');
  }, 60_000);

  it('prints JSON with --json', async () => {
    const r = await run([dir, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.overall.measures).toMatchObject({ found: 2, total: 2, recall: 1 });
    expect(out.files[0]).toMatchObject({ label: '01', textFile: '01_plan.txt' });
    expect(out.check).toBeUndefined();
  }, 60_000);

  it('--check exits 0 when the floors are met and 1 naming the floor that is not', async () => {
    const low = await run([dir, '--check', '--floors', floorsFile({ recall: { actors: 0, participants: null }, precision: { measures: 0, actors: 0 } })]);
    expect(low.code).toBe(0);
    expect(low.stdout).toContain('check: all floors met');
    // A gold title the text does not have: no loader can reach full measure recall here.
    const missing = plainFolder();
    writeFileSync(join(missing, 'gold', 'gold_01.json'), JSON.stringify({ ...PLAN_GOLD, measures: [{ ...PLAN_GOLD.measures[0], title: 'En tittel som ikke står i teksten' }, PLAN_GOLD.measures[1]] }));
    const only = { recall: { measures: 1, status: null, responsible: null, actors: null, participants: null }, precision: { measures: null, actors: null } };
    const high = await run([missing, '--check', '--json', '--floors', floorsFile(only)]);
    expect(high.code).toBe(1);
    expect(high.stderr).toMatch(/^eval --check failed: recall of measures (0\.0|50\.0)% < 100\.0%$/m);
    expect(JSON.parse(high.stdout).check).toMatchObject({ passed: false, failures: [{ metric: 'recall', category: 'measures', floor: 1 }] });
  }, 60_000);

  it('shows its usage without a folder, and fails on a bad floors file', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: npm run eval -- DIR/);
    const bad = await run([dir, '--floors', floorsFile({ recall: { actorz: 1 } })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown category "actorz"/);
  }, 60_000);
});
