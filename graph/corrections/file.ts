/**
 * The corrections file on disk: `corrections.jsonl` in a folder (the data
 * folder, or the one SAMKART_CORRECTIONS names). Corrections are only ever
 * appended, one line each, so history is never rewritten and git diffs read
 * as a log.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../model/index.ts';
import { formatCorrection, parseCorrections } from './parse.ts';
import type { Correction, CorrectionMeta, CorrectionOp } from './types.ts';

export const CORRECTIONS_FILE = 'corrections.jsonl';

/** The file in a folder. */
export function correctionsPath(folder: string): string {
  return join(folder, CORRECTIONS_FILE);
}

/** Reads the file (none yet: no corrections). A bad line is an InvalidInputError naming the file and line: nothing is replayed from a file that does not read. */
export function readCorrectionsFile(path: string): Correction[] {
  if (!existsSync(path)) return [];
  const { corrections, issues } = parseCorrections(readFileSync(path, 'utf8'), path);
  if (issues.length) throw new InvalidInputError(issues.map((i) => i.message).join('\n'));
  return corrections;
}

/** Appends one correction; returns it with its number (its line). */
export function appendCorrection(path: string, correction: CorrectionOp & CorrectionMeta): Correction {
  const dir = path.replace(/[\\/][^\\/]*$/u, '');
  if (dir && dir !== path) mkdirSync(dir, { recursive: true });
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const prefix = before === '' || before.endsWith('\n') ? '' : '\n';
  const lines = (before + prefix).split('\n').length;
  appendFileSync(path, `${prefix}${formatCorrection(correction)}\n`);
  return { ...correction, n: lines } as Correction;
}
