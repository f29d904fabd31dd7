/**
 * Paging rules shared by every list: `limit` and `offset` are honoured and
 * capped at 1000; asking for more, or for nonsense, is a typed error.
 */
import { InvalidInputError } from '../model/index.ts';

/** The most rows any list returns. */
export const MAX_LIMIT = 1000;

/** Checks limit/offset: `limit` defaults to MAX_LIMIT, and asking for more is refused rather than silently cut. */
export function paging(limit?: number | null, offset?: number | null): { limit: number; offset: number } {
  if (limit != null && (!Number.isInteger(limit) || limit < 0)) throw new InvalidInputError('limit must be a whole number ≥ 0');
  if (limit != null && limit > MAX_LIMIT) throw new InvalidInputError(`limit may be at most ${MAX_LIMIT}; page with offset for more`);
  if (offset != null && (!Number.isInteger(offset) || offset < 0)) throw new InvalidInputError('offset must be a whole number ≥ 0');
  return { limit: Math.min(limit ?? MAX_LIMIT, MAX_LIMIT), offset: offset ?? 0 };
}

/** One page of a list. */
export function page<T>(items: readonly T[], limit?: number | null, offset?: number | null): T[] {
  const p = paging(limit, offset);
  return items.slice(p.offset, p.offset + p.limit);
}
