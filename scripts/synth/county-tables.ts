/**
 * One document per county with a system-perspective table in seed 003's
 * tab-separated format: a header row of ministries with merged cells, then
 * the rows Departement, Direktorat, Regional stat, Fylke/ fylkeskommune and
 * Kommune. The county and municipal rows name local services:
 * "Oppfølgingstjenesten i Nordland fylkeskommune", "Barnevernet i Bodø kommune".
 */
import type { Rng } from './prng.ts';
import type { County, Municipality } from './places.ts';
import type { GeneratedFile } from './status-reports.ts';
import { pad, paragraphs, placeSlug } from './text.ts';
import { COUNTY_ROW_GENERIC, COUNTY_SERVICES, MONTHS, MUNICIPAL_SERVICES, TABLE_COLUMNS } from './vocabulary.ts';

const COLUMNS = TABLE_COLUMNS.ministries.length;

/** Table cells mend line-break hyphens ("Politi-distriktene"), so forms like "Nav-kontoret" are left out there. */
const tableForms = (forms: readonly string[]) => {
  const safe = forms.filter((f) => !/\p{Ll}-\p{Ll}/u.test(f));
  return safe.length ? safe : forms;
};

/** The county's table document, naming every municipal service of its municipalities. */
export function countyTable(index: number, county: County, municipalities: readonly Municipality[], rng: Rng): { file: GeneratedFile; localServices: number } {
  const nn = county.nynorsk >= 0.5;
  const countyCells: string[][] = Array.from({ length: COLUMNS }, () => []);
  const municipalCells: string[][] = Array.from({ length: COLUMNS }, () => []);
  let localServices = 0;
  for (const s of COUNTY_SERVICES) {
    const written = rng.pick(tableForms(nn ? s.nn : s.nb));
    // Oslo is its own county authority: the services are named without a county.
    if (county.name === 'Oslo') countyCells[s.column].push(written);
    else {
      countyCells[s.column].push(`${written} i ${county.name} fylkeskommune`);
      localServices++;
    }
  }
  for (const [column, name] of Object.entries(COUNTY_ROW_GENERIC)) countyCells[Number(column)].push(name);
  for (const m of municipalities) {
    for (const s of MUNICIPAL_SERVICES) {
      municipalCells[s.column].push(`${rng.pick(tableForms(m.nynorsk ? s.nn : s.nb))} i ${m.name} kommune`);
      localServices++;
    }
  }
  const row = (label: string, cells: readonly string[]) => [label, ...cells].join('\t');
  const table = [
    row('Departement', [...TABLE_COLUMNS.ministries, '']),
    row('Direktorat', TABLE_COLUMNS.directorates),
    row('Regional stat', TABLE_COLUMNS.regional),
    row('Fylke/ fylkeskommune', countyCells.map((c) => c.join(', '))),
    row('Kommune', municipalCells.map((c) => c.join(', '))),
  ].join('\n');
  const date = `${rng.int(1, 28)}. ${rng.pick(MONTHS)} 2024`;
  const text = paragraphs([
    nn ? `Tenestene rundt barn og unge i ${county.name}` : `Tjenestene rundt barn og unge i ${county.name}`,
    nn
      ? `Oversikt over kven som har ansvar for tenester til barn og unge i ${county.name}, per ${date}.`
      : `Oversikt over hvem som har ansvar for tjenester til barn og unge i ${county.name}, per ${date}.`,
    'Systemperspektiv: utfordringen går på tvers av sektorer og forvaltningsnivåer',
    table,
  ]);
  return { file: { name: `county-${pad(index, 2)}-${placeSlug(county.name)}.txt`, text }, localServices };
}
