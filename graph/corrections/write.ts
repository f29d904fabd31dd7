/**
 * Making a correction: check it against the graph in the store, refuse it
 * with the reason when it cannot apply (a quote not in the document, an
 * unknown id), otherwise append it to the file and replay. Shared by
 * `npm run curate` and the corrections API.
 */
import { InvalidInputError } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import { appendCorrection, readCorrectionsFile } from './file.ts';
import { validateMeta, validateOperation } from './parse.ts';
import { checkCorrections, replayCorrections, type ReplayReport } from './replay.ts';
import type { Correction, CorrectionMeta, CorrectionOp } from './types.ts';

/** Checks a new correction against the file and the graph; returns it numbered, or throws InvalidInputError saying why not. */
export async function checkNewCorrection(store: GraphStore, existing: readonly Correction[], input: Record<string, unknown>): Promise<Correction> {
  const op = validateOperation(input);
  const meta = validateMeta(input);
  const n = (existing.at(-1)?.n ?? 0) + 1;
  const next = { ...op, ...meta, n } as Correction;
  if (op.op === 'undo') {
    if (!existing.some((c) => c.n === op.undoes)) throw new InvalidInputError(`there is no correction ${op.undoes} to undo`);
    return next;
  }
  const plan = await checkCorrections(store, [...existing, next]);
  const outcome = plan.outcomes.find((o) => o.n === n);
  if (outcome?.status !== 'applied') throw new InvalidInputError(outcome?.problem ?? 'the correction does not apply');
  return next;
}

/** Appends a checked correction to the file at `path` and replays all of them into the store. */
export async function makeCorrection(store: GraphStore, path: string, input: CorrectionOp & CorrectionMeta): Promise<{ correction: Correction; replay: ReplayReport }> {
  const existing = readCorrectionsFile(path);
  await checkNewCorrection(store, existing, input as unknown as Record<string, unknown>);
  const correction = appendCorrection(path, input);
  const replay = await replayCorrections(store, readCorrectionsFile(path));
  return { correction, replay };
}
