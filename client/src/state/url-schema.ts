/**
 * A small declarative schema for query-string parameters. Each field of a
 * state object names its parameter(s) and a codec; one `parseParams` and one
 * `writeParams` drive every field, so no code reads or writes a parameter by
 * hand. Codecs treat the query string as untrusted: unknown values fall back
 * to the default, numbers are clamped, ids are checked, lists are capped.
 */

/** How one state field is read from and written to the query string. */
export interface Param<T> {
  /** The parameter names this field owns (for collision checks). */
  keys: readonly string[];
  /** The field's value in `p`; the default when absent or unreadable. */
  read(p: URLSearchParams): T;
  /** The parameters for `value`; none when it is the default. */
  write(value: T): [string, string][];
}

/** A schema: one Param per field of `S`. */
export type ParamSchema<S> = { [K in keyof S]: Param<S[K]> };

const MAX_LIST = 50;
const ID = /^[a-z][a-z0-9_-]*:[^\s<"'`]{1,400}$/;

/** An id as the API makes them (`actor:bufdir`, an edge id …), or null. */
export function normaliseId(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  return ID.test(v) ? v : null;
}

function list(p: URLSearchParams, key: string): string[] {
  return p
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A non-negative integer of at most nine digits, or null. */
export function readInt(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** One of `allowed`, written only when it differs from `fallback`. */
export function enumParam<T extends string>(key: string, allowed: readonly T[], fallback: T): Param<T> {
  return {
    keys: [key],
    read: (p) => {
      const v = p.get(key);
      return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
    },
    write: (v) => (v === fallback ? [] : [[key, v]]),
  };
}

/** A boolean written as `key=on` when it differs from `fallback` (`on` is '1' unless given). */
export function flagParam(key: string, fallback = false, on = '1', off = '0'): Param<boolean> {
  return {
    keys: [key],
    read: (p) => {
      const v = p.get(key);
      return fallback ? v !== off : v === on;
    },
    write: (v) => (v === fallback ? [] : [[key, v ? on : off]]),
  };
}

/** One checked id, or null. */
export function idParam(key: string): Param<string | null> {
  return { keys: [key], read: (p) => normaliseId(p.get(key)), write: (v) => (v ? [[key, v]] : []) };
}

/** A comma-separated list of checked ids, without duplicates, at most 50. */
export function idListParam(key: string): Param<string[]> {
  return {
    keys: [key],
    read: (p) => [...new Set(list(p, key).map(normaliseId).filter((v): v is string => v !== null))].slice(0, MAX_LIST),
    write: (v) => (v.length ? [[key, v.join(',')]] : []),
  };
}

/** A comma-separated list of values of `allowed`, without duplicates. */
export function enumListParam<T extends string>(key: string, allowed: readonly T[]): Param<T[]> {
  return {
    keys: [key],
    read: (p) => [...new Set(list(p, key).filter((v): v is T => (allowed as readonly string[]).includes(v)))].slice(0, MAX_LIST),
    write: (v) => (v.length ? [[key, v.join(',')]] : []),
  };
}

/** A decimal number normalised by `clamp`; written when it differs from `fallback`. */
export function numberParam(key: string, fallback: number, clamp: (x: number) => number): Param<number> {
  return {
    keys: [key],
    read: (p) => {
      const v = p.get(key);
      return v !== null && v !== '' && /^\d{0,2}(\.\d{1,4})?$/.test(v) ? clamp(Number(v)) : fallback;
    },
    write: (v) => (v === fallback ? [] : [[key, String(v)]]),
  };
}

/** A nested object whose fields have their own params (e.g. the filters). */
export function objectParam<S>(schema: ParamSchema<S>): Param<S> {
  return {
    keys: schemaKeys(schema),
    read: (p) => parseParams(schema, p),
    write: (v) => writeParams(schema, v),
  };
}

/** Every parameter name a schema owns. */
export function schemaKeys<S>(schema: ParamSchema<S>): string[] {
  return Object.values<Param<unknown>>(schema as Record<string, Param<unknown>>).flatMap((p) => [...p.keys]);
}

/** The state object a query string describes under `schema`. */
export function parseParams<S>(schema: ParamSchema<S>, p: URLSearchParams): S {
  const out: Record<string, unknown> = {};
  for (const [field, param] of Object.entries<Param<unknown>>(schema as Record<string, Param<unknown>>)) out[field] = param.read(p);
  return out as S;
}

/** The parameters of `value` under `schema`, in schema order. */
export function writeParams<S>(schema: ParamSchema<S>, value: S): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, param] of Object.entries<Param<unknown>>(schema as Record<string, Param<unknown>>)) out.push(...param.write((value as Record<string, unknown>)[field]));
  return out;
}
