/**
 * `npm run eval -- DIR… [--json] [--check] [--floors FILE]`: scores the
 * document loader against gold folders (texts with dev_NN.gold.json or
 * gold_NN.json, see graph/eval/read-gold.ts). Prints a table, or JSON with
 * --json; with --check, exits 1 when an overall floor is not met.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_FLOORS, checkFloors, evaluateFolders, formatReport, parseFloors, precision, recall, CATEGORIES, type Floors } from '../graph/eval/index.ts';

const err = (s: string) => process.stderr.write(s + '\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      floors: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    err(
      'Usage: npm run eval -- DIR… [--json] [--check] [--floors FILE]\n' +
        '  DIR holds texts dev_NN_*.txt with dev_NN.gold.json, or NN_*.txt with gold_NN.json\n' +
        '  (gold files and aliases.json beside the texts or in DIR/gold/).\n' +
        '  --json    print the results as JSON\n' +
        '  --check   exit 1 when an overall result is below its floor\n' +
        '  --floors  JSON file {"recall": {...}, "precision": {...}} overriding the default floors',
    );
    return values.help ? 0 : 2;
  }
  let floors: Floors = DEFAULT_FLOORS;
  if (values.floors) floors = parseFloors(JSON.parse(readFileSync(values.floors, 'utf8')), values.floors);
  // The loader's progress would mix with the report: it is quiet here, and failures show up in the notes.
  const result = await evaluateFolders(positionals);
  const check = values.check ? checkFloors(result.overall, floors) : undefined;
  if (values.json) {
    const rates = (t: (typeof result.overall)[keyof typeof result.overall]) => ({ ...t, recall: recall(t), precision: precision(t) });
    const withRates = (tallies: typeof result.overall) => Object.fromEntries(CATEGORIES.map((c) => [c, rates(tallies[c])]));
    const out = {
      dirs: result.dirs,
      overall: withRates(result.overall),
      files: result.files.map((f) => ({ ...f, tallies: withRates(f.tallies) })),
      notes: result.notes,
      floors,
      ...(check ? { check } : {}),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(formatReport(result, { floors: values.check ? floors : undefined, check }));
  }
  if (check && !check.passed) {
    err(`eval --check failed: ${check.failures.map((f) => `${f.metric} of ${f.category} ${(f.value * 100).toFixed(1)}% < ${(f.floor * 100).toFixed(1)}%`).join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    err(`eval failed: ${e.message}`);
    process.exit(2);
  },
);
