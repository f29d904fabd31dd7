/** Counts for the stats field and /health, from a snapshot. Pure. */
import { countSummary } from '../../model/index.ts';
import type { GraphSnapshot } from './snapshot.ts';

export interface StatsView {
  store: string;
  version: string;
  documents: number;
  actors: number;
  measures: number;
  initiatives: number;
  links: number;
  coordinationPairs: number;
}

export function stats(s: GraphSnapshot): StatsView {
  return { store: s.store, version: s.version, ...countSummary(s.counts), coordinationPairs: s.coordination.length };
}
