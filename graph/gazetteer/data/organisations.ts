/**
 * Non-governmental organisations and unions of the 0-24 field, as data: the
 * large humanitarian and child-welfare NGOs, user and youth organisations,
 * umbrella bodies, and the unions of the people who work with children.
 */
import { defineEntry, type EntrySpec } from '../define-entry.ts';
import type { GazetteerEntry } from '../types.ts';

type Row = Omit<EntrySpec, 'kind' | 'levelKeys'>;

const organisation = (spec: Row): GazetteerEntry => defineEntry({ ...spec, kind: 'ORGANISATION', levelKeys: [] });

/**
 * Humanitarian, child-welfare, user and youth organisations. Names that are
 * also ordinary phrases ("voksne for barn", "mental helse") match only as
 * written, capitals and all. An organisation whose name is the phrase itself,
 * even capitalised at a sentence start (BAR, "Barn av rusmisbrukere"), is left out.
 */
const NGOS: readonly Row[] = [
  { key: 'redd-barna', caseSensitiveNames: true, name: 'Redd Barna', sectorKeys: ['barn-familie'] },
  { key: 'kirkens-bymisjon', caseSensitiveNames: true, name: 'Kirkens Bymisjon', aliases: ['Kirkens bymisjon'], sectorKeys: ['arbeid-velferd'] },
  { key: 'frelsesarmeen', caseSensitiveNames: true, name: 'Frelsesarmeen', sectorKeys: ['arbeid-velferd'] },
  { key: 'voksne-for-barn', caseSensitiveNames: true, name: 'Voksne for Barn', aliases: ['Vaksne for Born'], sectorKeys: ['barn-familie'] },
  { key: 'home-start', name: 'Home-Start Familiekontakten Norge', aliases: ['Home-Start Familiekontakten', 'Home-Start'], sectorKeys: ['barn-familie'] },
  { key: 'rode-kors', caseSensitiveNames: true, name: 'Norges Røde Kors', aliases: ['Røde Kors', 'Raudekrossen'], sectorKeys: ['helse'] },
  { key: 'bla-kors', caseSensitiveNames: true, name: 'Blå Kors Norge', aliases: ['Blå Kors'], sectorKeys: ['helse'] },
  { key: 'kirkens-sos', name: 'Kirkens SOS', sectorKeys: ['helse'] },
  // "MOT" is also an ordinary word in capitals, so only the longer names are forms.
  { key: 'mot', name: 'Stiftelsen MOT', aliases: ['MOT Norge'], sectorKeys: ['utdanning'] },
  { key: 'ffo', name: 'Funksjonshemmedes Fellesorganisasjon', abbreviation: 'FFO', sectorKeys: ['helse'] },
  { key: 'safo', name: 'Samarbeidsforumet av funksjonshemmedes organisasjoner', abbreviation: 'SAFO', sectorKeys: ['helse'] },
  { key: 'unge-funksjonshemmede', caseSensitiveNames: true, name: 'Unge funksjonshemmede', sectorKeys: ['helse'] },
  { key: 'forandringsfabrikken', caseSensitiveNames: true, name: 'Forandringsfabrikken', sectorKeys: ['barn-familie'] },
  { key: 'barnevernsproffene', caseSensitiveNames: true, name: 'Barnevernsproffene', parentKey: 'forandringsfabrikken', sectorKeys: ['barn-familie'] },
  { key: 'lnu', name: 'Landsrådet for Norges barne- og ungdomsorganisasjoner', abbreviation: 'LNU', sectorKeys: ['kultur'] },
  { key: 'lfb', name: 'Landsforeningen for barnevernsbarn', abbreviation: 'LFB', sectorKeys: ['barn-familie'] },
  { key: 'norsk-folkehjelp', caseSensitiveNames: true, name: 'Norsk Folkehjelp', sectorKeys: [] },
  { key: 'atv', name: 'Stiftelsen Alternativ til Vold', abbreviation: 'ATV', aliases: ['Alternativ til Vold', 'Alternativ til vold'], sectorKeys: ['justis', 'helse'] },
  { key: 'unicef-norge', name: 'UNICEF Norge', sectorKeys: ['barn-familie'] },
  { key: 'sos-barnebyer', name: 'SOS-barnebyer Norge', aliases: ['SOS-barnebyer'], sectorKeys: ['barn-familie'] },
  { key: 'mental-helse-ungdom', caseSensitiveNames: true, name: 'Mental Helse Ungdom', sectorKeys: ['helse'] },
  { key: 'mental-helse', caseSensitiveNames: true, name: 'Mental Helse', sectorKeys: ['helse'] },
  { key: 'natteravnene', caseSensitiveNames: true, name: 'Natteravnene', sectorKeys: ['justis'] },
  { key: 'sex-og-samfunn', caseSensitiveNames: true, name: 'Sex og samfunn', sectorKeys: ['helse'] },
  { key: 'norsk-fosterhjemsforening', name: 'Norsk Fosterhjemsforening', sectorKeys: ['barn-familie'] },
  { key: 'frivillighet-norge', caseSensitiveNames: true, name: 'Frivillighet Norge', sectorKeys: ['kultur'] },
];

/** Unions and their confederations. */
const UNIONS: readonly Row[] = [
  { key: 'utdanningsforbundet', name: 'Utdanningsforbundet', sectorKeys: ['utdanning'] },
  { key: 'fagforbundet', caseSensitiveNames: true, name: 'Fagforbundet', sectorKeys: ['kommunal'] },
  { key: 'fo', name: 'Fellesorganisasjonen', abbreviation: 'FO', sectorKeys: ['barn-familie'] },
  { key: 'nsf', name: 'Norsk Sykepleierforbund', abbreviation: 'NSF', sectorKeys: ['helse'] },
  { key: 'legeforeningen', caseSensitiveNames: true, name: 'Den norske legeforening', aliases: ['Legeforeningen', 'Den norske lægeforening'], sectorKeys: ['helse'] },
  { key: 'psykologforeningen', caseSensitiveNames: true, name: 'Norsk psykologforening', aliases: ['Psykologforeningen'], sectorKeys: ['helse'] },
  { key: 'lo', name: 'Landsorganisasjonen i Norge', abbreviation: 'LO', sectorKeys: ['arbeid-velferd'] },
  { key: 'unio', name: 'Unio', sectorKeys: ['arbeid-velferd'] },
  { key: 'ys', name: 'Yrkesorganisasjonenes Sentralforbund', abbreviation: 'YS', sectorKeys: ['arbeid-velferd'] },
  { key: 'akademikerne', caseSensitiveNames: true, name: 'Akademikerne', sectorKeys: ['arbeid-velferd'] },
];

/** NGOs and unions. */
export const ORGANISATIONS: readonly GazetteerEntry[] = [...NGOS, ...UNIONS].map(organisation);
