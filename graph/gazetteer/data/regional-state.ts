/**
 * Regional state bodies as data: the ten Statsforvalter offices (Fylkesmannen
 * until 1 January 2021) and the governor offices merged into them in 2016–2019,
 * the four regional and the local health trusts,
 * Bufetat's five regions, and the regional competence centres (KoRus, RVTS,
 * RKBU) under the national entries of regional-bodies.ts.
 */
import { slugify } from '../../model/index.ts';
import { defineEntry, type EntrySpec } from '../define-entry.ts';
import type { GazetteerEntry } from '../types.ts';

const regional = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'REGIONAL_STATE', levelKeys: ['regional-stat'] });

const GOVERNOR_SECTORS = ['kommunal', 'helse', 'utdanning', 'integrering', 'barn-familie', 'arbeid-velferd'];

/**
 * The county governor's regions since 2019. The office for Oslo og Viken took
 * the name "Østfold, Buskerud, Oslo og Akershus" in 2024; its old name stays
 * an alias because we have no checked date for the change.
 */
const GOVERNOR_REGIONS: readonly { region: string; oldRegions?: readonly string[] }[] = [
  { region: 'Agder' },
  { region: 'Innlandet' },
  { region: 'Møre og Romsdal' },
  { region: 'Nordland' },
  { region: 'Østfold, Buskerud, Oslo og Akershus', oldRegions: ['Oslo og Viken'] },
  { region: 'Rogaland' },
  { region: 'Troms og Finnmark' },
  { region: 'Trøndelag' },
  { region: 'Vestfold og Telemark' },
  { region: 'Vestland' },
];

/**
 * County governor offices merged in the reform of the governors (1 January 2019;
 * Trøndelag 2018, Aust- og Vest-Agder 2016): old office → the region it went into.
 */
const FORMER_GOVERNOR_OFFICES: readonly { region: string; into: string; date: string }[] = [
  { region: 'Østfold', into: 'Oslo og Viken', date: '2019-01-01' },
  { region: 'Oslo og Akershus', into: 'Oslo og Viken', date: '2019-01-01' },
  { region: 'Buskerud', into: 'Oslo og Viken', date: '2019-01-01' },
  { region: 'Hedmark', into: 'Innlandet', date: '2019-01-01' },
  { region: 'Oppland', into: 'Innlandet', date: '2019-01-01' },
  { region: 'Vestfold', into: 'Vestfold og Telemark', date: '2019-01-01' },
  { region: 'Telemark', into: 'Vestfold og Telemark', date: '2019-01-01' },
  { region: 'Aust- og Vest-Agder', into: 'Agder', date: '2019-01-01' },
  { region: 'Hordaland', into: 'Vestland', date: '2019-01-01' },
  { region: 'Sogn og Fjordane', into: 'Vestland', date: '2019-01-01' },
  { region: 'Troms', into: 'Troms og Finnmark', date: '2019-01-01' },
  { region: 'Finnmark', into: 'Troms og Finnmark', date: '2019-01-01' },
  { region: 'Sør-Trøndelag', into: 'Trøndelag', date: '2018-01-01' },
  { region: 'Nord-Trøndelag', into: 'Trøndelag', date: '2018-01-01' },
];

function formerGovernorOffices(): GazetteerEntry[] {
  return FORMER_GOVERNOR_OFFICES.map(({ region, into, date }) =>
    regional({
      key: `fylkesmannen-i-${slugify(region)}`,
      name: `Fylkesmannen i ${region}`,
      sectorKeys: GOVERNOR_SECTORS,
      parentKey: 'fylkesmannen',
      // The Agder office only took a new name; the others merged.
      successors: [{ key: `fylkesmannen-i-${slugify(into)}`, date, kind: region.includes('Agder') ? 'rename' : 'merger' }],
    }),
  );
}

function governorOffices(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { region, oldRegions = [] } of GOVERNOR_REGIONS) {
    const fmRegion = oldRegions[0] ?? region;
    const sfKey = `statsforvalteren-i-${slugify(region)}`;
    const fmKey = `fylkesmannen-i-${slugify(fmRegion)}`;
    out.push(
      regional({
        key: sfKey,
        name: `Statsforvalteren i ${region}`,
        aliases: [
          `Statsforvaltaren i ${region}`,
          ...oldRegions.flatMap((r) => [`Statsforvalteren i ${r}`, `Statsforvaltaren i ${r}`]),
        ],
        sectorKeys: GOVERNOR_SECTORS,
        parentKey: 'statsforvalteren',
      }),
      regional({
        key: fmKey,
        name: `Fylkesmannen i ${fmRegion}`,
        sectorKeys: GOVERNOR_SECTORS,
        parentKey: 'fylkesmannen',
        successors: [{ key: sfKey, date: '2021-01-01' }],
      }),
    );
  }
  return out;
}

/** One health trust: key, name without "HF"/"RHF", abbreviation, extra aliases. */
type Trust = [key: string, name: string, abbreviation?: string | null, aliases?: string[]];

const HEALTH_REGIONS: readonly { rhf: Trust; trusts: readonly Trust[] }[] = [
  {
    rhf: ['helse-sor-ost', 'Helse Sør-Øst', 'HSØ'],
    trusts: [
      ['ahus', 'Akershus universitetssykehus', 'Ahus', ['AHUS']],
      ['ous', 'Oslo universitetssykehus', 'OUS'],
      ['sykehuset-innlandet', 'Sykehuset Innlandet'],
      ['sykehuset-ostfold', 'Sykehuset Østfold'],
      ['sykehuset-i-vestfold', 'Sykehuset i Vestfold', 'SiV'],
      ['sykehuset-telemark', 'Sykehuset Telemark'],
      ['sorlandet-sykehus', 'Sørlandet sykehus', 'SSHF'],
      ['vestre-viken', 'Vestre Viken'],
      ['sunnaas', 'Sunnaas sykehus'],
    ],
  },
  {
    rhf: ['helse-vest', 'Helse Vest'],
    trusts: [
      ['helse-stavanger', 'Helse Stavanger'],
      ['helse-fonna', 'Helse Fonna'],
      ['helse-bergen', 'Helse Bergen', null, ['Haukeland universitetssjukehus', 'Haukeland universitetssykehus']],
      ['helse-forde', 'Helse Førde'],
    ],
  },
  {
    rhf: ['helse-midt-norge', 'Helse Midt-Norge'],
    trusts: [
      ['helse-nord-trondelag', 'Helse Nord-Trøndelag'],
      ['st-olavs-hospital', 'St. Olavs hospital', null, ['St. Olavs Hospital', 'St Olavs hospital']],
      ['helse-more-og-romsdal', 'Helse Møre og Romsdal'],
    ],
  },
  {
    rhf: ['helse-nord', 'Helse Nord'],
    trusts: [
      ['finnmarkssykehuset', 'Finnmarkssykehuset'],
      ['unn', 'Universitetssykehuset Nord-Norge', 'UNN'],
      ['nordlandssykehuset', 'Nordlandssykehuset'],
      ['helgelandssykehuset', 'Helgelandssykehuset'],
    ],
  },
];

function healthTrusts(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { rhf, trusts } of HEALTH_REGIONS) {
    const [rhfKey, rhfName, rhfAbbr] = rhf;
    out.push(regional({ key: rhfKey, name: `${rhfName} RHF`, abbreviation: rhfAbbr ?? null, aliases: [rhfName], sectorKeys: ['helse'], parentKey: 'rhf' }));
    for (const [key, name, abbreviation, aliases = []] of trusts) {
      out.push(regional({ key, name: `${name} HF`, abbreviation: abbreviation ?? null, aliases: [name, ...aliases], sectorKeys: ['helse'], parentKey: rhfKey }));
    }
  }
  return out;
}

/** Bufetat's five regions (Barne-, ungdoms- og familieetaten). */
const BUFETAT_REGIONS = ['nord', 'Midt-Norge', 'vest', 'sør', 'øst'];

function bufetatRegions(): GazetteerEntry[] {
  return BUFETAT_REGIONS.map((r) =>
    regional({
      key: `bufetat-region-${slugify(r)}`,
      name: `Bufetat, region ${r}`,
      aliases: [`Bufetat region ${r}`, `Barne-, ungdoms- og familieetaten, region ${r}`, `Barne-, ungdoms- og familieetaten region ${r}`],
      sectorKeys: ['barn-familie'],
      parentKey: 'bufetat',
    }),
  );
}

/** The seven KoRus centres: key suffix, region as in the name, short forms. */
const KORUS: readonly [string, string, string[]][] = [
  ['nord', 'Nord', []],
  ['midt', 'Midt', []],
  ['vest-bergen', 'Vest Bergen', ['KoRus Bergen']],
  ['vest-stavanger', 'Vest Stavanger', ['KoRus Stavanger']],
  ['sor', 'Sør', []],
  ['ost', 'Øst', []],
  ['oslo', 'Oslo', []],
];

/** RVTS and RKBU regions. */
const RVTS = ['Øst', 'Sør', 'Vest', 'Midt', 'Nord'];
const RKBU: readonly [string, string[]][] = [
  ['Nord', []],
  ['Midt-Norge', ['RKBU Midt']],
  ['Vest', []],
];

function competenceCentres(): GazetteerEntry[] {
  const korus = KORUS.map(([suffix, region, extra]) =>
    regional({
      key: `korus-${suffix}`,
      name: `KoRus-${region}`,
      aliases: [`KoRus ${region}`, `KoRUS-${region}`, `KoRUS ${region}`, `Kompetansesenter rus – region ${region.toLowerCase()}`, ...extra],
      sectorKeys: ['helse'],
      parentKey: 'korus',
    }),
  );
  const rvts = RVTS.map((region) =>
    regional({
      key: `rvts-${slugify(region)}`,
      name: `RVTS ${region}`,
      aliases: [`RVTS-${region}`, `Ressurssenter om vold, traumatisk stress og selvmordsforebygging – region ${region.toLowerCase()}`],
      sectorKeys: ['helse'],
      parentKey: 'rvts',
    }),
  );
  const rkbu = RKBU.map(([region, extra]) =>
    regional({
      key: `rkbu-${slugify(region)}`,
      name: `RKBU ${region}`,
      aliases: [`RKBU-${region}`, `Regionalt kunnskapssenter for barn og unge – psykisk helse og barnevern, ${region}`, ...extra],
      sectorKeys: ['helse', 'barn-familie'],
      parentKey: 'rkbu',
    }),
  );
  return [...korus, ...rvts, ...rkbu];
}

/** All regional state bodies of this module. */
export const REGIONAL_STATE: readonly GazetteerEntry[] = [...governorOffices(), ...formerGovernorOffices(), ...healthTrusts(), ...bufetatRegions(), ...competenceCentres()];
