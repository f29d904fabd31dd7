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

/** The loaded documents whose text holds the quote word for word, by id. */
export async function documentsQuoting(store: GraphStore, quote: string): Promise<string[]> {
  if (!quote) return [];
  return (await store.findNodes({ label: 'Document' })).filter((d) => typeof d.props.text === 'string' && d.props.text.includes(quote)).map((d) => d.id);
}

/** Fills in an added fact's document when none is given: the one loaded document that holds the quote. Throws InvalidInputError naming what went wrong. */
export async function withQuotedDocument(store: GraphStore, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (input.op !== 'add' || (typeof input.document === 'string' && input.document)) return input;
  const quote = typeof input.quote === 'string' ? input.quote : '';
  if (!quote.trim()) throw new InvalidInputError('"quote" must be the words of a document that state the fact');
  const found = await documentsQuoting(store, quote);
  if (found.length === 0) throw new InvalidInputError(`the quote "${quote.length > 80 ? quote.slice(0, 80) + '…' : quote}" is not in any loaded document (a quote must be found word for word)`);
  if (found.length > 1) throw new InvalidInputError(`the quote is in ${found.length} documents (${found.join(', ')}): say which with the document`);
  return { ...input, document: found[0] };
}
