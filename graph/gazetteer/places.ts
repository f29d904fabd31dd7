/**
 * Builds the gazetteer entries of municipalities and counties from the rows
 * in data/: one entry per municipality or county, named "X kommune" /
 * "X fylkeskommune" (never the bare place name, which is no body), with its
 * number, its county as parent and its predecessors.
 */
import { slugify } from '../model/index.ts';
import { COUNTIES_2024, FORMER_COUNTIES, type CountyRow } from './data/counties.ts';
import { FORMER_MUNICIPALITIES, MUNICIPALITIES_2024, MUNICIPALITY_SPLITS_2024, type MunicipalityRow } from './data/municipalities.ts';
import { defineEntry, type SuccessionSpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

/**
 * A whole municipality or county sits under local government (its ministry is the one for municipalities);
 * the sectors it works in are carried by its services (barnevernet, skolen, NAV-kontoret …), so the system
 * matrix shows the body once and the services in their own columns.
 */
const MUNICIPALITY_SECTORS = ['kommunal'];
const COUNTY_SECTORS = ['kommunal'];

function municipalityKey(place: string, qualifier?: string): string {
  return `${slugify(place)}-kommune${qualifier ? `-${slugify(qualifier)}` : ''}`;
}

function municipalityName(place: string, qualifier?: string): string {
  return `${place} kommune${qualifier ? ` (${qualifier})` : ''}`;
}

function countyName(row: CountyRow, period?: string): string {
  if (row.key === 'oslo-fylke') return 'Oslo fylke';
  return `${row.place} fylkeskommune${period ? ` (${period})` : ''}`;
}

function countyEntry(row: CountyRow, period?: string, successors: readonly SuccessionSpec[] = []): GazetteerEntry {
  const name = countyName(row, period);
  // "Vestland fylke" names the county too; an old county of the same name as a new one gets no short form.
  const aliases = row.key === 'oslo-fylke' || period ? [] : [`${row.place} fylke`];
  return defineEntry({
    key: row.key,
    name,
    aliases,
    kind: 'COUNTY_MUNICIPALITY',
    levelKeys: ['fylke'],
    sectorKeys: COUNTY_SECTORS,
    number: row.number,
    placeNames: [row.place, ...(row.otherNames ?? [])],
    successors,
  });
}

/** Key of the municipality of 2024 with this place name (unique for every place a former municipality went into). */
function currentMunicipalityKey(place: string): string {
  for (const rows of Object.values(MUNICIPALITIES_2024)) {
    const row = rows.find((r) => r.place === place);
    if (row) return municipalityKey(row.place, row.qualifier);
  }
  throw new Error(`no municipality of 2024 named ${place}`);
}

function municipalityEntry(row: MunicipalityRow, countyKey: string): GazetteerEntry {
  const others = row.otherNames ?? [];
  return defineEntry({
    key: municipalityKey(row.place, row.qualifier),
    name: municipalityName(row.place, row.qualifier),
    aliases: others.map((o) => `${o} kommune`),
    kind: 'MUNICIPALITY',
    levelKeys: ['kommune'],
    sectorKeys: MUNICIPALITY_SECTORS,
    parentKey: countyKey,
    number: row.number,
    // "Herøy (Nordland)", "Herøy i Nordland": how texts tell two places of one name apart.
    placeNames: [row.place, ...others, ...(row.qualifier ? [`${row.place} (${row.qualifier})`, `${row.place} i ${row.qualifier}`] : [])],
  });
}

/** The counties of 2024 and the former ones, linked to what they went into. */
export function buildCountyEntries(): GazetteerEntry[] {
  return [
    ...COUNTIES_2024.map((row) => countyEntry(row)),
    ...FORMER_COUNTIES.map((row) =>
      countyEntry(row, row.period, row.successors.map((key) => ({ key, date: row.date, kind: row.kind }))),
    ),
  ];
}

/** The municipalities of 2024 and the ones merged, split or renamed away in 2020. */
export function buildMunicipalityEntries(): GazetteerEntry[] {
  const current = Object.entries(MUNICIPALITIES_2024).flatMap(([countyKey, rows]) => rows.map((row) => municipalityEntry(row, countyKey)));
  const splits = new Map(MUNICIPALITY_SPLITS_2024.map((s) => [currentMunicipalityKey(s.to), s]));
  const withSplits = current.map((e) => {
    const split = splits.get(e.key);
    if (!split) return e;
    return { ...e, predecessors: [{ key: currentMunicipalityKey(split.from), date: split.date, kind: 'partial' as const }] };
  });
  const former = FORMER_MUNICIPALITIES.map((row) =>
    defineEntry({
      key: municipalityKey(row.place, row.qualifier),
      name: municipalityName(row.place, row.qualifier),
      kind: 'MUNICIPALITY',
      levelKeys: ['kommune'],
      sectorKeys: MUNICIPALITY_SECTORS,
      parentKey: row.county,
      placeNames: [row.place],
      successors: row.into.map((place) => ({ key: currentMunicipalityKey(place), date: row.date, kind: row.kind })),
    }),
  );
  return [...withSplits, ...former];
}
