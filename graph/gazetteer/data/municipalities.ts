/**
 * Norway's 357 municipalities of 2024 as data, by county, each with its
 * kommunenummer, and the municipalities merged or renamed away on
 * 1 January 2020 (and Haram, merged into Ålesund in 2020 and split out again
 * in 2024).
 *
 * Every number and name was checked against a public table of SSB's
 * classification 131 (all 357 municipalities of 2024 with their counties and
 * their official Sámi and Kven names), Kartverket's code list
 * (objektkatalog.geonorge.no, "Kommunenummer"), Stortinget's decision to
 * split Ålesund (Ålesund 1508, Haram 1580 from 2024) and the 2020 reform
 * table (genealogi.no, Kommune- og regionreformen 2020). Only official
 * parallel names are listed as other names. A municipality that
 * took in others under its own name (Ålesund 2020) is the same body; the
 * others are its predecessors.
 */

/**
 * One municipality: kommunenummer, place name as the municipality writes it,
 * then other official forms of the name (Sámi, Kven). Two municipalities of
 * the same name carry a `qualifier` (their county), as SSB writes them.
 */
export interface MunicipalityRow {
  number: string;
  place: string;
  otherNames?: readonly string[];
  qualifier?: string;
}

const m = (number: string, place: string, ...otherNames: string[]): MunicipalityRow => ({ number, place, otherNames });
const q = (number: string, place: string, qualifier: string): MunicipalityRow => ({ number, place, qualifier });

/** The municipalities of 2024, keyed by the key of their county entry. */
export const MUNICIPALITIES_2024: Readonly<Record<string, readonly MunicipalityRow[]>> = {
  'oslo-fylke': [m('0301', 'Oslo')],
  'ostfold-fylkeskommune': [
    m('3101', 'Halden'), m('3103', 'Moss'), m('3105', 'Sarpsborg'), m('3107', 'Fredrikstad'), m('3110', 'Hvaler'),
    m('3112', 'Råde'), q('3114', 'Våler', 'Østfold'), m('3116', 'Skiptvet'), m('3118', 'Indre Østfold'), m('3120', 'Rakkestad'),
    m('3122', 'Marker'), m('3124', 'Aremark'),
  ],
  'akershus-fylkeskommune': [
    m('3201', 'Bærum'), m('3203', 'Asker'), m('3205', 'Lillestrøm'), m('3207', 'Nordre Follo'), m('3209', 'Ullensaker'),
    m('3212', 'Nesodden'), m('3214', 'Frogn'), m('3216', 'Vestby'), m('3218', 'Ås'), m('3220', 'Enebakk'),
    m('3222', 'Lørenskog'), m('3224', 'Rælingen'), m('3226', 'Aurskog-Høland'), m('3228', 'Nes'), m('3230', 'Gjerdrum'),
    m('3232', 'Nittedal'), m('3234', 'Lunner'), m('3236', 'Jevnaker'), m('3238', 'Nannestad'), m('3240', 'Eidsvoll'),
    m('3242', 'Hurdal'),
  ],
  'buskerud-fylkeskommune': [
    m('3301', 'Drammen'), m('3303', 'Kongsberg'), m('3305', 'Ringerike'), m('3310', 'Hole'), m('3312', 'Lier'),
    m('3314', 'Øvre Eiker'), m('3316', 'Modum'), m('3318', 'Krødsherad'), m('3320', 'Flå'), m('3322', 'Nesbyen'),
    m('3324', 'Gol'), m('3326', 'Hemsedal'), m('3328', 'Ål'), m('3330', 'Hol'), m('3332', 'Sigdal'),
    m('3334', 'Flesberg'), m('3336', 'Rollag'), m('3338', 'Nore og Uvdal'),
  ],
  'innlandet-fylkeskommune': [
    m('3401', 'Kongsvinger'), m('3403', 'Hamar'), m('3405', 'Lillehammer'), m('3407', 'Gjøvik'), m('3411', 'Ringsaker'),
    m('3412', 'Løten'), m('3413', 'Stange'), m('3414', 'Nord-Odal'), m('3415', 'Sør-Odal'), m('3416', 'Eidskog'),
    m('3417', 'Grue'), m('3418', 'Åsnes'), q('3419', 'Våler', 'Innlandet'), m('3420', 'Elverum'), m('3421', 'Trysil'),
    m('3422', 'Åmot'), m('3423', 'Stor-Elvdal'), m('3424', 'Rendalen'), m('3425', 'Engerdal'), m('3426', 'Tolga'),
    m('3427', 'Tynset'), m('3428', 'Alvdal'), m('3429', 'Folldal'), m('3430', 'Os'), m('3431', 'Dovre'),
    m('3432', 'Lesja'), m('3433', 'Skjåk'), m('3434', 'Lom'), m('3435', 'Vågå'), m('3436', 'Nord-Fron'),
    m('3437', 'Sel'), m('3438', 'Sør-Fron'), m('3439', 'Ringebu'), m('3440', 'Øyer'), m('3441', 'Gausdal'),
    m('3442', 'Østre Toten'), m('3443', 'Vestre Toten'), m('3446', 'Gran'), m('3447', 'Søndre Land'), m('3448', 'Nordre Land'),
    m('3449', 'Sør-Aurdal'), m('3450', 'Etnedal'), m('3451', 'Nord-Aurdal'), m('3452', 'Vestre Slidre'), m('3453', 'Øystre Slidre'),
    m('3454', 'Vang'),
  ],
  'vestfold-fylkeskommune': [
    m('3901', 'Horten'), m('3903', 'Holmestrand'), m('3905', 'Tønsberg'), m('3907', 'Sandefjord'), m('3909', 'Larvik'),
    m('3911', 'Færder'),
  ],
  'telemark-fylkeskommune': [
    m('4001', 'Porsgrunn'), m('4003', 'Skien'), m('4005', 'Notodden'), m('4010', 'Siljan'), m('4012', 'Bamble'),
    m('4014', 'Kragerø'), m('4016', 'Drangedal'), m('4018', 'Nome'), m('4020', 'Midt-Telemark'), m('4022', 'Seljord'),
    m('4024', 'Hjartdal'), m('4026', 'Tinn'), m('4028', 'Kviteseid'), m('4030', 'Nissedal'), m('4032', 'Fyresdal'),
    m('4034', 'Tokke'), m('4036', 'Vinje'),
  ],
  'agder-fylkeskommune': [
    m('4201', 'Risør'), m('4202', 'Grimstad'), m('4203', 'Arendal'), m('4204', 'Kristiansand'), m('4205', 'Lindesnes'),
    m('4206', 'Farsund'), m('4207', 'Flekkefjord'), m('4211', 'Gjerstad'), m('4212', 'Vegårshei'), m('4213', 'Tvedestrand'),
    m('4214', 'Froland'), m('4215', 'Lillesand'), m('4216', 'Birkenes'), m('4217', 'Åmli'), m('4218', 'Iveland'),
    m('4219', 'Evje og Hornnes'), m('4220', 'Bygland'), m('4221', 'Valle'), m('4222', 'Bykle'), m('4223', 'Vennesla'),
    m('4224', 'Åseral'), m('4225', 'Lyngdal'), m('4226', 'Hægebostad'), m('4227', 'Kvinesdal'), m('4228', 'Sirdal'),
  ],
  'rogaland-fylkeskommune': [
    m('1101', 'Eigersund'), m('1103', 'Stavanger'), m('1106', 'Haugesund'), m('1108', 'Sandnes'), m('1111', 'Sokndal'),
    m('1112', 'Lund'), m('1114', 'Bjerkreim'), m('1119', 'Hå'), m('1120', 'Klepp'), m('1121', 'Time'),
    m('1122', 'Gjesdal'), m('1124', 'Sola'), m('1127', 'Randaberg'), m('1130', 'Strand'), m('1133', 'Hjelmeland'),
    m('1134', 'Suldal'), m('1135', 'Sauda'), m('1144', 'Kvitsøy'), m('1145', 'Bokn'), m('1146', 'Tysvær'),
    m('1149', 'Karmøy'), m('1151', 'Utsira'), m('1160', 'Vindafjord'),
  ],
  'vestland-fylkeskommune': [
    m('4601', 'Bergen'), m('4602', 'Kinn'), m('4611', 'Etne'), m('4612', 'Sveio'), m('4613', 'Bømlo'),
    m('4614', 'Stord'), m('4615', 'Fitjar'), m('4616', 'Tysnes'), m('4617', 'Kvinnherad'), m('4618', 'Ullensvang'),
    m('4619', 'Eidfjord'), m('4620', 'Ulvik'), m('4621', 'Voss'), m('4622', 'Kvam'), m('4623', 'Samnanger'),
    m('4624', 'Bjørnafjorden'), m('4625', 'Austevoll'), m('4626', 'Øygarden'), m('4627', 'Askøy'), m('4628', 'Vaksdal'),
    m('4629', 'Modalen'), m('4630', 'Osterøy'), m('4631', 'Alver'), m('4632', 'Austrheim'), m('4633', 'Fedje'),
    m('4634', 'Masfjorden'), m('4635', 'Gulen'), m('4636', 'Solund'), m('4637', 'Hyllestad'), m('4638', 'Høyanger'),
    m('4639', 'Vik'), m('4640', 'Sogndal'), m('4641', 'Aurland'), m('4642', 'Lærdal'), m('4643', 'Årdal'),
    m('4644', 'Luster'), m('4645', 'Askvoll'), m('4646', 'Fjaler'), m('4647', 'Sunnfjord'), m('4648', 'Bremanger'),
    m('4649', 'Stad'), m('4650', 'Gloppen'), m('4651', 'Stryn'),
  ],
  'more-og-romsdal-fylkeskommune': [
    m('1505', 'Kristiansund'), m('1506', 'Molde'), m('1508', 'Ålesund'), m('1511', 'Vanylven'), m('1514', 'Sande'),
    q('1515', 'Herøy', 'Møre og Romsdal'), m('1516', 'Ulstein'), m('1517', 'Hareid'), m('1520', 'Ørsta'), m('1525', 'Stranda'),
    m('1528', 'Sykkylven'), m('1531', 'Sula'), m('1532', 'Giske'), m('1535', 'Vestnes'), m('1539', 'Rauma'),
    m('1547', 'Aukra'), m('1554', 'Averøy'), m('1557', 'Gjemnes'), m('1560', 'Tingvoll'), m('1563', 'Sunndal'),
    m('1566', 'Surnadal'), m('1573', 'Smøla'), m('1576', 'Aure'), m('1577', 'Volda'), m('1578', 'Fjord'),
    m('1579', 'Hustadvika'), m('1580', 'Haram'),
  ],
  'nordland-fylkeskommune': [
    m('1804', 'Bodø'), m('1806', 'Narvik'), m('1811', 'Bindal'), m('1812', 'Sømna'), m('1813', 'Brønnøy'),
    m('1815', 'Vega'), m('1816', 'Vevelstad'), q('1818', 'Herøy', 'Nordland'), m('1820', 'Alstahaug'), m('1822', 'Leirfjord'),
    m('1824', 'Vefsn'), m('1825', 'Grane'), m('1826', 'Hattfjelldal', 'Aarborte'), m('1827', 'Dønna'), m('1828', 'Nesna'),
    m('1832', 'Hemnes'), m('1833', 'Rana'), m('1834', 'Lurøy'), m('1835', 'Træna'), m('1836', 'Rødøy'),
    m('1837', 'Meløy'), m('1838', 'Gildeskål'), m('1839', 'Beiarn'), m('1840', 'Saltdal'), m('1841', 'Fauske'),
    m('1845', 'Sørfold'), m('1848', 'Steigen'), m('1851', 'Lødingen'), m('1853', 'Evenes'), m('1856', 'Røst'),
    m('1857', 'Værøy'), m('1859', 'Flakstad'), m('1860', 'Vestvågøy'), m('1865', 'Vågan'), m('1866', 'Hadsel'),
    m('1867', 'Bø'), m('1868', 'Øksnes'), m('1870', 'Sortland'), m('1871', 'Andøy'), m('1874', 'Moskenes'),
    m('1875', 'Hamarøy'),
  ],
  'trondelag-fylkeskommune': [
    m('5001', 'Trondheim'), m('5006', 'Steinkjer'), m('5007', 'Namsos'), m('5014', 'Frøya'), m('5020', 'Osen'),
    m('5021', 'Oppdal'), m('5022', 'Rennebu'), m('5025', 'Røros'), m('5026', 'Holtålen'), m('5027', 'Midtre Gauldal'),
    m('5028', 'Melhus'), m('5029', 'Skaun'), m('5031', 'Malvik'), m('5032', 'Selbu'), m('5033', 'Tydal'),
    m('5034', 'Meråker'), m('5035', 'Stjørdal'), m('5036', 'Frosta'), m('5037', 'Levanger'), m('5038', 'Verdal'),
    m('5041', 'Snåsa', 'Snåase'), m('5042', 'Lierne'), m('5043', 'Røyrvik', 'Raarvihke'), m('5044', 'Namsskogan'), m('5045', 'Grong'),
    m('5046', 'Høylandet'), m('5047', 'Overhalla'), m('5049', 'Flatanger'), m('5052', 'Leka'), m('5053', 'Inderøy'),
    m('5054', 'Indre Fosen'), m('5055', 'Heim'), m('5056', 'Hitra'), m('5057', 'Ørland'), m('5058', 'Åfjord'),
    m('5059', 'Orkland'), m('5060', 'Nærøysund'), m('5061', 'Rindal'),
  ],
  'troms-fylkeskommune': [
    m('5501', 'Tromsø'), m('5503', 'Harstad', 'Hárstták'), m('5510', 'Kvæfjord'), m('5512', 'Tjeldsund', 'Dielddanuorri'), m('5514', 'Ibestad'),
    m('5516', 'Gratangen'), m('5518', 'Lavangen', 'Loabák'), m('5520', 'Bardu'), m('5522', 'Salangen'), m('5524', 'Målselv'),
    m('5526', 'Sørreisa'), m('5528', 'Dyrøy'), m('5530', 'Senja'), m('5532', 'Balsfjord'), m('5534', 'Karlsøy'),
    m('5536', 'Lyngen'), m('5538', 'Storfjord', 'Omasvuotna', 'Omasvuono'), m('5540', 'Kåfjord', 'Gáivuotna', 'Kaivuono'),
    m('5542', 'Skjervøy'), m('5544', 'Nordreisa', 'Ráisa', 'Raisi'), m('5546', 'Kvænangen'),
  ],
  'finnmark-fylkeskommune': [
    m('5601', 'Alta'), m('5603', 'Hammerfest', 'Hámmerfeasta'), m('5605', 'Sør-Varanger'), m('5607', 'Vadsø'), m('5610', 'Karasjok', 'Kárášjohka'),
    m('5612', 'Kautokeino', 'Guovdageaidnu'), m('5614', 'Loppa'), m('5616', 'Hasvik'), m('5618', 'Måsøy'), m('5620', 'Nordkapp'),
    m('5622', 'Porsanger', 'Porsáŋgu', 'Porsanki'), m('5624', 'Lebesby'), m('5626', 'Gamvik'), m('5628', 'Tana', 'Deatnu'), m('5630', 'Berlevåg'),
    m('5632', 'Båtsfjord'), m('5634', 'Vardø'), m('5636', 'Nesseby', 'Unjárga'),
  ],
};

/** A municipality that ceased (or took a new name): what it went into, when, and the county it belonged to then. */
export interface FormerMunicipalityRow {
  place: string;
  /** Key of the county entry it belonged to when it ceased. */
  county: string;
  /** Place names of the municipalities of 2024 it went into. */
  into: readonly string[];
  date: string;
  kind: 'merger' | 'split' | 'rename';
  /** Set when a municipality of 2024 has the same name: SSB's county qualifier, or the period. */
  qualifier?: string;
}

const merged = (county: string, into: string, ...places: string[]): FormerMunicipalityRow[] =>
  places.map((place) => ({ place, county, into: [into], date: '2020-01-01', kind: 'merger' }));

const HORDALAND = 'hordaland-fylkeskommune';
const SOGN = 'sogn-og-fjordane-fylkeskommune';
const MR = 'more-og-romsdal-fylkeskommune';
const TRL = 'trondelag-fylkeskommune';

/** The municipalities that ceased on 1 January 2020 (422 became 356). */
export const FORMER_MUNICIPALITIES: readonly FormerMunicipalityRow[] = [
  ...merged('ostfold-fylkeskommune-til-2019', 'Moss', 'Rygge'),
  ...merged('ostfold-fylkeskommune-til-2019', 'Indre Østfold', 'Askim', 'Eidsberg', 'Hobøl', 'Spydeberg', 'Trøgstad'),
  ...merged('ostfold-fylkeskommune-til-2019', 'Aurskog-Høland', 'Rømskog'),
  ...merged('akershus-fylkeskommune-til-2019', 'Nordre Follo', 'Ski', 'Oppegård'),
  ...merged('akershus-fylkeskommune-til-2019', 'Lillestrøm', 'Skedsmo', 'Fet', 'Sørum'),
  ...merged('buskerud-fylkeskommune-til-2019', 'Asker', 'Røyken', 'Hurum'),
  ...merged('buskerud-fylkeskommune-til-2019', 'Drammen', 'Nedre Eiker'),
  ...merged('vestfold-fylkeskommune-til-2019', 'Drammen', 'Svelvik'),
  { place: 'Sande', qualifier: 'Vestfold', county: 'vestfold-fylkeskommune-til-2019', into: ['Holmestrand'], date: '2020-01-01', kind: 'merger' },
  ...merged('vestfold-fylkeskommune-til-2019', 'Tønsberg', 'Re'),
  { place: 'Bø', qualifier: 'Telemark', county: 'telemark-fylkeskommune-til-2019', into: ['Midt-Telemark'], date: '2020-01-01', kind: 'merger' },
  ...merged('telemark-fylkeskommune-til-2019', 'Midt-Telemark', 'Sauherad'),
  { place: 'Nes', qualifier: 'Buskerud', county: 'buskerud-fylkeskommune-til-2019', into: ['Nesbyen'], date: '2020-01-01', kind: 'rename' },
  ...merged('vest-agder-fylkeskommune', 'Kristiansand', 'Songdalen', 'Søgne'),
  ...merged('vest-agder-fylkeskommune', 'Lindesnes', 'Mandal', 'Marnardal'),
  ...merged('vest-agder-fylkeskommune', 'Lyngdal', 'Audnedal'),
  ...merged('rogaland-fylkeskommune', 'Stavanger', 'Finnøy', 'Rennesøy'),
  ...merged('rogaland-fylkeskommune', 'Sandnes', 'Forsand'),
  { place: 'Os', qualifier: 'Hordaland', county: HORDALAND, into: ['Bjørnafjorden'], date: '2020-01-01', kind: 'merger' },
  ...merged(HORDALAND, 'Bjørnafjorden', 'Fusa'),
  ...merged(HORDALAND, 'Øygarden', 'Fjell', 'Sund'),
  ...merged(HORDALAND, 'Alver', 'Lindås', 'Meland', 'Radøy'),
  ...merged(HORDALAND, 'Voss', 'Granvin'),
  ...merged(HORDALAND, 'Ullensvang', 'Odda', 'Jondal'),
  ...merged(SOGN, 'Kinn', 'Flora'),
  { place: 'Vågsøy', county: SOGN, into: ['Kinn', 'Stad'], date: '2020-01-01', kind: 'split' },
  ...merged(SOGN, 'Stad', 'Eid', 'Selje'),
  ...merged(SOGN, 'Sunnfjord', 'Førde', 'Naustdal', 'Jølster', 'Gaular'),
  ...merged(SOGN, 'Sogndal', 'Leikanger', 'Balestrand'),
  ...merged(SOGN, 'Volda', 'Hornindal'),
  { place: 'Haram', qualifier: 'til 2019', county: MR, into: ['Ålesund'], date: '2020-01-01', kind: 'merger' },
  ...merged(MR, 'Ålesund', 'Sandøy', 'Skodje', 'Ørskog'),
  ...merged(MR, 'Molde', 'Midsund', 'Nesset'),
  ...merged(MR, 'Fjord', 'Norddal', 'Stordal'),
  ...merged(MR, 'Hustadvika', 'Fræna', 'Eide'),
  ...merged(MR, 'Heim', 'Halsa'),
  ...merged(TRL, 'Trondheim', 'Klæbu'),
  ...merged(TRL, 'Orkland', 'Orkdal', 'Agdenes', 'Meldal'),
  { place: 'Snillfjord', county: TRL, into: ['Orkland', 'Heim', 'Hitra'], date: '2020-01-01', kind: 'split' },
  ...merged(TRL, 'Heim', 'Hemne'),
  ...merged(TRL, 'Steinkjer', 'Verran'),
  ...merged(TRL, 'Namsos', 'Namdalseid', 'Fosnes'),
  ...merged(TRL, 'Nærøysund', 'Nærøy', 'Vikna'),
  ...merged(TRL, 'Ørland', 'Bjugn'),
  ...merged(TRL, 'Åfjord', 'Roan'),
  ...merged('nordland-fylkeskommune', 'Narvik', 'Ballangen'),
  { place: 'Tysfjord', county: 'nordland-fylkeskommune', into: ['Narvik', 'Hamarøy'], date: '2020-01-01', kind: 'split' },
  ...merged('troms-fylkeskommune-til-2019', 'Tjeldsund', 'Skånland'),
  ...merged('troms-fylkeskommune-til-2019', 'Senja', 'Lenvik', 'Tranøy', 'Torsken', 'Berg'),
  ...merged('finnmark-fylkeskommune-til-2019', 'Hammerfest', 'Kvalsund'),
];

/** Splits of 2024 in which a municipality of 2024 came out of another that lives on. */
export const MUNICIPALITY_SPLITS_2024: readonly { from: string; to: string; date: string }[] = [
  { from: 'Ålesund', to: 'Haram', date: '2024-01-01' },
];
