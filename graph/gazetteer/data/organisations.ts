/**
 * Non-governmental organisations and unions of the 0-24 field, as data: the
 * large humanitarian and child-welfare NGOs, user and youth organisations,
 * umbrella bodies, and the unions of the people who work with children.
 */
import { defineEntry, type EntrySpec } from '../define-entry.ts';
import type { GazetteerEntry } from '../types.ts';

type Row = Omit<EntrySpec, 'kind' | 'levelKeys'>;

const organisation = (spec: Row): GazetteerEntry => defineEntry({ ...spec, kind: 'ORGANISATION', levelKeys: [] });

/** Humanitarian, child-welfare, user and youth organisations. */
const NGOS: readonly Row[] = [
  { key: 'redd-barna', name: 'Redd Barna', sectorKeys: ['barn-familie'] },
  { key: 'kirkens-bymisjon', name: 'Kirkens Bymisjon', aliases: ['Kirkens bymisjon'], sectorKeys: ['arbeid-velferd'] },
  { key: 'frelsesarmeen', name: 'Frelsesarmeen', sectorKeys: ['arbeid-velferd'] },
  { key: 'voksne-for-barn', name: 'Voksne for Barn', aliases: ['Vaksne for Born'], sectorKeys: ['barn-familie'] },
  { key: 'home-start', name: 'Home-Start Familiekontakten Norge', aliases: ['Home-Start Familiekontakten', 'Home-Start'], sectorKeys: ['barn-familie'] },
  { key: 'rode-kors', name: 'Norges Røde Kors', aliases: ['Røde Kors', 'Raudekrossen'], sectorKeys: ['helse'] },
  { key: 'bla-kors', name: 'Blå Kors Norge', aliases: ['Blå Kors'], sectorKeys: ['helse'] },
  { key: 'kirkens-sos', name: 'Kirkens SOS', sectorKeys: ['helse'] },
  // "MOT" is also an ordinary word in capitals, so only the longer names are forms.
  { key: 'mot', name: 'Stiftelsen MOT', aliases: ['MOT Norge'], sectorKeys: ['utdanning'] },
  { key: 'ffo', name: 'Funksjonshemmedes Fellesorganisasjon', abbreviation: 'FFO', sectorKeys: ['helse'] },
  { key: 'safo', name: 'Samarbeidsforumet av funksjonshemmedes organisasjoner', abbreviation: 'SAFO', sectorKeys: ['helse'] },
  { key: 'unge-funksjonshemmede', name: 'Unge funksjonshemmede', sectorKeys: ['helse'] },
  { key: 'forandringsfabrikken', name: 'Forandringsfabrikken', sectorKeys: ['barn-familie'] },
  { key: 'barnevernsproffene', name: 'Barnevernsproffene', parentKey: 'forandringsfabrikken', sectorKeys: ['barn-familie'] },
  { key: 'lnu', name: 'Landsrådet for Norges barne- og ungdomsorganisasjoner', abbreviation: 'LNU', sectorKeys: ['kultur'] },
  { key: 'lfb', name: 'Landsforeningen for barnevernsbarn', abbreviation: 'LFB', sectorKeys: ['barn-familie'] },
  { key: 'norsk-folkehjelp', name: 'Norsk Folkehjelp', sectorKeys: [] },
  { key: 'atv', name: 'Stiftelsen Alternativ til Vold', abbreviation: 'ATV', aliases: ['Alternativ til Vold', 'Alternativ til vold'], sectorKeys: ['justis', 'helse'] },
  { key: 'unicef-norge', name: 'UNICEF Norge', sectorKeys: ['barn-familie'] },
  { key: 'sos-barnebyer', name: 'SOS-barnebyer Norge', aliases: ['SOS-barnebyer'], sectorKeys: ['barn-familie'] },
  { key: 'mental-helse-ungdom', name: 'Mental Helse Ungdom', sectorKeys: ['helse'] },
  { key: 'mental-helse', name: 'Mental Helse', sectorKeys: ['helse'] },
  { key: 'bar', name: 'Barn av rusmisbrukere', abbreviation: 'BAR', sectorKeys: ['helse', 'barn-familie'] },
  { key: 'natteravnene', name: 'Natteravnene', sectorKeys: ['justis'] },
  { key: 'sex-og-samfunn', name: 'Sex og samfunn', sectorKeys: ['helse'] },
  { key: 'norsk-fosterhjemsforening', name: 'Norsk Fosterhjemsforening', sectorKeys: ['barn-familie'] },
  { key: 'frivillighet-norge', name: 'Frivillighet Norge', sectorKeys: ['kultur'] },
];

/** Unions and their confederations. */
const UNIONS: readonly Row[] = [
  { key: 'utdanningsforbundet', name: 'Utdanningsforbundet', sectorKeys: ['utdanning'] },
  { key: 'fagforbundet', name: 'Fagforbundet', sectorKeys: ['kommunal'] },
  { key: 'fo', name: 'Fellesorganisasjonen', abbreviation: 'FO', sectorKeys: ['barn-familie'] },
  { key: 'nsf', name: 'Norsk Sykepleierforbund', abbreviation: 'NSF', sectorKeys: ['helse'] },
  { key: 'legeforeningen', name: 'Den norske legeforening', aliases: ['Legeforeningen', 'Den norske lægeforening'], sectorKeys: ['helse'] },
  { key: 'psykologforeningen', name: 'Norsk psykologforening', aliases: ['Psykologforeningen'], sectorKeys: ['helse'] },
  { key: 'lo', name: 'Landsorganisasjonen i Norge', abbreviation: 'LO', sectorKeys: ['arbeid-velferd'] },
  { key: 'unio', name: 'Unio', sectorKeys: ['arbeid-velferd'] },
  { key: 'ys', name: 'Yrkesorganisasjonenes Sentralforbund', abbreviation: 'YS', sectorKeys: ['arbeid-velferd'] },
  { key: 'akademikerne', name: 'Akademikerne', sectorKeys: ['arbeid-velferd'] },
];

/** NGOs and unions. */
export const ORGANISATIONS: readonly GazetteerEntry[] = [...NGOS, ...UNIONS].map(organisation);
