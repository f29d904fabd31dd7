/**
 * `tsx scripts/bench/compare.ts --before a.json[,b.json…] --after c.json[,d.json…]
 * [--label-before X] [--label-after Y] [--note TEXT] [--out RESULTS.md]`:
 * compares `npm run bench` results (scripts/bench/out/results.json) of two
 * versions of the code, run back to back on one machine, and writes the
 * table as the "Before/after" section of RESULTS.md (between its markers;
 * a full `npm run bench` keeps it).
 *
 * Each row is one measurement (a load, or a query at a concurrency). With
 * several runs per side, a side's value is the median of the runs' medians,
 * and the noise is how far the runs of the same code differ from each other
 * (the largest max/min ratio within a side, over both sides). A change counts
 * as a regression only when after ÷ before exceeds that noise (for
 * throughput, where more is better, when before ÷ after does).
 *
 * Throughput rows (requests per second at each concurrency) are there because
 * latency percentiles under load measure how the server shares its time as
 * much as how fast it is: with 64 clients in a closed loop, the median of the
 * same code came out at 4 ms in one run and 43 ms in the next, at the same
 * throughput, as a few connections waited and the rest went round quickly.
 *
 * With four or more runs a side, the same rule is also applied to each side
 * against itself (its first half of runs against its second half): the rows
 * it flags there are the false alarms to expect from the method alone.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchResults } from './report.ts';
import { num, quantile } from './stats.ts';
import { spliceSection } from './app-report.ts';

export const BEFORE_AFTER_START = '<!-- bench:before-after -->';
export const BEFORE_AFTER_END = '<!-- /bench:before-after -->';

/** The suffix of throughput rows, where more is better. */
export const THROUGHPUT = 'req/s';
const higherIsBetter = (what: string) => what.endsWith(` · ${THROUGHPUT}`);

/** One measurement's value in each run of one side, keyed by what it is. */
type Side = Map<string, number[]>;

/** The measurements of one results.json: load seconds, and p50/p95 of each query at each concurrency. */
export function measurements(r: Pick<BenchResults, 'load' | 'api'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of r.load) out.set(`load · ${l.corpus} · ${l.store} · seconds`, l.seconds.median);
  for (const s of r.api) {
    for (const x of s.results) {
      const key = `API · ${s.corpus} · ${s.store} · cache ${s.responseCache ? 'on' : 'off'} · ${x.query} · c=${x.connections}`;
      out.set(`${key} · p50 ms`, x.p50.median);
      out.set(`${key} · p95 ms`, x.p95.median);
      out.set(`${key} · ${THROUGHPUT}`, x.rps.median);
    }
  }
  return out;
}

function collect(files: string[]): Side {
  const side: Side = new Map();
  for (const f of files) {
    const r = JSON.parse(readFileSync(f, 'utf8')) as BenchResults;
    for (const [k, v] of measurements(r)) side.set(k, [...(side.get(k) ?? []), v]);
  }
  return side;
}

const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
const spreadRatio = (xs: number[]) => (xs.length > 1 ? Math.max(...xs) / Math.max(1e-9, Math.min(...xs)) : NaN);
const values = (xs: number[]) => (xs.length > 1 ? `${num(median(xs))} (${xs.map(num).join(', ')})` : num(xs[0]));

export interface Comparison {
  rows: { what: string; before: number[]; after: number[]; ratio: number; noise: number; verdict: string }[];
}

/** Row by row: after ÷ before against the noise between runs of the same code. */
export function compare(before: Side, after: Side): Comparison {
  const rows: Comparison['rows'] = [];
  for (const [what, b] of before) {
    const a = after.get(what);
    if (!a) continue;
    const spreads = [spreadRatio(b), spreadRatio(a)].filter(Number.isFinite);
    const noise = spreads.length ? Math.max(...spreads) : NaN;
    const ratio = median(a) / median(b);
    // How much worse after is: a longer time, or fewer requests a second.
    const worse = higherIsBetter(what) ? 1 / ratio : ratio;
    const verdict = !Number.isFinite(noise)
      ? 'one run a side: noise unknown'
      : worse > noise
        ? '**slower, beyond the noise**'
        : 1 / worse > noise
          ? 'faster, beyond the noise'
          : 'within the noise';
    rows.push({ what, before: b, after: a, ratio, noise, verdict });
  }
  return { rows };
}

/** The rule applied to one side against itself, first half of its runs against the second; null under four runs. */
export function selfComparison(side: Side): Comparison | null {
  const runs = Math.min(...[...side.values()].map((xs) => xs.length));
  if (!Number.isFinite(runs) || runs < 4) return null;
  const half = Math.floor(runs / 2);
  const first: Side = new Map();
  const second: Side = new Map();
  for (const [what, xs] of side) {
    first.set(what, xs.slice(0, half));
    second.set(what, xs.slice(half, 2 * half));
  }
  return compare(first, second);
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
const slowerRows = (c: Comparison) => c.rows.filter((r) => r.verdict.includes('slower'));
const fasterRows = (c: Comparison) => c.rows.filter((r) => r.verdict.startsWith('faster'));

export function renderComparison(c: Comparison, o: { before: string; after: string; note: string; selfBefore?: Comparison | null; selfAfter?: Comparison | null }): string {
  const row = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  const slower = slowerRows(c);
  const self = (label: string, x: Comparison | null | undefined) =>
    x ? `${label} against itself (first half of its runs against the second): ${rows(slowerRows(x).length)} "slower" and ${fasterRows(x).length} "faster" beyond the noise, of ${x.rows.length}` : null;
  const control = [self(o.before, o.selfBefore), self(o.after, o.selfAfter)].filter((x) => x !== null);
  return [
    BEFORE_AFTER_START,
    '## Before/after the code-health refactor (issue 12)',
    '',
    o.note,
    '',
    `Before: ${o.before}. After: ${o.after}. Each cell is the median of the runs' medians, with each run's value in brackets. "noise" is the largest max ÷ min between runs of the same code in that row (either side); a row is a regression only when after ÷ before is above it (for req/s, where more is better, before ÷ after).`,
    '',
    slower.length
      ? `**${slower.length} of ${c.rows.length} rows are slower beyond the noise**: ${slower.map((r) => `${r.what} (${num(r.ratio)}×)`).join('; ')}. ${fasterRows(c).length} rows are faster beyond the noise.`
      : `No row is slower beyond the noise (${c.rows.length} rows); ${fasterRows(c).length} are faster beyond it.`,
    '',
    ...(control.length ? [`The same rule, as a control for false alarms: ${control.join('; ')}.`, ''] : []),
    row(['measurement', 'before', 'after', 'after ÷ before', 'noise (max ÷ min of one side)', 'verdict']),
    row(['---', '---', '---', '---', '---', '---']),
    ...c.rows.map((r) => row([r.what, values(r.before), values(r.after), `${num(r.ratio)}×`, Number.isFinite(r.noise) ? `${num(r.noise)}×` : '–', r.verdict])),
    BEFORE_AFTER_END,
  ].join('\n');
}

function main(): number {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { values: v } = parseArgs({
    options: {
      before: { type: 'string' },
      after: { type: 'string' },
      'label-before': { type: 'string', default: 'before' },
      'label-after': { type: 'string', default: 'after' },
      note: { type: 'string', default: '' },
      out: { type: 'string', default: join(root, 'scripts', 'bench', 'RESULTS.md') },
    },
  });
  if (!v.before || !v.after) {
    process.stderr.write('Usage: tsx scripts/bench/compare.ts --before a.json[,b.json] --after c.json[,d.json] [--label-before X] [--label-after Y] [--note TEXT] [--out FILE]\n');
    return 2;
  }
  const before = collect(v.before.split(','));
  const after = collect(v.after.split(','));
  const c = compare(before, after);
  const section = renderComparison(c, { before: v['label-before']!, after: v['label-after']!, note: v.note!, selfBefore: selfComparison(before), selfAfter: selfComparison(after) });
  const previous = existsSync(v.out!) ? readFileSync(v.out!, 'utf8') : '';
  writeFileSync(v.out!, spliceSection(previous, BEFORE_AFTER_START, BEFORE_AFTER_END, section));
  process.stderr.write(`Wrote the comparison (${c.rows.length} rows) to ${v.out}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
