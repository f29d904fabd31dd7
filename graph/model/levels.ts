/**
 * The five administrative levels of the system-perspective table (seed 003),
 * with their rank: 0 for the ministries, growing towards the municipality.
 */
import { levelId, type LevelId } from './ids.ts';

export interface LevelDef {
  id: LevelId;
  key: string;
  /** As written in the table's first column. */
  name: string;
  /** English gloss, for the UI's English mode. */
  nameEn: string;
  rank: number;
}

const def = (key: string, name: string, nameEn: string, rank: number): LevelDef => ({
  id: levelId(key),
  key,
  name,
  nameEn,
  rank,
});

/** The levels, in rank order. */
export const LEVELS: readonly LevelDef[] = [
  def('departement', 'Departement', 'Ministry', 0),
  def('direktorat', 'Direktorat', 'Directorate', 1),
  def('regional-stat', 'Regional stat', 'Regional state', 2),
  def('fylke', 'Fylke / fylkeskommune', 'County', 3),
  def('kommune', 'Kommune', 'Municipality', 4),
];

/** The level whose row label matches a table's first cell ("Fylke/ fylkeskommune" → fylke), or null. */
export function levelByRowLabel(label: string): LevelDef | null {
  const t = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^departement/.test(t)) return LEVELS[0];
  if (/^direktorat/.test(t)) return LEVELS[1];
  if (/^regional/.test(t)) return LEVELS[2];
  if (/^fylke/.test(t)) return LEVELS[3];
  if (/^kommune/.test(t)) return LEVELS[4];
  return null;
}
