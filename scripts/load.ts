/**
 * `npm run load -- [paths…] [--dry-run] [--json] [--include-people]`: loads
 * documents into the configured store (Neo4j when NEO4J_URI is set, otherwise
 * a snapshot that `npm start` uses). Progress and the summary go to stderr;
 * with --json, the report goes to stdout.
 */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEEDS_DIR, DEFAULT_SNAPSHOT, loadDocuments, type DocumentReport } from '../graph/load/index.ts';
import { EmbeddedStore, Neo4jStore, neo4jConfigFromEnv, type GraphStore } from '../graph/store/index.ts';
import { countSummary } from '../graph/model/index.ts';

const err = (s: string) => process.stderr.write(s + '\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'include-people': { type: 'boolean', default: false },
      seeds: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    err('Usage: npm run load -- [files or folders…] [--dry-run] [--json] [--include-people]\n' + 'Without paths: SEEDS_DIR, or seeds/.');
    return 0;
  }
  const paths = positionals.length ? positionals : [values.seeds ?? process.env.SEEDS_DIR ?? DEFAULT_SEEDS_DIR];
  const neo = neo4jConfigFromEnv();
  const store: GraphStore = neo ? new Neo4jStore(neo) : new EmbeddedStore();
  const dryRun = values['dry-run'];
  err(`Loading ${paths.join(', ')} into ${dryRun ? 'nothing (dry run)' : neo ? store.describe() : `a snapshot at ${DEFAULT_SNAPSHOT}`}`);
  const started = performance.now();
  try {
    const report = await loadDocuments(store, paths, {
      dryRun,
      includePeople: values['include-people'],
      onDocument: (d: DocumentReport, i: number, n: number) => {
        const status = d.ok ? 'ok ' : 'FAILED';
        err(`[${i + 1}/${n}] ${status} ${d.fileName}${d.ok ? `: ${d.counts.measures} measures, ${d.counts.actors} actors, ${d.counts.links} links` : `: ${d.error}`}`);
        for (const w of d.warnings) err(`    warning ${w.fileName}${w.line ? `:${w.line}` : ''}: ${w.message}`);
      },
    });
    if (!dryRun && !neo) {
      mkdirSync(dirname(DEFAULT_SNAPSHOT), { recursive: true });
      const tmp = `${DEFAULT_SNAPSHOT}.tmp`;
      writeFileSync(tmp, JSON.stringify((store as EmbeddedStore).snapshot()));
      renameSync(tmp, DEFAULT_SNAPSHOT);
    }
    const sum = (k: keyof DocumentReport['counts']) => report.documents.reduce((s, d) => s + d.counts[k], 0);
    const warnings = report.documents.reduce((s, d) => s + d.warnings.length, 0);
    const rows: [string, number | string][] = dryRun
      ? [['documents', report.documents.length - report.failed], ['actors', sum('actors')], ['measures', sum('measures')], ['initiatives', sum('initiatives')], ['links', sum('links')]]
      : Object.entries(countSummary(report.totals));
    rows.push(['warnings', warnings], ['failed', report.failed], ['seconds', ((performance.now() - started) / 1000).toFixed(2)]);
    err('');
    err(`${dryRun ? 'Would load (dry run)' : 'The store now holds'}:`);
    for (const [k, v] of rows) err(`  ${k.padEnd(12)} ${String(v).padStart(8)}`);
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return report.failed ? 1 : 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    err(`load failed: ${e.message}`);
    process.exit(2);
  },
);
