/**
 * `npm run synth -- [--municipalities 356] [--measures 2000] [--seed 1] [--out DIR]`:
 * writes a synthetic national corpus (status reports, county tables, project
 * pages) that the loader reads through the same parsers as the seeds. The same
 * options give the same bytes. Default folder: .data/synth (git-ignored).
 * A summary goes to stderr.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './synth/index.ts';

/** Where the corpus goes when --out is not given. */
export const DEFAULT_SYNTH_DIR = fileURLToPath(new URL('../.data/synth', import.meta.url));

const err = (s: string) => process.stderr.write(s + '\n');

function wholeNumber(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${raw}"`);
  return n;
}

/** Writes the corpus to `out`, replacing the .txt files of an earlier run there. */
export function writeCorpus(out: string, options: { municipalities: number; measures: number; seed: number; projectsPerMunicipality?: number }) {
  const corpus = generateCorpus(options);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (name.endsWith('.txt')) rmSync(join(out, name));
  for (const f of corpus.files) writeFileSync(join(out, f.name), f.text);
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(corpus.manifest, null, 1) + '\n');
  return corpus;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      municipalities: { type: 'string', default: '356' },
      measures: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      projects: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    err('Usage: npm run synth -- [--municipalities 356] [--measures 2000] [--seed 1] [--projects PER_MUNICIPALITY] [--out DIR]');
    return 0;
  }
  const out = resolve(values.out ?? DEFAULT_SYNTH_DIR);
  const started = performance.now();
  const corpus = writeCorpus(out, {
    municipalities: wholeNumber('municipalities', values.municipalities!),
    measures: wholeNumber('measures', values.measures!),
    seed: wholeNumber('seed', values.seed!),
    projectsPerMunicipality: values.projects === undefined ? undefined : Number(values.projects),
  });
  const bytes = corpus.files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  const m = corpus.manifest;
  err(`Wrote ${corpus.files.length} documents (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${out} in ${Math.round(performance.now() - started)} ms:`);
  err(`  ${m.counties.length} county tables naming ${m.localServices} local services in ${m.municipalities.length} municipalities`);
  err(`  ${m.measures.length} measures in ${corpus.files.filter((f) => f.name.startsWith('status-')).length} status reports`);
  err(`  ${m.projects.length} project pages`);
  err(`Load it with: npm run load -- ${out}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exit(main());
  } catch (e) {
    err(`synth failed: ${(e as Error).message}`);
    process.exit(2);
  }
}
