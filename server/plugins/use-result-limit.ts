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

/** A lower bound of the JSON length of `value`, or Infinity once it passes `cap`. */
export function estimateJsonLength(value: unknown, cap: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length + 2;
    else if (v === null || typeof v !== 'object') total += 5;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      for (const k in v) {
        total += k.length + 4;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
    if (total > cap) return Infinity;
  }
  return total;
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

/** Caps every single (non-streamed) result at `maxBytes` of JSON. */
export function useResultLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object) || Array.isArray(result)) return;
      if (jsonOf(result) !== undefined) return;
      const r = result as SerialisedResult;
      if (estimateJsonLength({ data: r.data, errors: r.errors?.length ? r.errors.map((e) => (e as Error).message) : undefined }, maxBytes) === Infinity) {
        setResult({ errors: [resultTooLarge(maxBytes)] } as never);
        return;
      }
      // Results with errors go through yoga's own serialiser, which strips internal error fields; they are small.
      if (r.errors?.length || r.extensions) return;
      const json = JSON.stringify(r);
      const bytes = Buffer.byteLength(json);
      if (bytes > maxBytes) {
        setResult({ errors: [resultTooLarge(maxBytes, bytes)] } as never);
        return;
      }
      setResult(withJson({ ...r }, json) as never);
    },
  };
}
