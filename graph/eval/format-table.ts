/**
 * The eval report as text: a per-file table of counts, the overall recall and
 * precision, the floor check, then every miss and false positive per file. Pure.
 */
import type { FloorCheck, Floors } from './floors.ts';
import { CATEGORIES, precision, recall, type EvalResult, type FileScore, type Tally } from './score.ts';

const SHORT: Record<(typeof CATEGORIES)[number], string> = {
  measures: 'measures',
  status: 'status',
  responsible: 'responsible',
  actors: 'actors',
  collaborations: 'collabs',
  participants: 'participants',
  leads: 'leads',
};

/** "0.953" → "95.3%", null → "–". */
export function percent(x: number | null): string {
  return x === null ? '–' : `${(x * 100).toFixed(1)}%`;
}

const frac = (a: number, b: number): string => (b === 0 ? '–' : `${a}/${b}`);

function table(rows: string[][], alignLeft = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c < alignLeft ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** Per-file counts: for each category, found/total (recall) and correct/served (precision). */
export function formatFileTable(files: readonly FileScore[], overall: EvalResult['overall']): string {
  const head1 = ['', ...CATEGORIES.flatMap((c) => [SHORT[c], ''])];
  const head2 = ['file', ...CATEGORIES.flatMap(() => ['found', 'right'])];
  const row = (label: string, t: Record<string, Tally>) => [label, ...CATEGORIES.flatMap((c) => [frac(t[c].found, t[c].total), frac(t[c].correct, t[c].served)])];
  const rows = [head1, head2, ...files.map((f) => row(f.label, f.tallies)), row('all', overall)];
  const text = table(rows);
  const lines = text.split('\n');
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  return [lines[0], lines[1], rule, ...lines.slice(2, -1), rule, lines[lines.length - 1]].join('\n');
}

/** Overall recall and precision per category, with the floors when given. */
export function formatOverall(overall: EvalResult['overall'], floors?: Floors): string {
  const rows = [['overall', 'recall', '', 'precision', '', ...(floors ? ['floor R', 'floor P'] : [])]];
  for (const c of CATEGORIES) {
    const t = overall[c];
    rows.push([
      c,
      frac(t.found, t.total),
      percent(recall(t)),
      frac(t.correct, t.served),
      percent(precision(t)),
      ...(floors ? [floors.recall[c] !== undefined ? percent(floors.recall[c]!) : '', floors.precision[c] !== undefined ? percent(floors.precision[c]!) : ''] : []),
    ]);
  }
  return table(rows);
}

/** The floor check's verdict, one line per failed floor. */
export function formatCheck(check: FloorCheck): string {
  const lines = [check.passed ? 'check: all floors met' : `check: FAILED (${check.failures.length} floor${check.failures.length === 1 ? '' : 's'} not met)`];
  for (const f of check.failures) lines.push(`  ${f.metric} of ${f.category}: ${percent(f.value)} is below the floor of ${percent(f.floor)}`);
  for (const s of check.skipped) lines.push(`  ${s.metric} of ${s.category}: nothing to measure, not checked`);
  return lines.join('\n');
}

/** Every miss, false positive and duplicate, per file, grouped by category. */
export function formatItems(files: readonly FileScore[]): string {
  const out: string[] = [];
  for (const f of files) {
    const duplicates = f.duplicates ?? [];
    if (!f.misses.length && !f.falsePositives.length && !duplicates.length) continue;
    out.push(`${f.label}  ${f.textFile ?? f.goldFile}`);
    for (const c of CATEGORIES) {
      for (const m of f.misses.filter((x) => x.category === c)) out.push(`  miss ${c.padEnd(14)} ${m.text}`);
      for (const m of f.falsePositives.filter((x) => x.category === c)) out.push(`  fp   ${c.padEnd(14)} ${m.text}`);
      for (const m of duplicates.filter((x) => x.category === c)) out.push(`  dup  ${c.padEnd(14)} ${m.text}`);
    }
  }
  return out.length ? out.join('\n') : 'No misses and no false positives.';
}

/** The whole report. */
export function formatReport(result: EvalResult, options: { floors?: Floors; check?: FloorCheck } = {}): string {
  const parts = [
    `Eval of the loader on ${result.dirs.join(', ')}: ${result.files.length} gold file${result.files.length === 1 ? '' : 's'}`,
    'Per file: found = gold items found / gold items; right = served items in gold / served items.',
    '',
    formatFileTable(result.files, result.overall),
    '',
    formatOverall(result.overall, options.floors),
  ];
  if (options.check) parts.push('', formatCheck(options.check));
  if (result.notes.length) parts.push('', 'Notes:', ...result.notes.map((n) => `  ${n}`));
  parts.push('', 'Misses (gold not found), false positives (served, not in gold) and duplicates (one gold actor served as several):', formatItems(result.files));
  return parts.join('\n') + '\n';
}
