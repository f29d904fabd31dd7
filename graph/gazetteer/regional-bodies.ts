/**
 * Regional state bodies (Regional stat): the county governor under both its
 * names, Bufetat and family counselling, health trusts, police districts,
 * mediation boards, regional offices and the regional competence centres.
 */
import { defineEntry, type EntrySpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

const regional = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'> & { levelKeys?: readonly string[] }): GazetteerEntry =>
  defineEntry({ levelKeys: ['regional-stat'], ...spec, kind: 'REGIONAL_STATE' });

/** The county governor works for several ministries at once (seed 003's table). */
const GOVERNOR_SECTORS = ['kommunal', 'helse', 'utdanning', 'integrering', 'barn-familie', 'arbeid-velferd'];

/** The regional state bodies. */
export const REGIONAL_BODIES: readonly GazetteerEntry[] = [
  regional({
    key: 'statsforvalteren',
    name: 'Statsforvalteren',
    aliases: ['Statsforvaltaren', 'Statsforvalterne', 'statsforvalterembetene', 'Statsforvalterembetet'],
    sectorKeys: GOVERNOR_SECTORS,
    parentKey: 'kdd',
  }),
  regional({
    key: 'fylkesmannen',
    name: 'Fylkesmannen',
    abbreviation: 'FM',
    aliases: ['Fylkesmennene', 'Fylkesmenn', 'Fylkesmannsembetet', 'Fylkesmannsembetene'],
    sectorKeys: GOVERNOR_SECTORS,
    parentKey: 'kmd',
    successors: [{ key: 'statsforvalteren', date: '2021-01-01' }],
  }),
  regional({
    key: 'bufetat',
    name: 'Barne-, ungdoms- og familieetaten',
    abbreviation: 'Bufetat',
    aliases: ['Barne- ungdoms- og familieetaten'],
    sectorKeys: ['barn-familie'],
    parentKey: 'bufdir',
  }),
  regional({
    key: 'familievernet',
    name: 'Familievernet',
    aliases: [
      'Familievernkontorene',
      'Familievernkontor',
      'Familievernkontoret',
      'Familievernkontorer',
      'Familievernstjenesten',
    ],
    sectorKeys: ['barn-familie'],
    parentKey: 'bufetat',
  }),
  regional({
    key: 'spisskompetansemiljoene',
    name: 'Spisskompetansemiljøene',
    abbreviation: 'SKM',
    aliases: ['Spisskompetansemiljø', 'Spisskompetansemiljøet', 'Spisskompetansemiljøer'],
    sectorKeys: ['barn-familie'],
    parentKey: 'bufetat',
  }),
  regional({
    key: 'rhf',
    name: 'De regionale helseforetakene',
    abbreviation: 'RHF',
    aliases: ['Regionale helseforetak', 'Regionale helseforetakene', 'Regionalt helseforetak', 'Helseforetakene'],
    sectorKeys: ['helse'],
    parentKey: 'hod',
  }),
  regional({
    key: 'spesialisthelsetjenesten',
    name: 'Spesialisthelsetjenesten',
    // Seed 003's table writes "Spesialhelsetjenesten".
    aliases: ['Spesialhelsetjenesten', 'Spesialisthelsetjeneste', 'Spesialisthelsetenesta'],
    sectorKeys: ['helse'],
    parentKey: 'rhf',
  }),
  regional({
    key: 'politidistriktene',
    name: 'Politidistriktene',
    aliases: ['Politidistrikt', 'Politidistriktet', 'Politidistrikter', 'Politiet'],
    sectorKeys: ['justis'],
    parentKey: 'pod',
  }),
  regional({
    key: 'konfliktradene',
    name: 'Konfliktrådene',
    aliases: ['Konfliktrådet', 'Konfliktråd', 'Konfliktråda'],
    sectorKeys: ['justis'],
    parentKey: 'sfk',
  }),
  regional({
    key: 'kriminalomsorgen',
    name: 'Kriminalomsorgen',
    aliases: ['Kriminalomsorga'],
    sectorKeys: ['justis'],
    parentKey: 'kdi',
  }),
  regional({
    key: 'nav-fylke',
    name: 'NAV fylke',
    aliases: ['Nav fylke', 'NAV fylkeskontor', 'NAVs fylkeskontor'],
    // Seed 003's table places it on the county row.
    levelKeys: ['fylke'],
    sectorKeys: ['arbeid-velferd'],
    parentKey: 'avdir',
  }),
  regional({
    key: 'imdi-regionskontor',
    name: 'IMDi regionskontor',
    aliases: ['IMDi regionkontor', 'IMDis regionskontor', 'IMDis regionkontor', 'IMDi-regionskontor'],
    sectorKeys: ['integrering'],
    parentKey: 'imdi',
  }),
  regional({
    key: 'korus',
    name: 'Regionale kompetansesentre for rusfeltet',
    abbreviation: 'KoRus',
    aliases: ['KoRUS', 'Kompetansesenter for rus', 'Kompetansesentre for rus', 'Regionalt kompetansesenter for rusfeltet'],
    sectorKeys: ['helse'],
  }),
  regional({
    key: 'rvts',
    name: 'Regionale ressurssentre om vold, traumatisk stress og selvmordsforebygging',
    abbreviation: 'RVTS',
    aliases: ['Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging'],
    sectorKeys: ['helse'],
  }),
  regional({
    key: 'rkbu',
    name: 'Regionalt kunnskapssenter for barn og unge – psykisk helse og barnevern',
    abbreviation: 'RKBU',
    aliases: ['Regionalt kunnskapssenter for barn og unge', 'Regionale kunnskapssentre for barn og unge'],
    sectorKeys: ['helse', 'barn-familie'],
  }),
  regional({
    key: 'rbup',
    name: 'Regionsenter for barn og unges psykiske helse',
    abbreviation: 'RBUP',
    // One centre since 2004: RBUP Øst og Sør.
    aliases: ['R-bup', 'R-BUP', 'RBUP Øst og Sør', 'R-BUP Øst og Sør', 'Regionsenter for barn og unges psykiske helse, Helseregion Øst og Sør'],
    sectorKeys: ['helse', 'barn-familie'],
  }),
];
