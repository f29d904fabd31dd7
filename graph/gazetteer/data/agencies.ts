/**
 * State agencies, supervisory bodies and ombuds of the 0-24 field beyond the
 * directorates the seeds name, with their parent ministry (as of 2024) and the
 * mergers that made some of them.
 */
import { defineEntry, type EntrySpec } from '../define-entry.ts';
import type { GazetteerEntry } from '../types.ts';

const agency = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'DIRECTORATE', levelKeys: ['direktorat'] });

const ombud = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'OMBUDSMAN', levelKeys: ['direktorat'] });

/** National agencies and ombuds. */
export const AGENCIES: readonly GazetteerEntry[] = [
  agency({
    key: 'fhi',
    name: 'Folkehelseinstituttet',
    abbreviation: 'FHI',
    aliases: ['Nasjonalt folkehelseinstitutt', 'Folkehelseinstitutt'],
    sectorKeys: ['helse'],
    parentKey: 'hod',
  }),
  agency({
    key: 'helsetilsynet',
    name: 'Statens helsetilsyn',
    aliases: ['Helsetilsynet'],
    sectorKeys: ['helse', 'barn-familie'],
    parentKey: 'hod',
  }),
  agency({
    key: 'helfo',
    name: 'Helfo',
    aliases: ['Helseøkonomiforvaltningen'],
    sectorKeys: ['helse'],
    parentKey: 'hdir',
  }),
  agency({
    key: 'udi',
    name: 'Utlendingsdirektoratet',
    abbreviation: 'UDI',
    aliases: ['Utlendingsdirektorat'],
    sectorKeys: ['integrering', 'justis'],
    parentKey: 'jd',
  }),
  agency({
    key: 'husbanken',
    name: 'Husbanken',
    aliases: ['Den Norske Stats Husbank'],
    sectorKeys: ['kommunal'],
    parentKey: 'kdd',
  }),
  agency({
    key: 'pst',
    name: 'Politiets sikkerhetstjeneste',
    abbreviation: 'PST',
    sectorKeys: ['justis'],
    parentKey: 'jd',
  }),
  agency({
    key: 'hkdir',
    name: 'Direktoratet for høyere utdanning og kompetanse',
    abbreviation: 'HK-dir',
    aliases: ['HKdir', 'HK-DIR', 'Direktoratet for høgare utdanning og kompetanse'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  agency({
    key: 'diku',
    name: 'Direktoratet for internasjonalisering og kvalitetsutvikling i høgare utdanning',
    abbreviation: 'Diku',
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
    successors: [{ key: 'hkdir', date: '2021-07-01', kind: 'merger' }],
  }),
  agency({
    key: 'sikt',
    name: 'Sikt – Kunnskapssektorens tjenesteleverandør',
    abbreviation: 'Sikt',
    aliases: ['Kunnskapssektorens tjenesteleverandør'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  agency({
    key: 'nsd',
    name: 'Norsk senter for forskningsdata',
    abbreviation: 'NSD',
    aliases: ['Norsk samfunnsvitenskapelig datatjeneste'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
    successors: [{ key: 'sikt', date: '2022-01-01', kind: 'merger' }],
  }),
  agency({
    key: 'forskningsradet',
    name: 'Norges forskningsråd',
    aliases: ['Forskningsrådet', 'Noregs forskingsråd', 'Forskingsrådet'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  agency({
    key: 'ssb',
    name: 'Statistisk sentralbyrå',
    abbreviation: 'SSB',
    sectorKeys: [],
    parentKey: 'fin',
  }),
  agency({
    key: 'arbeidstilsynet',
    name: 'Arbeidstilsynet',
    sectorKeys: ['arbeid-velferd'],
    parentKey: 'aid',
  }),
  agency({
    key: 'statens-barnehus',
    name: 'Statens barnehus',
    aliases: ['Statens barnehus-modellen'],
    sectorKeys: ['justis', 'barn-familie'],
    // Run by the police districts (Politidirektoratet), see DOMAIN.md.
    parentKey: 'politidistriktene',
  }),
  agency({
    key: 'shdir',
    name: 'Sosial- og helsedirektoratet',
    abbreviation: 'SHdir',
    sectorKeys: ['helse', 'arbeid-velferd'],
    parentKey: 'hod',
    // Renamed Helsedirektoratet on 1 April 2008, when its social-service tasks went to the Labour and Welfare Directorate.
    successors: [{ key: 'hdir', date: '2008-04-01' }],
  }),
  // Aetat and the National Insurance Service were replaced by the Labour and Welfare Service (NAV) in July 2006.
  agency({
    key: 'aetat',
    name: 'Aetat',
    aliases: ['Aetat Arbeidsdirektoratet', 'Arbeidsmarkedsetaten'],
    sectorKeys: ['arbeid-velferd'],
    successors: [{ key: 'avdir', date: '2006-07-01', kind: 'merger' }],
  }),
  agency({
    key: 'trygdeetaten',
    name: 'Trygdeetaten',
    aliases: ['Rikstrygdeverket'],
    sectorKeys: ['arbeid-velferd'],
    successors: [{ key: 'avdir', date: '2006-07-01', kind: 'merger' }],
  }),
  agency({
    key: 'une',
    name: 'Utlendingsnemnda',
    abbreviation: 'UNE',
    sectorKeys: ['integrering', 'justis'],
    parentKey: 'jd',
  }),
  agency({
    key: 'nokut',
    name: 'Nasjonalt organ for kvalitet i utdanningen',
    abbreviation: 'NOKUT',
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  agency({
    key: 'dmp',
    name: 'Direktoratet for medisinske produkter',
    abbreviation: 'DMP',
    sectorKeys: ['helse'],
    parentKey: 'hod',
    predecessors: [{ key: 'legemiddelverket', date: '2024-01-01' }],
  }),
  agency({
    key: 'legemiddelverket',
    name: 'Statens legemiddelverk',
    aliases: ['Legemiddelverket'],
    sectorKeys: ['helse'],
    parentKey: 'hod',
  }),
  // Court-like regional boards that decide care orders; renamed with the new barnevernsloven (in force 1 January 2023).
  defineEntry({
    key: 'fylkesnemndene',
    name: 'Fylkesnemndene for barnevern og sosiale saker',
    aliases: ['Fylkesnemnda for barnevern og sosiale saker', 'Fylkesnemndene', 'Fylkesnemnda'],
    kind: 'REGIONAL_STATE',
    levelKeys: ['regional-stat'],
    sectorKeys: ['barn-familie', 'helse'],
    parentKey: 'bfd',
    successors: [{ key: 'barneverns-og-helsenemnda', date: '2023-01-01' }],
  }),
  defineEntry({
    key: 'barneverns-og-helsenemnda',
    name: 'Barneverns- og helsenemnda',
    aliases: ['Barneverns- og helsenemndene', 'Barneverns- og helsenemnd'],
    kind: 'REGIONAL_STATE',
    levelKeys: ['regional-stat'],
    sectorKeys: ['barn-familie', 'helse'],
    parentKey: 'bfd',
  }),
  ombud({
    key: 'pasient-og-brukerombudet',
    name: 'Pasient- og brukerombudet',
    aliases: ['Pasient- og brukerombodet', 'Pasient- og brukerombudene'],
    sectorKeys: ['helse'],
    parentKey: 'hdir',
  }),
  ombud({
    key: 'ldo',
    name: 'Likestillings- og diskrimineringsombudet',
    abbreviation: 'LDO',
    aliases: ['Likestillings- og diskrimineringsombodet'],
    sectorKeys: ['kultur'],
    parentKey: 'kultur-og-likestillingsdepartementet',
  }),
  ombud({
    key: 'sivilombudet',
    name: 'Sivilombudet',
    aliases: ['Sivilombodet', 'Stortingets ombud for kontroll med forvaltningen'],
    sectorKeys: ['kommunal'],
    // The new sivilombudsloven took effect, and the name changed, on 1 July 2021 (sivilombudet.no).
    predecessors: [{ key: 'sivilombudsmannen', date: '2021-07-01' }],
  }),
  ombud({
    key: 'sivilombudsmannen',
    name: 'Sivilombudsmannen',
    aliases: ['Stortingets ombudsmann for forvaltningen'],
    sectorKeys: ['kommunal'],
  }),
];
