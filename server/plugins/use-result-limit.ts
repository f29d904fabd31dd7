/**
 * Results serialised with a size cap. Before an answer is turned into JSON,
 * its size is estimated by a walk over the result (strings by length, with a
 * little for the punctuation), which stops as soon as the estimate passes
 * the cap; only an answer under the cap is serialised, once, and that JSON is
 * what yoga sends (and the response cache keeps). An answer past the cap is
 * replaced by a RESULT_TOO_LARGE error that says how to ask for less, so a
 * huge answer never becomes a huge string in memory.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** A result yoga can send with JSON we made: `stringify` hands it back. */
export interface SerialisedResult {
  data?: unknown;
  errors?: readonly unknown[];
  extensions?: Record<string, unknown>;
  stringify?: (result: unknown) => string;
}

const JSON_OF = Symbol('samkart.json');

/** The JSON made for a result by useResultLimit, if any. */
export function jsonOf(result: unknown): string | undefined {
  return (result as { [JSON_OF]?: string } | null)?.[JSON_OF];
}

/** Marks a result as already serialised to `json` (so yoga sends it as is). */
export function withJson<T extends object>(result: T, json: string): T & SerialisedResult {
  return Object.assign(result, { [JSON_OF]: json, stringify: () => json });
}

/** Arrays longer than this are written in runs of rows; shorter ones, and anything deeper than MAX_DEPTH, in one JSON.stringify. */
const ROWS = 32;
const MAX_DEPTH = 3;
/** About how much JSON one run of rows makes: runs of small rows are written by one JSON.stringify each. */
const RUN_CHARS = 64 * 1024;
const MAX_RUN = 1024;

/**
 * The JSON of `value` in pieces, the same text as JSON.stringify gives, walking big lists a run of rows at a time.
 * A run starts as one row (walked, so that a huge row is cut short at the cap) and grows to about RUN_CHARS of
 * the rows seen so far: row by row, a national network of 50,000 links took three times as long as one JSON.stringify.
 */
function* pieces(value: unknown, depth = 0): Generator<string> {
  if (Array.isArray(value) && value.length > ROWS) {
    yield '[';
    let chars = 0;
    for (let i = 0; i < value.length; ) {
      const run = i === 0 ? 1 : Math.max(1, Math.min(MAX_RUN, Math.floor((RUN_CHARS * i) / Math.max(1, chars))));
      if (i) yield ',';
      if (run === 1) {
        for (const piece of pieces(value[i], depth + 1)) {
          chars += piece.length;
          yield piece;
        }
      } else {
        // The rows inside the brackets; undefined and functions become null in an array, as JSON.stringify writes them.
        const text = JSON.stringify(value.slice(i, i + run)).slice(1, -1);
        chars += text.length;
        yield text;
      }
      i += run;
    }
    yield ']';
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < MAX_DEPTH && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    yield '{';
    let first = true;
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(k)}:`;
      first = false;
      yield* pieces(v, depth + 1);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

/**
 * JSON.stringify in slices: gives the event loop a turn about every `sliceMs`,
 * and stops with null as soon as the text passes `maxChars` characters (a
 * character is at least one byte of UTF-8, so this never stops early).
 */
export async function serialiseInSlices(value: unknown, maxChars: number, sliceMs = 8): Promise<string | null> {
  const out: string[] = [];
  let chars = 0;
  let sliceStart = performance.now();
  let n = 0;
  let checkedAt = 0;
  for (const piece of pieces(value)) {
    chars += piece.length;
    if (chars > maxChars) return null;
    out.push(piece);
    // The clock is read every 256 pieces, or every 64 kB of text (a run of rows is one piece).
    if ((++n & 255) === 0 || chars - checkedAt > RUN_CHARS) {
      checkedAt = chars;
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise<void>((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
  }
  return out.join('');
}

/** The RESULT_TOO_LARGE error. */
export function resultTooLarge(maxBytes: number, about?: number): Error {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return createGraphQLError(
    `The answer would be ${about ? `about ${mb(about)}` : `over ${mb(maxBytes)}`}, more than the ${mb(maxBytes)} one answer may be. ` +
      'Ask for fewer rows with `limit` and `offset`, narrow the list with a filter (e.g. `actorIds` or `minWeight` on coordination, a `focus` on graph), or ask for fewer fields.',
    { extensions: { code: 'RESULT_TOO_LARGE', maxBytes } },
  );
}

/** Caps every single (non-streamed) result at `maxBytes` of JSON, serialised in slices. */
export function useResultLimit(maxBytes: number): Plugin {
  return {
    async onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      if (jsonOf(result) !== undefined) return;
      const r = result as SerialisedResult;
      if (r.errors?.length || r.extensions) {
        // yoga's own serialiser strips internal error fields from these; they are small unless the data is big.
        if ((await serialiseInSlices(r.data ?? null, maxBytes)) === null) setResult({ errors: [resultTooLarge(maxBytes)] } as never);
        return;
      }
      const json = await serialiseInSlices({ data: r.data }, maxBytes);
      const bytes = json === null ? null : Buffer.byteLength(json);
      if (json === null || bytes! > maxBytes) {
        setResult({ errors: [resultTooLarge(maxBytes, bytes ?? undefined)] } as never);
        return;
      }
      setResult(withJson({ ...r }, json) as never);
    },
  };
}
