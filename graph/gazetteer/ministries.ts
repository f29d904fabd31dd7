/**
 * Ministries (departementer) of the 0-24 field, including the older names
 * the seeds use. A renamed ministry is its own entry, linked by succession.
 */
import { defineEntry, type EntrySpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

const ministry = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'MINISTRY', levelKeys: ['departement'] });

/** The ministries. */
export const MINISTRIES: readonly GazetteerEntry[] = [
  ministry({
    key: 'bfd',
    name: 'Barne- og familiedepartementet',
    abbreviation: 'BFD',
    aliases: ['Barne- og familiedepartement', 'Barne-og familiedepartementet'],
    sectorKeys: ['barn-familie'],
    predecessor: { key: 'bld', date: '2020-01-01' },
  }),
  ministry({
    key: 'bld',
    name: 'Barne- og likestillingsdepartementet',
    abbreviation: 'BLD',
    aliases: ['Barne- og likestillingsdepartement', 'Barne-og likestillingsdepartementet'],
    sectorKeys: ['barn-familie'],
    successor: { key: 'bfd', date: '2020-01-01' },
  }),
  ministry({
    key: 'hod',
    name: 'Helse- og omsorgsdepartementet',
    abbreviation: 'HOD',
    aliases: ['Helsedepartementet', 'Helse- og omsorgsdepartement', 'Helse-og omsorgsdepartementet', 'Helse- og omsorgsdepartmentet'],
    sectorKeys: ['helse'],
  }),
  ministry({
    key: 'kd',
    name: 'Kunnskapsdepartementet',
    abbreviation: 'KD',
    aliases: ['Kunnskapsdepartement'],
    sectorKeys: ['utdanning', 'integrering'],
  }),
  ministry({
    key: 'jd',
    name: 'Justis- og beredskapsdepartementet',
    abbreviation: 'JD',
    aliases: ['Justisdepartementet', 'Justis- og beredskapsdepartement', 'Justis-og beredskapsdepartementet'],
    sectorKeys: ['justis'],
    predecessor: { key: 'jpd', date: '2012-01-01' },
  }),
  ministry({
    key: 'jpd',
    name: 'Justis- og politidepartementet',
    aliases: ['Justis- og politidepartement'],
    sectorKeys: ['justis'],
    successor: { key: 'jd', date: '2012-01-01' },
  }),
  ministry({
    key: 'asd',
    name: 'Arbeids- og sosialdepartementet',
    abbreviation: 'ASD',
    aliases: ['Arbeids- og sosialdepartement', 'Arbeids-og sosialdepartementet'],
    sectorKeys: ['arbeid-velferd'],
    predecessor: { key: 'ad', date: '2014-01-01' },
  }),
  ministry({
    key: 'ad',
    name: 'Arbeidsdepartementet',
    abbreviation: 'AD',
    sectorKeys: ['arbeid-velferd'],
    successor: { key: 'asd', date: '2014-01-01' },
  }),
  ministry({
    key: 'kud',
    name: 'Kulturdepartementet',
    abbreviation: 'KUD',
    sectorKeys: ['kultur'],
  }),
  ministry({
    key: 'kmd',
    name: 'Kommunal- og moderniseringsdepartementet',
    abbreviation: 'KMD',
    aliases: ['Kommunal- og moderniseringsdepartement'],
    sectorKeys: ['kommunal'],
    successor: { key: 'kdd', date: '2022-01-01' },
  }),
  ministry({
    key: 'kdd',
    name: 'Kommunal- og distriktsdepartementet',
    abbreviation: 'KDD',
    aliases: ['Kommunal- og distriktsdepartement'],
    sectorKeys: ['kommunal'],
    predecessor: { key: 'kmd', date: '2022-01-01' },
  }),
  // Named in seed 003 as the commissioner of NOU 1982: 26; a historical ministry (health and social affairs).
  ministry({
    key: 'sosialdepartementet',
    name: 'Sosialdepartementet',
    sectorKeys: ['helse', 'arbeid-velferd'],
  }),
];
