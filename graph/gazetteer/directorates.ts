/**
 * Directorates and national agencies of the 0-24 field, with their parent
 * ministry at the time of the seeds (see DOMAIN.md).
 */
import { defineEntry, type EntrySpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

const directorate = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'DIRECTORATE', levelKeys: ['direktorat'] });

/** The directorates and national agencies. */
export const DIRECTORATES: readonly GazetteerEntry[] = [
  directorate({
    key: 'bufdir',
    name: 'Barne-, ungdoms- og familiedirektoratet',
    abbreviation: 'Bufdir',
    aliases: [
      // Seed 002 writes the name with odd punctuation.
      'Barne,-ungdoms, og familiedirektoratet',
      'Barne-, ungdoms- og familiedirektorat',
      'Barne- ungdoms- og familiedirektoratet',
      'Barne-,ungdoms- og familiedirektoratet',
    ],
    sectorKeys: ['barn-familie'],
    parentKey: 'bfd',
  }),
  directorate({
    key: 'hdir',
    name: 'Helsedirektoratet',
    abbreviation: 'Hdir',
    aliases: ['Helsedirektorat'],
    sectorKeys: ['helse'],
    parentKey: 'hod',
  }),
  directorate({
    key: 'udir',
    name: 'Utdanningsdirektoratet',
    abbreviation: 'Udir',
    aliases: ['Utdanningsdirektorat'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  directorate({
    key: 'imdi',
    name: 'Integrerings- og mangfoldsdirektoratet',
    abbreviation: 'IMDi',
    aliases: ['IMDI', 'Integrerings- og mangfaldsdirektoratet'],
    sectorKeys: ['integrering'],
    parentKey: 'kd',
  }),
  directorate({
    key: 'avdir',
    name: 'Arbeids- og velferdsdirektoratet',
    abbreviation: 'AVdir',
    aliases: ['NAV', 'Nav', 'Arbeids- og velferdsetaten', 'Arbeids- og velferdsforvaltningen'],
    sectorKeys: ['arbeid-velferd'],
    parentKey: 'asd',
  }),
  directorate({
    key: 'pod',
    name: 'Politidirektoratet',
    abbreviation: 'POD',
    sectorKeys: ['justis'],
    parentKey: 'jd',
  }),
  directorate({
    key: 'sfk',
    name: 'Sekretariatet for konfliktrådene',
    abbreviation: 'Sfk',
    aliases: ['SfK'],
    sectorKeys: ['justis'],
    parentKey: 'jd',
  }),
  directorate({
    key: 'kdi',
    name: 'Kriminalomsorgsdirektoratet',
    abbreviation: 'KDI',
    sectorKeys: ['justis'],
    parentKey: 'jd',
  }),
  directorate({
    key: 'ehelse',
    name: 'Direktoratet for e-helse',
    aliases: ['Direktoratet for ehelse', 'E-helsedirektoratet'],
    sectorKeys: ['helse'],
    parentKey: 'hod',
    // Merged into Helsedirektoratet on 1 January 2024 (ehelse.no, Tannlegetidende 2024/1).
    successors: [{ key: 'hdir', date: '2024-01-01', kind: 'merger' }],
  }),
  directorate({
    key: 'statped',
    name: 'Statped',
    aliases: ['Statlig spesialpedagogisk tjeneste', 'Statleg spesialpedagogisk teneste'],
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
  }),
  directorate({
    key: 'kompetanse-norge',
    name: 'Kompetanse Norge',
    sectorKeys: ['utdanning'],
    parentKey: 'kd',
    successors: [{ key: 'hkdir', date: '2021-07-01', kind: 'merger' }],
  }),
  directorate({
    key: 'dfo',
    name: 'Direktoratet for forvaltning og økonomistyring',
    abbreviation: 'DFØ',
    sectorKeys: ['kommunal'],
    // Under Digitaliserings- og forvaltningsdepartementet since the split of KMD in 2022.
    parentKey: 'dfd',
  }),
  defineEntry({
    key: 'barneombudet',
    name: 'Barneombudet',
    aliases: ['Barneombodet'],
    kind: 'OMBUDSMAN',
    levelKeys: ['direktorat'],
    sectorKeys: ['barn-familie'],
    parentKey: 'bfd',
  }),
];
