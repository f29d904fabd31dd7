/**
 * Norway's counties (fylker) as data: the 15 of 2024 with their fylkesnummer,
 * and the counties they replaced in the reforms of 2018, 2020 and 2024.
 *
 * Checked against Stortinget's decision on the 2024 splits (Prop. 113 LS and
 * Prop. 127 S (2021–2022)), KS's note "Nye kommunenummer fra 2024" and the
 * 2020 reform table on genealogi.no (Kommune- og regionreformen 2020).
 */

/** A county row: key stem, place name, fylkesnummer, other official forms of the name. */
export interface CountyRow {
  /** Key of the county entry. */
  key: string;
  place: string;
  number: string;
  /** Sámi or Kven names of the county. */
  otherNames?: readonly string[];
}

/** A county that no longer exists, with what it went into. */
export interface FormerCountyRow extends CountyRow {
  /** Shown after the name when a later county has the same one, e.g. "(til 2019)". */
  period?: string;
  successors: readonly string[];
  date: string;
  kind: 'merger' | 'split';
}

/** The counties of 2024, in fylkesnummer order. Oslo is a county and a municipality in one. */
export const COUNTIES_2024: readonly CountyRow[] = [
  { key: 'oslo-fylke', place: 'Oslo', number: '03' },
  { key: 'rogaland-fylkeskommune', place: 'Rogaland', number: '11' },
  { key: 'more-og-romsdal-fylkeskommune', place: 'Møre og Romsdal', number: '15' },
  { key: 'nordland-fylkeskommune', place: 'Nordland', number: '18' },
  { key: 'ostfold-fylkeskommune', place: 'Østfold', number: '31' },
  { key: 'akershus-fylkeskommune', place: 'Akershus', number: '32' },
  { key: 'buskerud-fylkeskommune', place: 'Buskerud', number: '33' },
  { key: 'innlandet-fylkeskommune', place: 'Innlandet', number: '34' },
  { key: 'vestfold-fylkeskommune', place: 'Vestfold', number: '39' },
  { key: 'telemark-fylkeskommune', place: 'Telemark', number: '40' },
  { key: 'agder-fylkeskommune', place: 'Agder', number: '42' },
  { key: 'vestland-fylkeskommune', place: 'Vestland', number: '46' },
  { key: 'trondelag-fylkeskommune', place: 'Trøndelag', number: '50', otherNames: ['Trööndelage'] },
  { key: 'troms-fylkeskommune', place: 'Troms', number: '55', otherNames: ['Romsa', 'Tromssa'] },
  { key: 'finnmark-fylkeskommune', place: 'Finnmark', number: '56', otherNames: ['Finnmárku', 'Finmarkku'] },
];

/** Counties merged or split away since 2018, each with the county or counties it went into. */
export const FORMER_COUNTIES: readonly FormerCountyRow[] = [
  // 2024: the three counties of 2020 split again.
  { key: 'viken-fylkeskommune', place: 'Viken', number: '30', successors: ['ostfold-fylkeskommune', 'akershus-fylkeskommune', 'buskerud-fylkeskommune'], date: '2024-01-01', kind: 'split' },
  { key: 'vestfold-og-telemark-fylkeskommune', place: 'Vestfold og Telemark', number: '38', successors: ['vestfold-fylkeskommune', 'telemark-fylkeskommune'], date: '2024-01-01', kind: 'split' },
  { key: 'troms-og-finnmark-fylkeskommune', place: 'Troms og Finnmark', number: '54', otherNames: ['Romsa ja Finnmárku', 'Tromssa ja Finmarkku'], successors: ['troms-fylkeskommune', 'finnmark-fylkeskommune'], date: '2024-01-01', kind: 'split' },
  // 2020: the region reform.
  { key: 'ostfold-fylkeskommune-til-2019', place: 'Østfold', period: 'til 2019', number: '01', successors: ['viken-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'akershus-fylkeskommune-til-2019', place: 'Akershus', period: 'til 2019', number: '02', successors: ['viken-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'buskerud-fylkeskommune-til-2019', place: 'Buskerud', period: 'til 2019', number: '06', successors: ['viken-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'hedmark-fylkeskommune', place: 'Hedmark', number: '04', successors: ['innlandet-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'oppland-fylkeskommune', place: 'Oppland', number: '05', successors: ['innlandet-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'vestfold-fylkeskommune-til-2019', place: 'Vestfold', period: 'til 2019', number: '07', successors: ['vestfold-og-telemark-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'telemark-fylkeskommune-til-2019', place: 'Telemark', period: 'til 2019', number: '08', successors: ['vestfold-og-telemark-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'aust-agder-fylkeskommune', place: 'Aust-Agder', number: '09', successors: ['agder-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'vest-agder-fylkeskommune', place: 'Vest-Agder', number: '10', successors: ['agder-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'hordaland-fylkeskommune', place: 'Hordaland', number: '12', successors: ['vestland-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'sogn-og-fjordane-fylkeskommune', place: 'Sogn og Fjordane', number: '14', successors: ['vestland-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'troms-fylkeskommune-til-2019', place: 'Troms', period: 'til 2019', number: '19', successors: ['troms-og-finnmark-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  { key: 'finnmark-fylkeskommune-til-2019', place: 'Finnmark', period: 'til 2019', number: '20', successors: ['troms-og-finnmark-fylkeskommune'], date: '2020-01-01', kind: 'merger' },
  // 2018: Trøndelag.
  { key: 'sor-trondelag-fylkeskommune', place: 'Sør-Trøndelag', number: '16', successors: ['trondelag-fylkeskommune'], date: '2018-01-01', kind: 'merger' },
  { key: 'nord-trondelag-fylkeskommune', place: 'Nord-Trøndelag', number: '17', successors: ['trondelag-fylkeskommune'], date: '2018-01-01', kind: 'merger' },
];
