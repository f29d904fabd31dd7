/**
 * Who may write. Writes (uploads, corrections) are off unless the server was
 * given an admin token (SAMKART_ADMIN_TOKEN); then each write request must
 * carry it as `Authorization: Bearer <token>`. The comparison takes the same
 * time whatever the guess (both sides hashed, then compared in constant time).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** What a request may do: writes are off, no token given, a wrong token, or the right one. */
export type AdminStatus = 'disabled' | 'missing' | 'wrong' | 'ok';

/** The shortest admin token accepted: a guessable token is worse than none. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The bearer token of a request's Authorization header, or null. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const raw = headers.authorization;
  if (!raw) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(raw);
  return match ? match[1] : null;
}

/** Checks requests against the configured token (null: writes are off). */
export function adminAuth(token: string | null): (headers: IncomingHttpHeaders) => AdminStatus {
  const expected = token ? digest(token) : null;
  return (headers) => {
    if (!expected) return 'disabled';
    const given = bearerToken(headers);
    if (given === null) return 'missing';
    return timingSafeEqual(digest(given), expected) ? 'ok' : 'wrong';
  };
}
