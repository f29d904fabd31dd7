/**
 * Norway's counties and municipalities (the 2024 division), the places the
 * synthetic corpus puts its local services in. Names that two municipalities
 * share (Våler, Herøy) appear once, so every local service name is unique;
 * asking for more municipalities than the list holds adds made-up names.
 */
import type { Rng } from './prng.ts';

export interface County {
  name: string;
  /** Share of its municipalities that write Nynorsk, roughly. */
  nynorsk: number;
  municipalities: readonly string[];
}

/** The counties, each with its municipalities. */
export const COUNTIES: readonly County[] = [
  { name: 'Oslo', nynorsk: 0, municipalities: ['Oslo'] },
  {
    name: 'Østfold',
    nynorsk: 0,
    municipalities: ['Halden', 'Moss', 'Sarpsborg', 'Fredrikstad', 'Hvaler', 'Råde', 'Våler', 'Skiptvet', 'Indre Østfold', 'Rakkestad', 'Marker', 'Aremark'],
  },
  {
    name: 'Akershus',
    nynorsk: 0,
    municipalities: [
      'Bærum', 'Asker', 'Lillestrøm', 'Nordre Follo', 'Ullensaker', 'Nesodden', 'Frogn', 'Vestby', 'Ås', 'Enebakk', 'Lørenskog',
      'Rælingen', 'Aurskog-Høland', 'Nes', 'Gjerdrum', 'Nittedal', 'Lunner', 'Jevnaker', 'Nannestad', 'Eidsvoll', 'Hurdal',
    ],
  },
  {
    name: 'Buskerud',
    nynorsk: 0.1,
    municipalities: [
      'Drammen', 'Kongsberg', 'Ringerike', 'Hole', 'Flå', 'Nesbyen', 'Gol', 'Hemsedal', 'Ål', 'Hol', 'Sigdal', 'Krødsherad',
      'Modum', 'Øvre Eiker', 'Lier', 'Flesberg', 'Rollag', 'Nore og Uvdal',
    ],
  },
  {
    name: 'Innlandet',
    nynorsk: 0.2,
    municipalities: [
      'Kongsvinger', 'Hamar', 'Lillehammer', 'Gjøvik', 'Ringsaker', 'Løten', 'Stange', 'Nord-Odal', 'Sør-Odal', 'Eidskog', 'Grue',
      'Åsnes', 'Elverum', 'Trysil', 'Åmot', 'Stor-Elvdal', 'Rendalen', 'Engerdal', 'Tolga', 'Tynset', 'Alvdal', 'Folldal', 'Os',
      'Dovre', 'Lesja', 'Skjåk', 'Lom', 'Vågå', 'Nord-Fron', 'Sel', 'Sør-Fron', 'Ringebu', 'Øyer', 'Gausdal', 'Østre Toten',
      'Vestre Toten', 'Gran', 'Søndre Land', 'Nordre Land', 'Sør-Aurdal', 'Etnedal', 'Nord-Aurdal', 'Vestre Slidre',
      'Øystre Slidre', 'Vang',
    ],
  },
  { name: 'Vestfold', nynorsk: 0, municipalities: ['Horten', 'Holmestrand', 'Tønsberg', 'Sandefjord', 'Larvik', 'Færder'] },
  {
    name: 'Telemark',
    nynorsk: 0.3,
    municipalities: [
      'Porsgrunn', 'Skien', 'Notodden', 'Siljan', 'Bamble', 'Kragerø', 'Drangedal', 'Nome', 'Midt-Telemark', 'Seljord', 'Hjartdal',
      'Tinn', 'Kviteseid', 'Nissedal', 'Fyresdal', 'Tokke', 'Vinje',
    ],
  },
  {
    name: 'Agder',
    nynorsk: 0.15,
    municipalities: [
      'Risør', 'Grimstad', 'Arendal', 'Kristiansand', 'Lindesnes', 'Farsund', 'Flekkefjord', 'Gjerstad', 'Vegårshei', 'Tvedestrand',
      'Froland', 'Lillesand', 'Birkenes', 'Åmli', 'Iveland', 'Evje og Hornnes', 'Bygland', 'Valle', 'Bykle', 'Vennesla', 'Åseral',
      'Lyngdal', 'Hægebostad', 'Kvinesdal', 'Sirdal',
    ],
  },
  {
    name: 'Rogaland',
    nynorsk: 0.2,
    municipalities: [
      'Eigersund', 'Stavanger', 'Haugesund', 'Sandnes', 'Sokndal', 'Lund', 'Bjerkreim', 'Hå', 'Klepp', 'Time', 'Gjesdal', 'Sola',
      'Randaberg', 'Strand', 'Hjelmeland', 'Suldal', 'Sauda', 'Kvitsøy', 'Bokn', 'Tysvær', 'Karmøy', 'Utsira', 'Vindafjord',
    ],
  },
  {
    name: 'Vestland',
    nynorsk: 0.6,
    municipalities: [
      'Bergen', 'Kinn', 'Etne', 'Sveio', 'Bømlo', 'Stord', 'Fitjar', 'Tysnes', 'Kvinnherad', 'Ullensvang', 'Eidfjord', 'Ulvik', 'Voss',
      'Kvam', 'Samnanger', 'Bjørnafjorden', 'Austevoll', 'Øygarden', 'Askøy', 'Vaksdal', 'Modalen', 'Osterøy', 'Alver', 'Austrheim',
      'Fedje', 'Masfjorden', 'Gulen', 'Solund', 'Hyllestad', 'Høyanger', 'Vik', 'Sogndal', 'Aurland', 'Lærdal', 'Årdal', 'Luster',
      'Askvoll', 'Fjaler', 'Sunnfjord', 'Bremanger', 'Stad', 'Gloppen', 'Stryn',
    ],
  },
  {
    name: 'Møre og Romsdal',
    nynorsk: 0.5,
    municipalities: [
      'Kristiansund', 'Molde', 'Ålesund', 'Vanylven', 'Sande', 'Herøy', 'Ulstein', 'Hareid', 'Ørsta', 'Stranda', 'Sykkylven', 'Sula',
      'Giske', 'Vestnes', 'Rauma', 'Aukra', 'Averøy', 'Gjemnes', 'Tingvoll', 'Sunndal', 'Surnadal', 'Smøla', 'Aure', 'Volda', 'Fjord',
      'Hustadvika', 'Haram',
    ],
  },
  {
    name: 'Trøndelag',
    nynorsk: 0.05,
    municipalities: [
      'Trondheim', 'Steinkjer', 'Namsos', 'Frøya', 'Osen', 'Oppdal', 'Rennebu', 'Røros', 'Holtålen', 'Midtre Gauldal', 'Melhus',
      'Skaun', 'Malvik', 'Selbu', 'Tydal', 'Meråker', 'Stjørdal', 'Frosta', 'Levanger', 'Verdal', 'Snåsa', 'Lierne', 'Røyrvik',
      'Namsskogan', 'Grong', 'Høylandet', 'Overhalla', 'Flatanger', 'Leka', 'Inderøy', 'Indre Fosen', 'Heim', 'Hitra', 'Ørland',
      'Åfjord', 'Orkland', 'Nærøysund', 'Rindal',
    ],
  },
  {
    name: 'Nordland',
    nynorsk: 0,
    municipalities: [
      'Bodø', 'Narvik', 'Bindal', 'Sømna', 'Brønnøy', 'Vega', 'Vevelstad', 'Alstahaug', 'Leirfjord', 'Vefsn', 'Grane',
      'Hattfjelldal', 'Dønna', 'Nesna', 'Hemnes', 'Rana', 'Lurøy', 'Træna', 'Rødøy', 'Meløy', 'Gildeskål', 'Beiarn', 'Saltdal',
      'Fauske', 'Sørfold', 'Steigen', 'Lødingen', 'Evenes', 'Røst', 'Værøy', 'Flakstad', 'Vestvågøy', 'Vågan', 'Hadsel', 'Bø',
      'Øksnes', 'Sortland', 'Andøy', 'Moskenes', 'Hamarøy',
    ],
  },
  {
    name: 'Troms',
    nynorsk: 0,
    municipalities: [
      'Tromsø', 'Harstad', 'Kvæfjord', 'Tjeldsund', 'Ibestad', 'Gratangen', 'Lavangen', 'Bardu', 'Salangen', 'Målselv', 'Sørreisa',
      'Dyrøy', 'Senja', 'Balsfjord', 'Karlsøy', 'Lyngen', 'Storfjord', 'Kåfjord', 'Skjervøy', 'Nordreisa', 'Kvænangen',
    ],
  },
  {
    name: 'Finnmark',
    nynorsk: 0,
    municipalities: [
      'Vardø', 'Vadsø', 'Hammerfest', 'Kautokeino', 'Alta', 'Loppa', 'Hasvik', 'Måsøy', 'Nordkapp', 'Porsanger', 'Karasjok',
      'Lebesby', 'Gamvik', 'Berlevåg', 'Tana', 'Nesseby', 'Båtsfjord', 'Sør-Varanger',
    ],
  },
];

/** A municipality of the corpus. */
export interface Municipality {
  name: string;
  county: string;
  /** Whether its texts are written in Nynorsk. */
  nynorsk: boolean;
}

const PREFIX = ['Nord', 'Sør', 'Øst', 'Vest', 'Øvre', 'Nedre', 'Indre', 'Ytre', 'Midt', 'Store', 'Lille'];
const STEM = ['Fjell', 'Dal', 'Vik', 'Berg', 'Strand', 'Lund', 'Haug', 'Sund', 'Nes', 'Hol', 'Rud', 'Heim', 'Bakk', 'Mo', 'Eid'];
const SUFFIX = ['dal', 'vik', 'heim', 'stad', 'nes', 'fjord', 'berg', 'sund', 'øy', 'land', 'rud', 'haug', 'bygd'];

/** A made-up but Norwegian-looking place name, for corpora larger than the real list. */
function madeUpName(rng: Rng): string {
  const core = rng.pick(STEM) + rng.pick(SUFFIX);
  return rng.chance(0.4) ? `${rng.pick(PREFIX)}-${core.toLowerCase().replace(/^./u, (c) => c.toUpperCase())}` : core;
}

/**
 * `count` municipalities: the real ones in a seeded order (so a small corpus
 * still spreads over the counties), then made-up ones in the counties in turn.
 */
export function chooseMunicipalities(count: number, rng: Rng): Municipality[] {
  const seen = new Set<string>();
  const all: Municipality[] = [];
  for (const c of COUNTIES) {
    for (const name of c.municipalities) {
      if (seen.has(name)) continue;
      seen.add(name);
      all.push({ name, county: c.name, nynorsk: rng.chance(c.nynorsk) });
    }
  }
  const chosen = count >= all.length ? all : rng.sample(all, count);
  for (let i = 0; chosen.length < count; i++) {
    const county = COUNTIES[1 + (i % (COUNTIES.length - 1))];
    const name = madeUpName(rng);
    if (seen.has(name)) continue;
    seen.add(name);
    chosen.push({ name, county: county.name, nynorsk: rng.chance(county.nynorsk) });
  }
  // Documents are written county by county, municipalities in list order.
  const order = new Map(COUNTIES.flatMap((c) => c.municipalities).map((n, i) => [n, i]));
  return chosen.sort((a, b) => (order.get(a.name) ?? 1e6) - (order.get(b.name) ?? 1e6) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
