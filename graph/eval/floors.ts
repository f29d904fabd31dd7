/**
 * The floors `npm run eval -- --check` holds the overall results to, and the
 * check itself. Pure.
 */
import { CATEGORIES, precision, recall, type Category, type Tallies } from './score.ts';

export interface Floors {
  recall: Partial<Record<Category, number>>;
  precision: Partial<Record<Category, number>>;
}

/** The "Done when" floors on the development corpus. */
export const DEFAULT_FLOORS: Floors = {
  recall: { measures: 0.95, status: 0.9, responsible: 0.9, actors: 0.9, participants: 0.8 },
  precision: { measures: 0.95, actors: 0.85 },
};

export interface FloorFailure {
  metric: 'recall' | 'precision';
  category: Category;
  floor: number;
  value: number;
}

export interface FloorCheck {
  passed: boolean;
  failures: FloorFailure[];
  /** Floors with nothing to measure (no gold items, or nothing served): not held against the run. */
  skipped: { metric: 'recall' | 'precision'; category: Category }[];
}

/** Reads a floors file's JSON: `{ "recall": { "measures": 0.95, … }, "precision": { … } }`; the given values replace the defaults, the rest stay. */
export function parseFloors(json: unknown, name = 'floors file', base: Floors = DEFAULT_FLOORS): Floors {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${name}: not a JSON object`);
  const out: Floors = { recall: { ...base.recall }, precision: { ...base.precision } };
  for (const [metric, values] of Object.entries(json as Record<string, unknown>)) {
    if (metric !== 'recall' && metric !== 'precision') throw new Error(`${name}: unknown key "${metric}" (use "recall" and "precision")`);
    if (!values || typeof values !== 'object' || Array.isArray(values)) throw new Error(`${name}: "${metric}" is not an object`);
    for (const [category, v] of Object.entries(values as Record<string, unknown>)) {
      if (!(CATEGORIES as readonly string[]).includes(category)) throw new Error(`${name}: unknown category "${category}" (${CATEGORIES.join(', ')})`);
      if (v === null) delete out[metric][category as Category];
      else if (typeof v !== 'number' || v < 0 || v > 1) throw new Error(`${name}: ${metric}.${category} must be a number from 0 to 1, or null to drop it`);
      else out[metric][category as Category] = v;
    }
  }
  return out;
}

/** Holds overall tallies to the floors. */
export function checkFloors(overall: Tallies, floors: Floors = DEFAULT_FLOORS): FloorCheck {
  const failures: FloorFailure[] = [];
  const skipped: FloorCheck['skipped'] = [];
  for (const metric of ['recall', 'precision'] as const) {
    for (const category of CATEGORIES) {
      const floor = floors[metric][category];
      if (floor === undefined) continue;
      const value = (metric === 'recall' ? recall : precision)(overall[category]);
      if (value === null) skipped.push({ metric, category });
      else if (value < floor) failures.push({ metric, category, floor, value });
    }
  }
  return { passed: failures.length === 0, failures, skipped };
}
