/**
 * `npm run load -- [paths…] [--dry-run] [--json] [--include-people]
 * [--replace-all] [--follow-symlinks] [--review FILE]`: loads documents into the configured
 * store (Neo4j when NEO4J_URI is set, otherwise a snapshot that `npm start`
 * uses). Both stores behave alike: the named documents are added, or replace
 * their earlier versions; --replace-all starts from an empty store. Progress
 * and the summary go to stderr; with --json, the report goes to stdout.
 */
import { writeFileSync } from 'node:fs';
import { formatReview, loadDocuments, loadIntoSnapshot, type DocumentReport, type LoadOptions } from '../graph/load/index.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../graph/store/index.ts';
import { FileStore } from '../graph/files/index.ts';
import { loadConfig } from '../server/config.ts';
import { countSummary } from '../graph/model/index.ts';
import { formatReplay, readCorrectionsFile } from '../graph/corrections/index.ts';

const err = (s: string) => process.stderr.write(s + '\n');

async function main(): Promise<number> {
  const values = loadConfig(process.argv.slice(2));
  if (values.help) {
    err(
      'Usage: npm run load -- [files or folders…] [--dry-run] [--json] [--include-people] [--replace-all] [--follow-symlinks] [--review FILE]\n' +
        '--review FILE writes the new uncurated organisations and low-confidence facts to FILE (Markdown, or JSON for .json).\n' +
        'Without paths: SEEDS_DIR, or seeds/. The documents are added to the store (replacing earlier versions of the same files);\n' +
        '--replace-all empties the store first. Symbolic links that leave a loaded folder are refused unless --follow-symlinks.',
    );
    return 0;
  }
  const { paths, snapshot } = values;
  const neo = values.neo4j;
  // The embedded store lives in the snapshot file, read and written by loadIntoSnapshot; this one only describes it.
  const store: GraphStore = neo ? new Neo4jStore(neo) : new EmbeddedStore();
  const { dryRun, replaceAll } = values;
  const into = dryRun ? 'nothing (dry run)' : neo ? store.describe() : `the snapshot at ${snapshot}`;
  err(`Loading ${paths.join(', ')} into ${into}${replaceAll && !dryRun ? ', replacing everything it held' : ''}`);
  const started = performance.now();
  try {
    const options: LoadOptions = {
      dryRun,
      replaceAll,
      followSymlinks: values.followSymlinks,
      includePeople: values.includePeople,
      parse: values.parse,
      read: values.read,
      // The originals and their source maps, beside the snapshot (graph/files), so quotes open on their page.
      files: new FileStore(values.filesDir),
      corrections: () => readCorrectionsFile(values.corrections),
      onDocument: (d: DocumentReport, i: number, n: number) => {
        const status = d.ok ? 'ok ' : 'FAILED';
        err(`[${i + 1}/${n}] ${status} ${d.fileName}${d.ok ? `: ${d.counts.measures} measures, ${d.counts.actors} actors, ${d.counts.links} links` : `: ${d.error}`}`);
        for (const w of d.warnings) err(`    warning ${w.fileName}${w.line ? `:${w.line}` : ''}: ${w.message}`);
      },
    };
    const report = neo ? await loadDocuments(store, paths, options) : await loadIntoSnapshot(snapshot, paths, options);
    for (const s of report.skipped) err(`${s.fileName}: ${s.message}`);
    const sum = (k: keyof DocumentReport['counts']) => report.documents.reduce((s, d) => s + d.counts[k], 0);
    const warnings = report.documents.reduce((s, d) => s + d.warnings.length, 0);
    const rows: [string, number | string][] = dryRun
      ? [['documents', report.documents.length - report.failed], ['actors', sum('actors')], ['measures', sum('measures')], ['initiatives', sum('initiatives')], ['links', sum('links')]]
      : Object.entries(countSummary(report.totals));
    rows.push(['warnings', warnings], ['failed', report.failed], ['seconds', ((performance.now() - started) / 1000).toFixed(2)]);
    err('');
    err(`${dryRun ? 'Would load (dry run)' : 'The store now holds'}:`);
    for (const [k, v] of rows) err(`  ${k.padEnd(12)} ${String(v).padStart(8)}`);
    // What a person should check: organisations no curated list knows, and facts read with low confidence.
    const review = report.documents.flatMap((d) => d.review ?? []);
    const organisations = [...new Map(review.filter((r) => r.kind === 'uncurated-organisation').map((r) => [r.factId, r.text])).values()];
    const unsure = review.filter((r) => r.kind !== 'uncurated-organisation');
    err('');
    err(`New organisations not in the gazetteer: ${organisations.length}${organisations.length ? ` (${organisations.slice(0, 12).join('; ')}${organisations.length > 12 ? '; …' : ''})` : ''}`);
    err(`Low-confidence facts: ${unsure.length}${unsure.length ? ` (${unsure.slice(0, 6).map((r) => `${r.fileName}:${r.line} ${r.text}`).join('; ')}${unsure.length > 6 ? '; …' : ''})` : ''}`);
    if (values.review) {
      writeFileSync(values.review, formatReview(review, values.review));
      err(`Review report (${review.length} items) written to ${values.review}`);
    } else if (review.length) err('Write them all with --review FILE (.md or .json).');
    // People's corrections, replayed after the documents: what no longer finds its target is named, and kept.
    if (report.corrections) for (const line of formatReplay(report.corrections, values.corrections)) err(line);
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return report.failed || report.corrections?.ok === false ? 1 : 0;
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
