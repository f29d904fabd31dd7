/**
 * Universities, university colleges, research institutes and national
 * competence centres of the 0-24 field, as data. State institutions belong to
 * Kunnskapsdepartementet; institutes inside a university belong to it.
 */
import { defineEntry, type EntrySpec } from '../define-entry.ts';
import type { GazetteerEntry } from '../types.ts';

type Row = Omit<EntrySpec, 'kind' | 'levelKeys' | 'sectorKeys'> & { sectorKeys?: readonly string[] };

const institution = (spec: Row): GazetteerEntry =>
  defineEntry({ sectorKeys: ['utdanning'], ...spec, kind: 'ORGANISATION', levelKeys: [] });

/** State universities and university colleges (parent KD), and private ones (no parent). */
const UNIVERSITIES: readonly Row[] = [
  { key: 'uio', name: 'Universitetet i Oslo', abbreviation: 'UiO', parentKey: 'kd' },
  { key: 'uib', name: 'Universitetet i Bergen', abbreviation: 'UiB', parentKey: 'kd' },
  { key: 'ntnu', name: 'Norges teknisk-naturvitenskapelige universitet', abbreviation: 'NTNU', parentKey: 'kd' },
  { key: 'uit', name: 'UiT Norges arktiske universitet', abbreviation: 'UiT', aliases: ['Universitetet i Tromsø', 'UiT – Norges arktiske universitet'], parentKey: 'kd' },
  { key: 'oslomet', name: 'OsloMet – storbyuniversitetet', abbreviation: 'OsloMet', aliases: ['OsloMet storbyuniversitetet', 'Høgskolen i Oslo og Akershus'], parentKey: 'kd' },
  { key: 'uia', name: 'Universitetet i Agder', abbreviation: 'UiA', parentKey: 'kd' },
  { key: 'usn', name: 'Universitetet i Sørøst-Norge', abbreviation: 'USN', parentKey: 'kd' },
  { key: 'uis', name: 'Universitetet i Stavanger', abbreviation: 'UiS', parentKey: 'kd' },
  { key: 'nmbu', name: 'Norges miljø- og biovitenskapelige universitet', abbreviation: 'NMBU', parentKey: 'kd' },
  { key: 'nord-universitet', name: 'Nord universitet', parentKey: 'kd' },
  { key: 'hvl', name: 'Høgskulen på Vestlandet', abbreviation: 'HVL', aliases: ['Høgskolen på Vestlandet'], parentKey: 'kd' },
  { key: 'inn', name: 'Høgskolen i Innlandet', abbreviation: 'HINN', aliases: ['Høgskolen i Innlandet (INN)'], parentKey: 'kd' },
  { key: 'hiof', name: 'Høgskolen i Østfold', abbreviation: 'HiØ', parentKey: 'kd' },
  { key: 'himolde', name: 'Høgskolen i Molde', parentKey: 'kd' },
  { key: 'hivolda', name: 'Høgskulen i Volda', abbreviation: 'HVO', aliases: ['Høgskolen i Volda'], parentKey: 'kd' },
  { key: 'samisk-hogskole', name: 'Samisk høgskole', aliases: ['Sámi allaskuvla'], parentKey: 'kd' },
  { key: 'vid', name: 'VID vitenskapelige høgskole', abbreviation: 'VID' },
  { key: 'dmmh', name: 'Dronning Mauds Minne Høgskole', abbreviation: 'DMMH' },
];

/** Research institutes. NOVA and NIBR are institutes of OsloMet. */
const INSTITUTES: readonly Row[] = [
  { key: 'nova', name: 'Velferdsforskningsinstituttet NOVA', abbreviation: 'NOVA', aliases: ['Norsk institutt for forskning om oppvekst, velferd og aldring'], parentKey: 'oslomet', sectorKeys: ['barn-familie'] },
  { key: 'nibr', name: 'By- og regionforskningsinstituttet NIBR', abbreviation: 'NIBR', aliases: ['Norsk institutt for by- og regionforskning'], parentKey: 'oslomet', sectorKeys: ['kommunal'] },
  { key: 'fafo', name: 'Fafo', aliases: ['Fafo Institutt for arbeidslivs- og velferdsforskning', 'Forskningsstiftelsen Fafo'], sectorKeys: ['arbeid-velferd'] },
  { key: 'norce', name: 'NORCE Norwegian Research Centre', abbreviation: 'NORCE', aliases: ['NORCE Norwegian Research Centre AS', 'NORCE Norsk forskningssenter'] },
  { key: 'proba', name: 'Proba samfunnsanalyse', aliases: ['Proba Samfunnsanalyse'], sectorKeys: [] },
  { key: 'sintef', name: 'SINTEF', sectorKeys: [] },
  { key: 'isf', name: 'Institutt for samfunnsforskning', abbreviation: 'ISF', sectorKeys: [] },
  { key: 'nordlandsforskning', name: 'Nordlandsforskning', sectorKeys: [] },
  { key: 'ostlandsforskning', name: 'Østlandsforskning', sectorKeys: [] },
  { key: 'telemarksforsking', name: 'Telemarksforsking', sectorKeys: [] },
  { key: 'vestlandsforsking', name: 'Vestlandsforsking', sectorKeys: [] },
  { key: 'ntnu-samfunnsforskning', name: 'NTNU Samfunnsforskning', parentKey: 'ntnu', sectorKeys: [] },
  // The five institutes merged into NORCE on 1 October 2018 (norceresearch.no, "Fem blir en").
  ...[
    { key: 'uni-research', name: 'Uni Research', aliases: ['Uni Research AS'] },
    { key: 'cmr', name: 'Christian Michelsen Research', abbreviation: 'CMR', aliases: ['Christian Michelsen Research AS'] },
    { key: 'iris', name: 'International Research Institute of Stavanger', abbreviation: 'IRIS', aliases: ['International Research Institute of Stavanger AS'] },
    { key: 'agderforskning', name: 'Agderforskning', aliases: ['Agderforskning AS'] },
    { key: 'teknova', name: 'Teknova', aliases: ['Teknova AS'] },
  ].map((r): Row => ({ sectorKeys: [], ...r, successors: [{ key: 'norce', date: '2018-10-01', kind: 'merger' }] })),
];

/** National competence centres of the field. */
const CENTRES: readonly Row[] = [
  { key: 'nkvts', name: 'Nasjonalt kunnskapssenter om vold og traumatisk stress', abbreviation: 'NKVTS', aliases: ['Nasjonalt kunnskapssenter om vald og traumatisk stress'], sectorKeys: ['helse', 'justis'] },
  { key: 'nubu', name: 'Nasjonalt utviklingssenter for barn og unge', abbreviation: 'NUBU', sectorKeys: ['barn-familie', 'helse'] },
  { key: 'napha', name: 'Nasjonalt kompetansesenter for psykisk helsearbeid', abbreviation: 'NAPHA', sectorKeys: ['helse'] },
];

/** Universities, institutes and national competence centres. */
export const KNOWLEDGE_BODIES: readonly GazetteerEntry[] = [...UNIVERSITIES, ...INSTITUTES, ...CENTRES].map(institution);
