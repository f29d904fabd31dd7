/**
 * Gold folders: texts named `dev_NN_<slug>.txt` with `dev_NN.gold.json`, or
 * `NN_<slug>.txt` with `gold_NN.json` (NN: 2 or 3 digits), the gold files
 * either beside the texts or in a `gold/` subfolder, plus an optional
 * `aliases.json` (in either place). Parsing and pairing are pure; only
 * `readGoldFolder` touches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldMeasure {
  number: string;
  title: string;
  status: string | null;
  responsible: string[];
}

export interface GoldCollaboration {
  name: string;
  participants: string[];
  lead: string | null;
}

export interface Gold {
  measures: GoldMeasure[];
  actors: string[];
  collaborations: GoldCollaboration[];
}

/** aliases.json of one file: as written → canonical (with its note, as in the file). */
export type FileAliases = Record<string, string>;

/** One gold file paired with its text. */
export interface GoldEntry {
  /** The file number as written in the gold file's name ("01", "000"). */
  key: string;
  goldFile: string;
  /** The text's file name, or null when the folder has no text with that number. */
  textFile: string | null;
  gold: Gold;
  aliases: FileAliases;
}

export interface GoldFolder {
  dir: string;
  entries: GoldEntry[];
  /** Texts with no gold file: loaded (they are part of the folder) but not scored. */
  textsWithoutGold: string[];
  /** Problems worth a line in the report (unreadable gold, a gold file without text). */
  problems: string[];
}

const TEXT_NAME = /^(?:dev_)?(\d{2,3})_.*\.(?:txt|md)$/i;
const GOLD_NAME = /^(?:dev_(\d{2,3})\.gold|gold_(\d{2,3}))\.json$/i;

/** The file number of a text file name, or null. */
export function textNumber(fileName: string): string | null {
  return TEXT_NAME.exec(fileName)?.[1] ?? null;
}

/** The file number of a gold file name, or null. */
export function goldNumber(fileName: string): string | null {
  const m = GOLD_NAME.exec(fileName);
  return m ? (m[1] ?? m[2]) : null;
}

/** Two file numbers name the same file: equal as written, or as numbers ("1" and "01"). */
export function sameNumber(a: string, b: string): boolean {
  return a === b || Number(a) === Number(b);
}

/** The value under `key` of a record keyed by file numbers, by exact key first, then by number. */
export function byNumber<T>(record: Record<string, T>, key: string): T | undefined {
  if (key in record) return record[key];
  const k = Object.keys(record).find((x) => /^\d+$/.test(x) && sameNumber(x, key));
  return k === undefined ? undefined : record[k];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks and reads one gold file's JSON; throws with the file name on a bad shape. */
export function parseGold(json: unknown, name: string): Gold {
  const bad = (what: string): never => {
    throw new Error(`${name}: ${what}`);
  };
  if (!json || typeof json !== 'object') bad('not a JSON object');
  const o = json as Record<string, unknown>;
  const measures = o.measures ?? [];
  const actors = o.actors ?? [];
  const collaborations = o.collaborations ?? [];
  if (!Array.isArray(measures)) bad('"measures" is not a list');
  if (!isStringArray(actors)) bad('"actors" is not a list of strings');
  if (!Array.isArray(collaborations)) bad('"collaborations" is not a list');
  const out: Gold = { measures: [], actors: [...(actors as string[])], collaborations: [] };
  (measures as unknown[]).forEach((m, i) => {
    const r = (m ?? {}) as Record<string, unknown>;
    if (typeof r.number !== 'string' && typeof r.number !== 'number') bad(`measure ${i + 1} has no number`);
    if (typeof r.title !== 'string') bad(`measure ${i + 1} has no title`);
    if (r.status != null && typeof r.status !== 'string') bad(`measure ${i + 1}: status is not a string or null`);
    if (r.responsible != null && !isStringArray(r.responsible)) bad(`measure ${i + 1}: responsible is not a list of strings`);
    out.measures.push({ number: String(r.number), title: r.title as string, status: (r.status as string | null) ?? null, responsible: [...((r.responsible as string[]) ?? [])] });
  });
  (collaborations as unknown[]).forEach((c, i) => {
    const r = (c ?? {}) as Record<string, unknown>;
    if (typeof r.name !== 'string') bad(`collaboration ${i + 1} has no name`);
    if (r.participants != null && !isStringArray(r.participants)) bad(`collaboration ${i + 1}: participants is not a list of strings`);
    if (r.lead != null && typeof r.lead !== 'string') bad(`collaboration ${i + 1}: lead is not a string or null`);
    out.collaborations.push({ name: r.name as string, participants: [...((r.participants as string[]) ?? [])], lead: (r.lead as string | null) ?? null });
  });
  return out;
}

/** Checks aliases.json: `{ "NN": { "<as written>": "<canonical>" } }`. */
export function parseAliases(json: unknown, name = 'aliases.json'): Record<string, FileAliases> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${name}: not a JSON object`);
  const out: Record<string, FileAliases> = {};
  for (const [file, map] of Object.entries(json as Record<string, unknown>)) {
    if (!map || typeof map !== 'object' || Array.isArray(map)) throw new Error(`${name}: entry "${file}" is not an object`);
    out[file] = {};
    for (const [k, v] of Object.entries(map as Record<string, unknown>)) {
      if (typeof v !== 'string') throw new Error(`${name}: "${file}" → "${k}" is not a string`);
      out[file][k] = v;
    }
  }
  return out;
}

/**
 * Pairs gold files with texts by number. `gold` maps a gold file name to its
 * parsed content. Gold files are ordered by number.
 */
export function pairGold(
  dir: string,
  textNames: readonly string[],
  gold: ReadonlyMap<string, Gold>,
  aliases: Record<string, FileAliases>,
  problems: string[] = [],
): GoldFolder {
  const texts = textNames.filter((n) => textNumber(n) !== null);
  const used = new Set<string>();
  const entries: GoldEntry[] = [];
  const goldNames = [...gold.keys()].filter((n) => goldNumber(n) !== null).sort((a, b) => Number(goldNumber(a)) - Number(goldNumber(b)) || a.localeCompare(b));
  for (const goldFile of goldNames) {
    const key = goldNumber(goldFile)!;
    const exact = texts.filter((t) => textNumber(t) === key);
    const candidates = exact.length ? exact : texts.filter((t) => sameNumber(textNumber(t)!, key));
    if (candidates.length > 1) problems.push(`${goldFile}: several texts have number ${key} (${candidates.join(', ')}); scoring ${candidates[0]}`);
    const textFile = candidates[0] ?? null;
    if (!textFile) problems.push(`${goldFile}: no text file numbered ${key} in ${dir}`);
    else used.add(textFile);
    entries.push({ key, goldFile, textFile, gold: gold.get(goldFile)!, aliases: byNumber(aliases, key) ?? {} });
  }
  return { dir, entries, textsWithoutGold: texts.filter((t) => !used.has(t)), problems };
}

/** Reads a gold folder: texts from `dir`, gold files and aliases.json from `dir` or `dir/gold`. */
export function readGoldFolder(dir: string): GoldFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: no such folder`);
  const problems: string[] = [];
  const textNames = readdirSync(dir).filter((n) => textNumber(n) !== null && statSync(join(dir, n)).isFile()).sort();
  const places = [dir, join(dir, 'gold')].filter((d) => existsSync(d) && statSync(d).isDirectory());
  const gold = new Map<string, Gold>();
  const aliases: Record<string, FileAliases> = {};
  for (const place of places) {
    for (const name of readdirSync(place).sort()) {
      const path = join(place, name);
      if (goldNumber(name) !== null) {
        if (gold.has(name)) {
          problems.push(`${path}: ${name} is also in ${dir}; using the first`);
          continue;
        }
        try {
          gold.set(name, parseGold(JSON.parse(readFileSync(path, 'utf8')), path));
        } catch (e) {
          problems.push(e instanceof SyntaxError ? `${path}: not valid JSON (${e.message})` : (e as Error).message);
        }
      } else if (name === 'aliases.json') {
        try {
          const more = parseAliases(JSON.parse(readFileSync(path, 'utf8')), path);
          for (const [k, v] of Object.entries(more)) aliases[k] = { ...(aliases[k] ?? {}), ...v };
        } catch (e) {
          problems.push(e instanceof SyntaxError ? `${path}: not valid JSON (${e.message})` : (e as Error).message);
        }
      }
    }
  }
  if (gold.size === 0) problems.push(`${dir}: no gold files (dev_NN.gold.json or gold_NN.json, here or in gold/)`);
  return pairGold(dir, textNames, gold, aliases, problems);
}
