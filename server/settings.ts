/**
 * The server's limits and switches from the environment, parsed and checked
 * in one place, with an error that names the variable. `npm start` uses it;
 * listen() and createServer() take the result as plain options.
 */
import { DEFAULT_LIMITS, type Limits } from './create-server.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './http.ts';

export interface ServerSettings {
  timeoutMs: number;
  requestTimeoutMs: number;
  responseCache: false | { maxBytes: number };
  sourceMaps: boolean;
  limits: Partial<Limits>;
}

const MB = 1024 * 1024;

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`${name} must be 1 or 0, not "${raw}"`);
}

/** Reads SAMKART_TIMEOUT_MS, SAMKART_REQUEST_TIMEOUT_MS, SAMKART_RESPONSE_CACHE(_MB), SAMKART_SOURCE_MAPS, SAMKART_MAX_COST and SAMKART_MAX_RESULT_MB. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    timeoutMs: whole(env, 'SAMKART_TIMEOUT_MS', 10_000),
    requestTimeoutMs: whole(env, 'SAMKART_REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS),
    responseCache: flag(env, 'SAMKART_RESPONSE_CACHE', true) ? { maxBytes: whole(env, 'SAMKART_RESPONSE_CACHE_MB', 128) * MB } : false,
    sourceMaps: flag(env, 'SAMKART_SOURCE_MAPS', false),
    limits: {
      maxCost: whole(env, 'SAMKART_MAX_COST', DEFAULT_LIMITS.maxCost),
      maxResultBytes: whole(env, 'SAMKART_MAX_RESULT_MB', DEFAULT_LIMITS.maxResultBytes / MB) * MB,
    },
  };
}
