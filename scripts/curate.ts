/**
 * `npm run curate -- <command>`: people's corrections from the command line
 * (issue 16). Each write is checked against the graph (ids must exist, a
 * quote must be found word for word in its document), appended to the
 * corrections file and replayed into the store: Neo4j when NEO4J_URI is set,
 * otherwise the snapshot `npm start` serves. History is never rewritten:
 * `undo` appends an undo. Messages go to stderr, `list` data to stdout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  appendCorrection,
  checkCorrections,
  checkNewCorrection,
  formatReplay,
  makeCorrection,
  parseCorrections,
  readCorrectionsFile,
  withQuotedDocument,
  type Correction,
  type CorrectionMeta,
  type CorrectionOp,
} from '../graph/corrections/index.ts';
import { loadIntoSnapshot } from '../graph/load/index.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../graph/store/index.ts';
import { correctionsFileFromEnv, neo4jConfigFromEnv, snapshotPath } from '../server/config.ts';

const err = (s: string) => process.stderr.write(s + '\n');

export const CURATE_USAGE = `Usage: npm run curate -- <command> [options]

  merge <actor:keep> <actor:other> --why "…"         the second actor is merged into the first (its names become aliases)
  split <actor:id> "<alias>" --why "…"               takes an alias back out (undoes the merge that brought it)
  rename <id> "<new name>" --why "…"
  set <actor:id> [--kind K] [--level level:x|none] [--sector sector:x …] [--parent actor:y|none] --why "…"
  reject <node or relationship id> --why "…"         hidden, never deleted
  add-link <actor:a> <actor:b> --quote "…" [--document <doc:id>] [--kind JOINT_WORK] [--type COORDINATES_WITH] --why "…"
                                                     (without --document: the one loaded document that holds the quote)
  accept <review:fact@doc:id> --why "…"              an item of the loader's review report (npm run load -- --review FILE)
  undo <n> --why "…"                                 appends an undo of correction n
  list [--json]                                      every correction and what became of it
  check                                              checks the file against the graph now; exit 1 on any problem

  --author NAME   who makes it (default: git config user.name, else your user name)
Corrections file: SAMKART_CORRECTIONS/corrections.jsonl, or corrections.jsonl beside the snapshot (.data/).
`;

function author(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    // no git, or no name set
  }
  return userInfo().username;
}

/** Turns the command line into a correction's fields (not yet checked). */
export function operationFromArgs(command: string, args: string[], values: Record<string, string | string[] | boolean | undefined>): Record<string, unknown> {
  const need = (i: number, what: string) => {
    if (!args[i]) throw new Error(`${command}: give ${what}`);
    return args[i];
  };
  const orNone = (v: unknown) => (v === 'none' ? null : v);
  switch (command) {
    case 'merge':
      return { op: 'merge', into: need(0, 'the actor to keep'), from: need(1, 'the actor to merge into it') };
    case 'split':
      return { op: 'split', actor: need(0, 'the actor'), alias: need(1, 'the alias') };
    case 'rename':
      return { op: 'set', id: need(0, 'the id'), name: need(1, 'the new name') };
    case 'set': {
      const out: Record<string, unknown> = { op: 'set', id: need(0, 'the actor') };
      if (values.kind) out.kind = values.kind;
      if (values.level) out.level = orNone(values.level);
      if (values.parent) out.parent = orNone(values.parent);
      if (values.sector) out.sectors = (values.sector as string[]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
      return out;
    }
    case 'reject':
      return { op: 'reject', id: need(0, 'the id of a node or relationship') };
    case 'add-link': {
      const type = (values.type as string | undefined) ?? 'COORDINATES_WITH';
      return { op: 'add', type, source: need(0, 'the first actor'), target: need(1, 'the second actor'), ...(type === 'COORDINATES_WITH' ? { kind: values.kind ?? 'JOINT_WORK' } : {}), quote: values.quote, document: values.document };
    }
    case 'accept':
      return { op: 'accept', review: need(0, 'the review item id') };
    case 'undo': {
      const n = Number(need(0, 'the number of the correction'));
      return { op: 'undo', undoes: n };
    }
    default:
      throw new Error(`unknown command "${command}"\n\n${CURATE_USAGE}`);
  }
}

/** The store to check against and write to; for the snapshot, writes go through loadIntoSnapshot (under its lock). */
function openStore(): { store: GraphStore; snapshot: string | null } {
  const neo = neo4jConfigFromEnv();
  if (neo) return { store: new Neo4jStore(neo), snapshot: null };
  const snapshot = snapshotPath();
  if (!existsSync(snapshot)) throw new Error(`no graph at ${snapshot}: load documents first (npm run load)`);
  return { store: EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(snapshot, 'utf8'))), snapshot };
}

function describe(c: Correction & { status?: string; problem?: string }): string {
  const { n, op, author: who, at, why, status, problem, ...rest } = c as Correction & { status?: string; problem?: string } & Record<string, unknown>;
  void op;
  const what = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (v.length > 60 ? JSON.stringify(v.slice(0, 60) + '…') : v) : JSON.stringify(v)}`)
    .join(' ');
  return `${String(n).padStart(4)}  ${at.slice(0, 16).replace('T', ' ')}  ${who}  ${c.op} ${what}  — ${why}${status && status !== 'applied' ? `  [${status}${problem ? `: ${problem}` : ''}]` : ''}`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      why: { type: 'string' },
      author: { type: 'string' },
      kind: { type: 'string' },
      type: { type: 'string' },
      level: { type: 'string' },
      parent: { type: 'string' },
      sector: { type: 'string', multiple: true },
      quote: { type: 'string' },
      document: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(CURATE_USAGE);
    return command || values.help ? 0 : 1;
  }
  const file = correctionsFileFromEnv();
  if (command === 'list' || command === 'check') {
    const { corrections, issues } = existsSync(file) ? parseCorrections(readFileSync(file, 'utf8'), file) : { corrections: [], issues: [] };
    for (const i of issues) err(i.message);
    const { store } = openStore();
    try {
      const plan = await checkCorrections(store, corrections);
      const outcome = new Map(plan.outcomes.map((o) => [o.n, o]));
      const rows = corrections.map((c) => ({ ...c, status: outcome.get(c.n)?.status, problem: outcome.get(c.n)?.problem }));
      if (command === 'list') {
        if (values.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        else if (!rows.length) err(`No corrections yet (${file}).`);
        else for (const r of rows) process.stdout.write(describe(r) + '\n');
        return 0;
      }
      const problems = rows.filter((r) => r.status === 'missing' || r.status === 'invalid');
      for (const p of problems) err(`correction ${p.n}: ${p.problem}`);
      err(`${file}: ${corrections.length} corrections, ${issues.length} unreadable lines, ${problems.length} that do not apply to the graph now`);
      return issues.length || problems.length ? 1 : 0;
    } finally {
      await store.close();
    }
  }
  if (!values.why?.trim()) throw new Error(`${command}: say why, with --why "…"`);
  const { store, snapshot } = openStore();
  try {
    const input = { ...(await withQuotedDocument(store, operationFromArgs(command, args, values))), author: author(values.author), at: new Date().toISOString(), why: values.why.trim() };
    if (!snapshot) {
      const { correction, replay } = await makeCorrection(store, file, input as unknown as CorrectionOp & CorrectionMeta);
      err(`correction ${correction.n} saved in ${file}`);
      for (const line of formatReplay(replay)) err(line);
      return replay.ok ? 0 : 1;
    }
    // The snapshot: check against it, append, then replay into it under the loader's lock.
    await checkNewCorrection(store, readCorrectionsFile(file), input);
    const correction = appendCorrection(file, input as unknown as CorrectionOp & CorrectionMeta);
    err(`correction ${correction.n} saved in ${file}`);
    const report = await loadIntoSnapshot(snapshot, [], { corrections: () => readCorrectionsFile(file), parse: false });
    if (report.corrections) for (const line of formatReplay(report.corrections)) err(line);
    err(`the snapshot ${snapshot} is updated; a running server shows it after a restart`);
    return report.corrections?.ok === false ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      err(`curate: ${e.message}`);
      process.exit(1);
    },
  );
}
