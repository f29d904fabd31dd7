/**
 * Reading and writing corrections.jsonl: pure. Every line is checked field
 * by field, and a bad line is an issue naming its line and field, never a
 * correction applied half-way.
 */
import { ACTOR_KINDS, COORDINATION_KINDS, InvalidInputError, REL_TYPES } from '../model/index.ts';
import { CORRECTION_OPS, type Correction, type CorrectionIssue, type CorrectionMeta, type CorrectionOp } from './types.ts';

const ID = /^[a-z]+:\S+$/u;
const REVIEW_ID = /^review:(.+)@(doc:\S+)$/u;

/** Splits a review item id into the fact and the document it was found in. */
export function parseReviewId(id: string): { factId: string; documentId: string } | null {
  const m = REVIEW_ID.exec(id);
  return m ? { factId: m[1], documentId: m[2] } : null;
}

type Fields = Record<string, unknown>;

function str(f: Fields, key: string, what = 'a text'): string {
  const v = f[key];
  if (typeof v !== 'string' || v.trim() === '') throw new InvalidInputError(`"${key}" must be ${what}`);
  return v;
}
function id(f: Fields, key: string): string {
  const v = str(f, key, 'an id such as actor:bufdir');
  if (!ID.test(v)) throw new InvalidInputError(`"${key}" is not an id ("${v}"; ids look like actor:bufdir)`);
  return v;
}
function optionalId(f: Fields, key: string): string | null | undefined {
  if (!(key in f)) return undefined;
  if (f[key] === null) return null;
  return id(f, key);
}
function oneOf<T extends string>(f: Fields, key: string, values: readonly T[]): T {
  const v = f[key];
  if (typeof v !== 'string' || !values.includes(v as T)) throw new InvalidInputError(`"${key}" must be one of ${values.join(', ')} (got ${JSON.stringify(v)})`);
  return v as T;
}

/** Checks an operation's fields (without meta) and returns it in canonical form. Throws InvalidInputError naming the field. */
export function validateOperation(f: Fields): CorrectionOp {
  const op = oneOf(f, 'op', CORRECTION_OPS);
  switch (op) {
    case 'merge': {
      const into = id(f, 'into');
      const from = id(f, 'from');
      if (into === from) throw new InvalidInputError('"into" and "from" are the same actor');
      return { op, into, from };
    }
    case 'split':
      return { op, actor: id(f, 'actor'), alias: str(f, 'alias') };
    case 'set': {
      const out: CorrectionOp = { op, id: id(f, 'id') };
      if ('name' in f) out.name = str(f, 'name').trim();
      if ('kind' in f) out.kind = oneOf(f, 'kind', ACTOR_KINDS);
      const level = optionalId(f, 'level');
      if (level !== undefined) out.level = level;
      const parent = optionalId(f, 'parent');
      if (parent !== undefined) out.parent = parent;
      if ('sectors' in f) {
        if (!Array.isArray(f.sectors) || f.sectors.some((s) => typeof s !== 'string' || !ID.test(s))) throw new InvalidInputError('"sectors" must be a list of sector ids');
        out.sectors = [...new Set(f.sectors as string[])];
      }
      if (Object.keys(out).length === 2) throw new InvalidInputError('"set" needs at least one of name, kind, level, sectors, parent');
      return out;
    }
    case 'reject':
      return { op, id: str(f, 'id', 'the id of a node or relationship') };
    case 'add': {
      const type = oneOf(f, 'type', REL_TYPES);
      const out: CorrectionOp = { op, type, source: id(f, 'source'), target: id(f, 'target'), quote: str(f, 'quote', 'the words of the document that state the fact'), document: id(f, 'document') };
      if (out.source === out.target) throw new InvalidInputError('"source" and "target" are the same');
      if (type === 'COORDINATES_WITH') out.kind = oneOf(f, 'kind', COORDINATION_KINDS);
      else if ('kind' in f) throw new InvalidInputError(`"kind" belongs to COORDINATES_WITH only, not ${type}`);
      return out;
    }
    case 'accept': {
      const review = str(f, 'review', 'a review item id');
      if (!parseReviewId(review)) throw new InvalidInputError(`"review" is not a review item id ("${review}"; they look like review:actor:x@doc:y)`);
      return { op, review };
    }
    case 'undo': {
      if (!Number.isInteger(f.undoes) || (f.undoes as number) < 1) throw new InvalidInputError('"undoes" must be the number of a correction (1, 2, …)');
      return { op, undoes: f.undoes as number };
    }
  }
}

/** Checks who, when and why. */
export function validateMeta(f: Fields): CorrectionMeta {
  const at = str(f, 'at', 'an ISO 8601 time');
  if (Number.isNaN(Date.parse(at)) || !/^\d{4}-\d\d-\d\dT/u.test(at)) throw new InvalidInputError(`"at" is not an ISO 8601 time ("${at}")`);
  return { author: str(f, 'author', 'who made the correction').trim(), at, why: str(f, 'why', 'why the correction was made (free text)').trim() };
}

/** Parses corrections.jsonl. Blank lines are skipped; a correction's number is its line. `source` names the file in issues. */
export function parseCorrections(text: string, source = 'corrections.jsonl'): { corrections: Correction[]; issues: CorrectionIssue[] } {
  const corrections: Correction[] = [];
  const issues: CorrectionIssue[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let fields: unknown;
    try {
      fields = JSON.parse(raw);
    } catch (e) {
      issues.push({ line, message: `${source}:${line}: not a JSON object (${(e as Error).message})` });
      return;
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      issues.push({ line, message: `${source}:${line}: not a JSON object` });
      return;
    }
    try {
      const op = validateOperation(fields as Fields);
      const meta = validateMeta(fields as Fields);
      if (op.op === 'undo' && op.undoes >= line) throw new InvalidInputError(`"undoes" (${op.undoes}) must name an earlier line`);
      corrections.push({ ...op, ...meta, n: line });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      issues.push({ line, message: `${source}:${line}: ${e.message}` });
    }
  });
  return { corrections, issues };
}

/** One correction as its line (no newline): meta first, then the operation's fields, in a fixed order. */
export function formatCorrection(c: CorrectionOp & CorrectionMeta): string {
  const { author, at, why, ...op } = c as CorrectionOp & CorrectionMeta & { n?: number };
  delete (op as { n?: number }).n;
  return JSON.stringify({ ...op, author, at, why });
}
