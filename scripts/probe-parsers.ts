/**
 * `npx tsx scripts/probe-parsers.ts`: loads the hostile small documents of
 * issue 11 (item 3) one at a time, through the real loader (parser threads
 * with their limits, then the embedded store), and prints how long each took
 * and whether it loaded or was refused. Each must finish in under 5 s. A
 * probe, not a timed test: the timings depend on the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';

const LIMIT_S = 5;

/** The probes: a name and the document's text. */
const PROBES: [string, () => string][] = [
  ['ansvarlig-3000-names.txt', () => `Tiltak 1: Et tiltak med mange ansvarlige\n\nAnsvarlig: ${Array.from({ length: 3000 }, (_, i) => `Stiftelsen Hjelp${i}`).join(', ')}\n\nStatus: I rute.\n`],
  ['heading-lines-40k.txt', () => Array.from({ length: 40_000 }, (_, i) => `Overskrift nummer ${i} uten punktum`).join('\n')],
  ['token-10mb.txt', () => 'a'.repeat(10 * 1024 * 1024)],
];

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-probe-'));
  let slow = 0;
  try {
    for (const [name, make] of PROBES) {
      const sub = mkdtempSync(join(dir, 'p-'));
      const text = make();
      writeFileSync(join(sub, name), text);
      const started = performance.now();
      const report = await loadDocuments(new EmbeddedStore(), [sub]);
      const seconds = (performance.now() - started) / 1000;
      const d = report.documents[0];
      const outcome = d.ok ? `loaded: ${d.counts.actors} actors, ${d.counts.links} links` : `refused: ${d.error}`;
      if (seconds >= LIMIT_S) slow++;
      process.stdout.write(`${name.padEnd(26)} ${(text.length / 1024).toFixed(0).padStart(6)} KB ${seconds.toFixed(2).padStart(7)} s  ${seconds < LIMIT_S ? 'ok  ' : 'SLOW'} ${outcome}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return slow ? 1 : 0;
}

main().then((code) => process.exit(code));
