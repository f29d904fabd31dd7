/**
 * The curated policy sectors of the 0-24 field, in the column order of the
 * system-perspective table (seed 003), each with its owning ministry.
 */
import { sectorId } from '../model/index.ts';
import type { SectorDef } from './types.ts';

const sector = (key: string, name: string, nameEn: string, ministryKey: string, order: number): SectorDef => ({
  key,
  id: sectorId(key),
  name,
  nameEn,
  ministryKey,
  order,
});

/** The sectors, in display order. Integration sits with KD, as in seed 003's table. */
export const SECTORS: readonly SectorDef[] = [
  sector('helse', 'Helse', 'Health', 'hod', 0),
  sector('utdanning', 'Utdanning', 'Education', 'kd', 1),
  sector('integrering', 'Integrering', 'Integration', 'kd', 2),
  sector('barn-familie', 'Barn og familie', 'Children and family', 'bfd', 3),
  sector('arbeid-velferd', 'Arbeid og velferd', 'Labour and welfare', 'asd', 4),
  sector('justis', 'Justis', 'Justice', 'jd', 5),
  sector('kultur', 'Kultur', 'Culture', 'kud', 6),
  sector('kommunal', 'Kommunal forvaltning', 'Local government', 'kmd', 7),
];

const BY_KEY = new Map(SECTORS.map((s) => [s.key, s]));

/** The sector with this key, or null. */
export function sectorByKey(key: string): SectorDef | null {
  return BY_KEY.get(key) ?? null;
}
