/**
 * Configuration: every environment variable and command-line flag of the
 * server and the scripts, parsed and checked in one place, with an error that
 * names the variable. This is the only module outside tests that reads
 * `process.env`; graph/ and createServer() take the results as plain options.
 * ENV_VARIABLES lists the variables; a test keeps it and the README's table in step.
 */
import { DEFAULT_LIMITS, type Limits } from './create-server.ts';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { correctionsPath } from '../graph/corrections/index.ts';
import { parseArgs } from 'node:util';
import { DEFAULT_SEEDS_DIR, DEFAULT_SNAPSHOT, type ParseLimits } from '../graph/load/index.ts';
import type { ReadLimits } from '../graph/read/index.ts';
import type { Neo4jConfig } from '../graph/store/index.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './http.ts';
import { MIN_ADMIN_TOKEN_LENGTH } from './admin/index.ts';

/** Every environment variable Samkart reads, in the README's order. The SAMKART_REQUIRE_* switches are read by the test setup. */
export const ENV_VARIABLES: readonly string[] = [
  'PORT',
  'HOST',
  'SEEDS_DIR',
  'NEO4J_URI',
  'NEO4J_USERNAME',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'SAMKART_CORS_ORIGINS',
  'SAMKART_TIMEOUT_MS',
  'SAMKART_REQUEST_TIMEOUT_MS',
  'SAMKART_MAX_COST',
  'SAMKART_MAX_RESULT_MB',
  'SAMKART_RESPONSE_CACHE',
  'SAMKART_RESPONSE_CACHE_MB',
  'SAMKART_SOURCE_MAPS',
  'SAMKART_SNAPSHOT',
  'SAMKART_INCLUDE_PEOPLE',
  'SAMKART_ADMIN_TOKEN',
  'SAMKART_CORRECTIONS',
  'SAMKART_FOLLOW_SYMLINKS',
  'SAMKART_PARSE_MEMORY_MB',
  'SAMKART_PARSE_TIMEOUT_MS',
  'SAMKART_PARSE_THREADS',
  'SAMKART_MAX_TEXT_MB',
  'SAMKART_MAX_PDF_MB',
  'SAMKART_MAX_PDF_PAGES',
  'SAMKART_MAX_OFFICE_MB',
  'SAMKART_MAX_UNZIPPED_MB',
  'SAMKART_REQUIRE_NEO4J',
  'SAMKART_REQUIRE_BROWSER',
  'SAMKART_REQUIRE_NOTEBOOK',
  'SAMKART_REQUIRE_LIBREOFFICE',
  'NEO4J_PORT',
  'NEO4J_DATA_DIR',
];

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

/** Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is unset. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) throw new Error(`NEO4J_URI must start with bolt://, neo4j:// or neo4j+s://, not "${env.NEO4J_URI}"`);
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
}

/** What `npm start` runs with. `seedsDir` is null when neither --seeds nor SEEDS_DIR names a folder. */
export interface StartConfig extends ServerSettings {
  help: boolean;
  port: number;
  host: string;
  seedsDir: string | null;
  includePeople: boolean;
  followSymlinks: boolean;
  corsOrigins: string[];
  neo4j: Neo4jConfig | null;
  snapshot: string;
  parse: Partial<ParseLimits>;
  /** SAMKART_ADMIN_TOKEN: turns writes on (uploads, corrections) for requests that carry it; null: writes are off. */
  adminToken: string | null;
  /** The corrections file (graph/corrections), replayed after every load. */
  corrections: string;
  /** The readers' limits per format. */
  read: Partial<ReadLimits>;
  /** Where the original files and their source maps are kept. */
  filesDir: string;
  /** `--watch`: keep the loaded folder and the graph in step. */
  watch: boolean;
}

export const START_USAGE =
  'Usage: npm start [-- --seeds DIR] [--port N] [--host H] [--include-people] [--follow-symlinks] [--watch]\n' +
  `Environment: ${ENV_VARIABLES.filter((n) => !n.startsWith('SAMKART_REQUIRE_') && !n.startsWith('SAMKART_PARSE_') && n !== 'NEO4J_PORT' && n !== 'SAMKART_SNAPSHOT').join(', ')}\n`;

/** Parses `npm start`'s flags and environment; a flag wins over its variable. */
export function startConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): StartConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'include-people': { type: 'boolean', default: false },
      'follow-symlinks': { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  const portRaw = values.port ?? env.PORT;
  const port = portRaw === undefined || portRaw === '' ? 4000 : Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${values.port !== undefined ? '--port' : 'PORT'} must be a whole number from 0 to 65535, not "${portRaw}"`);
  return {
    help: values.help ?? false,
    port,
    host: values.host || env.HOST || '127.0.0.1',
    seedsDir: values.seeds || env.SEEDS_DIR || null,
    includePeople: values['include-people'] || flag(env, 'SAMKART_INCLUDE_PEOPLE', false),
    followSymlinks: values['follow-symlinks'] || flag(env, 'SAMKART_FOLLOW_SYMLINKS', false),
    corsOrigins: (env.SAMKART_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    neo4j: neo4jConfigFromEnv(env),
    snapshot: snapshotPath(env),
    parse: parseLimitsFromEnv(env),
    adminToken: adminTokenFromEnv(env),
    corrections: correctionsFileFromEnv(env),
    read: readLimitsFromEnv(env),
    filesDir: filesDirFromEnv(env),
    watch: values.watch ?? false,
    ...serverSettingsFromEnv(env),
  };
}

/** SAMKART_ADMIN_TOKEN, checked for length; null when unset. */
export function adminTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.SAMKART_ADMIN_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(raw)) throw new Error(`SAMKART_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters with no spaces (for example from \`openssl rand -hex 24\`)`);
  return raw;
}

/** `npm run neo4j`'s port and data folder: --port over NEO4J_PORT, --data over NEO4J_DATA_DIR; undefined means the launcher's default. */
export function localNeo4jConfig(flags: { port?: string; data?: string }, env: NodeJS.ProcessEnv = process.env): { port: number | undefined; dataDir: string | undefined } {
  const raw = flags.port ?? env.NEO4J_PORT;
  let port: number | undefined;
  if (raw !== undefined && raw !== '') {
    port = Number(raw);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${flags.port !== undefined ? '--port' : 'NEO4J_PORT'} must be a port from 1 to 65535, not "${raw}"`);
  }
  return { port, dataDir: flags.data || env.NEO4J_DATA_DIR || undefined };
}

/** The folders searched for programs (PATH): the system's, not Samkart's configuration. */
export function searchPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PATH ?? '';
}

/** The environment for a child process: this process's, with `overrides` (an undefined value removes the variable). */
export function childEnv(overrides: NodeJS.ProcessEnv = {}, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries({ ...env, ...overrides }).filter(([, v]) => v !== undefined));
}

/** Where `npm run load` writes, and `npm start` reads, the embedded graph: SAMKART_SNAPSHOT, or .data/graph.json. */
export function snapshotPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SAMKART_SNAPSHOT || DEFAULT_SNAPSHOT;
}

/** The corrections file: corrections.jsonl in SAMKART_CORRECTIONS (a folder to keep under version control), or in the data folder beside the snapshot. */
export function correctionsFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return correctionsPath(env.SAMKART_CORRECTIONS || dirname(snapshotPath(env)));
}

/** The parser threads' limits set by SAMKART_PARSE_MEMORY_MB, SAMKART_PARSE_TIMEOUT_MS and SAMKART_PARSE_THREADS (at most 2, and at most cores − 1). */
export function parseLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ParseLimits> {
  const limits: Partial<ParseLimits> = {};
  if (env.SAMKART_PARSE_MEMORY_MB) limits.memoryMb = whole(env, 'SAMKART_PARSE_MEMORY_MB', 512, 16);
  if (env.SAMKART_PARSE_TIMEOUT_MS) limits.timeoutBaseMs = whole(env, 'SAMKART_PARSE_TIMEOUT_MS', 4_000);
  if (env.SAMKART_PARSE_THREADS) limits.threads = Math.min(whole(env, 'SAMKART_PARSE_THREADS', 2), Math.max(1, availableParallelism() - 1), 2);
  return limits;
}

/** The readers' limits (graph/read): SAMKART_MAX_TEXT_MB, SAMKART_MAX_PDF_MB, SAMKART_MAX_PDF_PAGES, SAMKART_MAX_OFFICE_MB, SAMKART_MAX_UNZIPPED_MB. */
export function readLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  if (env.SAMKART_MAX_TEXT_MB) limits.maxTextBytes = whole(env, 'SAMKART_MAX_TEXT_MB', 20) * MB;
  if (env.SAMKART_MAX_PDF_MB) limits.maxPdfBytes = whole(env, 'SAMKART_MAX_PDF_MB', 200) * MB;
  if (env.SAMKART_MAX_PDF_PAGES) limits.maxPdfPages = whole(env, 'SAMKART_MAX_PDF_PAGES', 2_000);
  if (env.SAMKART_MAX_OFFICE_MB) limits.maxZipBytes = whole(env, 'SAMKART_MAX_OFFICE_MB', 50) * MB;
  if (env.SAMKART_MAX_UNZIPPED_MB) limits.maxUnzippedBytes = whole(env, 'SAMKART_MAX_UNZIPPED_MB', 200) * MB;
  return limits;
}

/** The file store's folder: `files/` in the data folder, beside the snapshot. */
export function filesDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return join(dirname(snapshotPath(env)), 'files');
}

/** What `npm run load` runs with. */
export interface LoadConfig {
  help: boolean;
  paths: string[];
  dryRun: boolean;
  json: boolean;
  includePeople: boolean;
  replaceAll: boolean;
  followSymlinks: boolean;
  review: string | undefined;
  neo4j: Neo4jConfig | null;
  snapshot: string;
  parse: Partial<ParseLimits>;
  /** The corrections file, replayed after the load. */
  corrections: string;
  /** The readers' limits per format. */
  read: Partial<ReadLimits>;
  /** Where the original files and their source maps are kept. */
  filesDir: string;
}

/** Parses `npm run load`'s flags and environment; without paths it loads --seeds, SEEDS_DIR or seeds/. People and links outside a folder need their flags. */
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): LoadConfig {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'include-people': { type: 'boolean', default: false },
      'replace-all': { type: 'boolean', default: false },
      'follow-symlinks': { type: 'boolean', default: false },
      seeds: { type: 'string' },
      review: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  return {
    help: values.help ?? false,
    paths: positionals.length ? positionals : [values.seeds || env.SEEDS_DIR || DEFAULT_SEEDS_DIR],
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    // Only the flags: `npm run load` has never read SAMKART_INCLUDE_PEOPLE or SAMKART_FOLLOW_SYMLINKS.
    includePeople: values['include-people'] ?? false,
    replaceAll: values['replace-all'] ?? false,
    followSymlinks: values['follow-symlinks'] ?? false,
    review: values.review,
    neo4j: neo4jConfigFromEnv(env),
    snapshot: snapshotPath(env),
    parse: parseLimitsFromEnv(env),
    corrections: correctionsFileFromEnv(env),
    read: readLimitsFromEnv(env),
    filesDir: filesDirFromEnv(env),
  };
}
