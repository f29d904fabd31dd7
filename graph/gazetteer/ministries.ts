/**
 * Ministries (departementer) since 2000, including the older names the seeds
 * use. A renamed, merged or split ministry is its own entry, linked by
 * succession with the date the change took effect. Where one name was used in
 * two periods (Barne- og likestillingsdepartementet 2006–2009 and 2016–2019),
 * the plain name stays with the later body and the earlier one carries its
 * period in its name, so that a name resolves to one body.
 *
 * Dates checked against regjeringen.no (departementenes historikk, BLD's
 * "historikk"), Lovdata's notices of 1 Oct 2004 and 1 Jan 2006 and the
 * regjeringen.no note on Nærings- og fiskeridepartementet (1 Jan 2014).
 */
import { defineEntry, type EntrySpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

const ministry = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'MINISTRY', levelKeys: ['departement'] });

/** The ministries of the 0-24 field and their line of names. */
export const MINISTRIES: readonly GazetteerEntry[] = [
  ministry({
    key: 'bfd',
    name: 'Barne- og familiedepartementet',
    abbreviation: 'BFD',
    aliases: ['Barne- og familiedepartement', 'Barne-og familiedepartementet'],
    sectorKeys: ['barn-familie'],
  }),
  ministry({
    key: 'bld',
    name: 'Barne- og likestillingsdepartementet',
    abbreviation: 'BLD',
    aliases: ['Barne- og likestillingsdepartement', 'Barne-og likestillingsdepartementet'],
    sectorKeys: ['barn-familie'],
    successors: [{ key: 'bfd', date: '2020-01-01' }],
  }),
  ministry({
    key: 'blid',
    name: 'Barne-, likestillings- og inkluderingsdepartementet',
    // regjeringen.no wrote BLD for this name too; BLID keeps the two apart.
    abbreviation: 'BLID',
    aliases: ['Barne-, likestillings- og inkluderingsdepartement'],
    sectorKeys: ['barn-familie', 'integrering'],
    successors: [{ key: 'bld', date: '2016-04-01' }],
  }),
  ministry({
    key: 'bld-2006',
    name: 'Barne- og likestillingsdepartementet (2006–2009)',
    sectorKeys: ['barn-familie'],
    successors: [{ key: 'blid', date: '2010-01-01' }],
  }),
  ministry({
    key: 'bfd-1991',
    name: 'Barne- og familiedepartementet (1991–2005)',
    sectorKeys: ['barn-familie'],
    successors: [{ key: 'bld-2006', date: '2006-01-01' }],
  }),
  ministry({
    key: 'hod',
    name: 'Helse- og omsorgsdepartementet',
    abbreviation: 'HOD',
    // Helsedepartementet (2002–2004) was renamed HOD on 1 Oct 2004; the seeds use the old name for HOD.
    aliases: ['Helsedepartementet', 'Helse- og omsorgsdepartement', 'Helse-og omsorgsdepartementet', 'Helse- og omsorgsdepartmentet'],
    sectorKeys: ['helse'],
  }),
  ministry({
    key: 'shd',
    name: 'Sosial- og helsedepartementet',
    abbreviation: 'SHD',
    sectorKeys: ['helse', 'arbeid-velferd'],
    successors: [
      { key: 'sosialdepartementet', date: '2002-01-01', kind: 'split' },
      { key: 'hod', date: '2002-01-01', kind: 'split' },
    ],
  }),
  // Named in seed 003 as the commissioner of NOU 1982: 26; again a ministry of its own 2002–2004.
  ministry({
    key: 'sosialdepartementet',
    name: 'Sosialdepartementet',
    sectorKeys: ['helse', 'arbeid-velferd'],
    successors: [
      { key: 'asd-2004', date: '2004-10-01', kind: 'split' },
      { key: 'hod', date: '2004-10-01', kind: 'split' },
    ],
  }),
  ministry({
    key: 'kd',
    name: 'Kunnskapsdepartementet',
    abbreviation: 'KD',
    aliases: ['Kunnskapsdepartement'],
    sectorKeys: ['utdanning', 'integrering'],
  }),
  ministry({
    key: 'ufd',
    name: 'Utdannings- og forskningsdepartementet',
    abbreviation: 'UFD',
    sectorKeys: ['utdanning'],
    successors: [{ key: 'kd', date: '2006-01-01' }],
  }),
  ministry({
    key: 'kuf',
    name: 'Kirke-, utdannings- og forskningsdepartementet',
    abbreviation: 'KUF',
    sectorKeys: ['utdanning'],
    successors: [
      { key: 'ufd', date: '2002-01-01', kind: 'split' },
      { key: 'kkd', date: '2002-01-01', kind: 'split' },
    ],
  }),
  ministry({
    key: 'jd',
    name: 'Justis- og beredskapsdepartementet',
    abbreviation: 'JD',
    aliases: ['Justisdepartementet', 'Justis- og beredskapsdepartement', 'Justis-og beredskapsdepartementet'],
    sectorKeys: ['justis'],
  }),
  ministry({
    key: 'jpd',
    name: 'Justis- og politidepartementet',
    aliases: ['Justis- og politidepartement'],
    sectorKeys: ['justis'],
    successors: [{ key: 'jd', date: '2012-01-01' }],
  }),
  ministry({
    key: 'aid',
    name: 'Arbeids- og inkluderingsdepartementet',
    abbreviation: 'AID',
    aliases: ['Arbeids- og inkluderingsdepartement'],
    sectorKeys: ['arbeid-velferd', 'integrering'],
  }),
  ministry({
    key: 'asd',
    name: 'Arbeids- og sosialdepartementet',
    abbreviation: 'ASD',
    aliases: ['Arbeids- og sosialdepartement', 'Arbeids-og sosialdepartementet'],
    sectorKeys: ['arbeid-velferd'],
    successors: [{ key: 'aid', date: '2022-01-01' }],
  }),
  ministry({
    key: 'ad',
    name: 'Arbeidsdepartementet',
    abbreviation: 'AD',
    sectorKeys: ['arbeid-velferd'],
    successors: [{ key: 'asd', date: '2014-01-01' }],
  }),
  ministry({
    key: 'aid-2006',
    name: 'Arbeids- og inkluderingsdepartementet (2006–2009)',
    sectorKeys: ['arbeid-velferd', 'integrering'],
    successors: [{ key: 'ad', date: '2010-01-01' }],
  }),
  ministry({
    key: 'asd-2004',
    name: 'Arbeids- og sosialdepartementet (2004–2005)',
    sectorKeys: ['arbeid-velferd'],
    successors: [{ key: 'aid-2006', date: '2006-01-01' }],
  }),
  ministry({
    key: 'aad',
    name: 'Arbeids- og administrasjonsdepartementet',
    abbreviation: 'AAD',
    sectorKeys: ['arbeid-velferd', 'kommunal'],
    successors: [
      { key: 'asd-2004', date: '2004-10-01', kind: 'split' },
      { key: 'mod', date: '2004-10-01', kind: 'split' },
    ],
  }),
  ministry({
    key: 'mod',
    name: 'Moderniseringsdepartementet',
    abbreviation: 'MOD',
    sectorKeys: ['kommunal'],
    successors: [{ key: 'fad', date: '2006-01-01' }],
  }),
  ministry({
    key: 'fad',
    name: 'Fornyings- og administrasjonsdepartementet',
    sectorKeys: ['kommunal'],
    successors: [{ key: 'fakd', date: '2010-01-01' }],
  }),
  ministry({
    key: 'fakd',
    name: 'Fornyings-, administrasjons- og kirkedepartementet',
    // Both FAD names were abbreviated FAD; the abbreviation stays with the later one.
    abbreviation: 'FAD',
    sectorKeys: ['kommunal'],
    successors: [
      { key: 'kmd', date: '2014-01-01', kind: 'split' },
      { key: 'kud', date: '2014-01-01', kind: 'split' },
    ],
  }),
  ministry({
    key: 'kud-1991',
    name: 'Kulturdepartementet (1991–2001)',
    sectorKeys: ['kultur'],
    successors: [{ key: 'kkd', date: '2002-01-01' }],
  }),
  ministry({
    key: 'kkd',
    name: 'Kultur- og kirkedepartementet',
    abbreviation: 'KKD',
    aliases: ['Kultur- og kyrkjedepartementet'],
    sectorKeys: ['kultur'],
    successors: [{ key: 'kud', date: '2010-01-01' }],
  }),
  ministry({
    key: 'kud',
    name: 'Kulturdepartementet',
    abbreviation: 'KUD',
    sectorKeys: ['kultur'],
    successors: [{ key: 'kultur-og-likestillingsdepartementet', date: '2022-01-01' }],
  }),
  ministry({
    key: 'kultur-og-likestillingsdepartementet',
    name: 'Kultur- og likestillingsdepartementet',
    // Still abbreviated KUD; that form stays with Kulturdepartementet, which the seeds use.
    aliases: ['Kultur- og likestillingsdepartement'],
    sectorKeys: ['kultur'],
  }),
  ministry({
    key: 'krd',
    name: 'Kommunal- og regionaldepartementet',
    abbreviation: 'KRD',
    sectorKeys: ['kommunal'],
    successors: [{ key: 'kmd', date: '2014-01-01', kind: 'merger' }],
  }),
  ministry({
    key: 'kmd',
    name: 'Kommunal- og moderniseringsdepartementet',
    abbreviation: 'KMD',
    aliases: ['Kommunal- og moderniseringsdepartement'],
    sectorKeys: ['kommunal'],
    // Renamed KDD on 1 Jan 2022 (regjeringen.no, SNL); DFD was made from part of KDD two years later.
    successors: [{ key: 'kdd', date: '2022-01-01' }],
  }),
  ministry({
    key: 'kdd',
    name: 'Kommunal- og distriktsdepartementet',
    abbreviation: 'KDD',
    aliases: ['Kommunal- og distriktsdepartement'],
    sectorKeys: ['kommunal'],
  }),
  ministry({
    key: 'dfd',
    name: 'Digitaliserings- og forvaltningsdepartementet',
    abbreviation: 'DFD',
    aliases: ['Digitaliserings- og forvaltningsdepartement'],
    sectorKeys: ['kommunal'],
    // Established 1 Jan 2024 with tasks moved from KDD, which lives on.
    predecessors: [{ key: 'kdd', date: '2024-01-01', kind: 'partial' }],
  }),
  ministry({ key: 'smk', name: 'Statsministerens kontor', abbreviation: 'SMK', sectorKeys: [] }),
  ministry({ key: 'ud', name: 'Utenriksdepartementet', abbreviation: 'UD', aliases: ['Utanriksdepartementet'], sectorKeys: [] }),
  ministry({ key: 'fin', name: 'Finansdepartementet', abbreviation: 'FIN', sectorKeys: [] }),
  ministry({ key: 'fd', name: 'Forsvarsdepartementet', abbreviation: 'FD', sectorKeys: [] }),
  ministry({ key: 'sd', name: 'Samferdselsdepartementet', abbreviation: 'SD', sectorKeys: [] }),
  ministry({
    key: 'md',
    name: 'Miljøverndepartementet',
    abbreviation: 'MD',
    sectorKeys: [],
    successors: [{ key: 'kld', date: '2014-01-01' }],
  }),
  ministry({ key: 'kld', name: 'Klima- og miljødepartementet', abbreviation: 'KLD', sectorKeys: [] }),
  ministry({
    key: 'ld',
    name: 'Landbruksdepartementet',
    abbreviation: 'LD',
    sectorKeys: [],
    successors: [{ key: 'lmd', date: '2004-10-01' }],
  }),
  ministry({ key: 'lmd', name: 'Landbruks- og matdepartementet', abbreviation: 'LMD', sectorKeys: [] }),
  ministry({
    key: 'oed',
    name: 'Olje- og energidepartementet',
    abbreviation: 'OED',
    sectorKeys: [],
    successors: [{ key: 'ed', date: '2024-01-01' }],
  }),
  ministry({ key: 'ed', name: 'Energidepartementet', abbreviation: 'ED', sectorKeys: [] }),
  ministry({
    key: 'nhd',
    name: 'Nærings- og handelsdepartementet',
    abbreviation: 'NHD',
    sectorKeys: [],
    successors: [{ key: 'nfd', date: '2014-01-01', kind: 'merger' }],
  }),
  ministry({
    key: 'fiskeridepartementet',
    name: 'Fiskeridepartementet',
    sectorKeys: [],
    successors: [{ key: 'fkd', date: '2004-10-01' }],
  }),
  ministry({
    key: 'fkd',
    name: 'Fiskeri- og kystdepartementet',
    abbreviation: 'FKD',
    sectorKeys: [],
    successors: [{ key: 'nfd', date: '2014-01-01', kind: 'merger' }],
  }),
  ministry({ key: 'nfd', name: 'Nærings- og fiskeridepartementet', abbreviation: 'NFD', sectorKeys: [] }),
];
