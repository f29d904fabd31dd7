/**
 * Tiny gold folders for the eval's tests, written to a temp dir: texts in the
 * seeds' measure layout, written here (never copied from any corpus).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PLAN_TEXT = `Tiltak 1: Styrke samarbeidet mellom skole og barnevern

Tiltak

Utdanningsdirektoratet skal lage en veileder for skoler.

Status

I rute.

Ansvarlig: Kunnskapsdepartementet

Tiltak 2: Bedre oppfølging av foreldre i fengsel

Tiltak

Regjeringen vil gi foreldre i fengsel bedre støtte.

Status

Påbegynt.

Ansvarlig: Barne- og familiedepartementet og Justisdepartementet
`;

export const PLAN_GOLD = {
  measures: [
    { number: '1', title: 'Styrke samarbeidet mellom skole og barnevern', status: 'I rute.', responsible: ['Kunnskapsdepartementet'] },
    { number: '2', title: 'Bedre oppfølging av foreldre i fengsel', status: 'Påbegynt.', responsible: ['Barne- og familiedepartementet', 'Justisdepartementet'] },
  ],
  actors: ['Utdanningsdirektoratet', 'Kunnskapsdepartementet', 'Regjeringen', 'Barne- og familiedepartementet', 'Justisdepartementet'],
  collaborations: [],
};

export const PLAN_ALIASES = { Justisdepartementet: 'Justis- og beredskapsdepartementet (domain knowledge; the short name)' };

/** A folder with `NN_*.txt` texts and `gold/gold_NN.json`, one text without gold. */
export function plainFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-eval-'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, '01_plan.txt'), PLAN_TEXT);
  writeFileSync(join(dir, '02_uten-gull.txt'), 'Tiltak 5: Noe uten gull\n\nAnsvarlig: Kunnskapsdepartementet\n');
  writeFileSync(join(dir, 'gold', 'gold_01.json'), JSON.stringify(PLAN_GOLD));
  writeFileSync(join(dir, 'gold', 'aliases.json'), JSON.stringify({ '01': PLAN_ALIASES }));
  return dir;
}

/** The same text and gold under the corpus naming: `dev_NN_*.txt`, `dev_NN.gold.json`, aliases beside them. */
export function devFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-eval-dev-'));
  writeFileSync(join(dir, 'dev_07_plan.txt'), PLAN_TEXT);
  writeFileSync(join(dir, 'dev_07.gold.json'), JSON.stringify(PLAN_GOLD));
  writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ '07': PLAN_ALIASES }));
  writeFileSync(join(dir, 'README.md'), '# Not a document\n');
  return dir;
}
