/**
 * County (Fylke / fylkeskommune) and municipal (Kommune) services named in the
 * seeds. Their names are ordinary nouns, so they carry definite and plural forms.
 */
import { defineEntry, type EntrySpec } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

const county = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'COUNTY', levelKeys: ['fylke'] });

const municipal = (spec: Omit<EntrySpec, 'kind' | 'levelKeys'>): GazetteerEntry =>
  defineEntry({ ...spec, kind: 'MUNICIPAL_SERVICE', levelKeys: ['kommune'] });

/** Services of the county municipalities. */
export const COUNTY_SERVICES: readonly GazetteerEntry[] = [
  county({
    key: 'videregaende-opplaering',
    name: 'Videregående opplæring',
    abbreviation: 'VGO',
    aliases: ['Videregående skole', 'Videregående skoler', 'Videregåande opplæring', 'Videregåande skule'],
    sectorKeys: ['utdanning'],
  }),
  county({
    key: 'oppfolgingstjenesten',
    name: 'Oppfølgingstjenesten',
    abbreviation: 'OT',
    aliases: ['Oppfølgingstenesta', 'Oppfølgingstjenesta'],
    sectorKeys: ['utdanning'],
  }),
  county({
    key: 'karrieresentre',
    name: 'Karrieresentre',
    aliases: ['Karrieresenter', 'Karrieresentrene', 'Karrieresenteret'],
    sectorKeys: ['utdanning'],
  }),
  county({
    key: 'ppt-fylke',
    name: 'PPT fylke',
    aliases: ['Fylkeskommunal PPT', 'PP-tjenesten i fylkeskommunen'],
    sectorKeys: ['utdanning'],
  }),
  county({
    key: 'folkehelse-fylke',
    name: 'Folkehelsearbeid i fylkeskommunen',
    aliases: ['Folkehelse', 'Folkehelsearbeid', 'Folkehelsearbeidet'],
    sectorKeys: ['helse'],
  }),
];

/** Services of the municipalities. */
export const MUNICIPAL_SERVICES: readonly GazetteerEntry[] = [
  municipal({
    key: 'kommunale-helsetjenester',
    name: 'Kommunale helsetjenester',
    aliases: ['Kommunehelsetjenesten', 'Kommunale helse- og omsorgstjenester', 'Den kommunale helse- og omsorgstjenesten'],
    sectorKeys: ['helse'],
  }),
  municipal({
    key: 'helsestasjon-skolehelsetjenesten',
    name: 'Helsestasjons- og skolehelsetjenesten',
    aliases: [
      'Skolehelsetjenesten',
      'Skolehelsetjeneste',
      'Skulehelsetenesta',
      'Helsestasjon',
      'Helsestasjonen',
      'Helsestasjonene',
      'Helsestasjonane',
      'Helsestasjons- og skolehelsetjeneste',
    ],
    sectorKeys: ['helse'],
  }),
  municipal({
    key: 'ot-radgivning',
    name: 'OT-rådgivning',
    aliases: ['OT-rådgiver', 'OT-rådgivere', 'OT-rådgivinga'],
    sectorKeys: ['utdanning'],
  }),
  municipal({
    key: 'barnehage',
    name: 'Barnehage',
    aliases: ['Barnehagen', 'Barnehager', 'Barnehagene', 'Barnehagar', 'Barnehagane'],
    sectorKeys: ['utdanning'],
  }),
  municipal({
    key: 'skole',
    name: 'Skole',
    aliases: ['Skolen', 'Skoler', 'Skolene', 'Grunnskole', 'Grunnskolen', 'Grunnskolar', 'Skule', 'Skulen'],
    sectorKeys: ['utdanning'],
  }),
  municipal({
    key: 'sfo',
    name: 'Skolefritidsordningen',
    abbreviation: 'SFO',
    aliases: ['Skolefritidsordning', 'Skulefritidsordninga'],
    sectorKeys: ['utdanning'],
  }),
  municipal({
    key: 'ppt',
    name: 'Pedagogisk-psykologisk tjeneste',
    abbreviation: 'PPT',
    aliases: ['PP-tjenesten', 'PP-tjeneste', 'PP-tenesta', 'Pedagogisk-psykologisk teneste'],
    sectorKeys: ['utdanning'],
  }),
  municipal({
    key: 'introduksjonsprogrammet',
    name: 'Introduksjonsprogrammet',
    aliases: ['Introduksjonsprogram', 'Introduksjonsprogramma'],
    sectorKeys: ['integrering'],
  }),
  municipal({
    key: 'barnevernet',
    name: 'Barnevernstjenesten',
    aliases: [
      'Barnevernet',
      'Barnevern',
      'Barnevernstjenestene',
      'Barneverntjenesten',
      'Barneverntjenestene',
      'Barnevernstenesta',
      'Barneverntenesta',
      'Den kommunale barnevernstjenesten',
    ],
    sectorKeys: ['barn-familie'],
  }),
  municipal({
    key: 'nav-kontor',
    name: 'NAV-kontoret',
    aliases: ['Lokalt NAV-kontor', 'NAV-kontor', 'NAV-kontorene', 'Nav-kontoret', 'Nav-kontor', 'Lokale NAV-kontor'],
    sectorKeys: ['arbeid-velferd'],
  }),
  municipal({
    key: 'politirad',
    name: 'Politirådet',
    aliases: ['Politiråd', 'Politiråda', 'Politirådene'],
    sectorKeys: ['justis'],
  }),
  municipal({
    key: 'politikontakt',
    name: 'Politikontakten',
    aliases: ['Politikontakt', 'Politikontakter', 'Politikontaktene'],
    sectorKeys: ['justis'],
    parentKey: 'politidistriktene',
  }),
  municipal({
    key: 'slt',
    name: 'SLT-samarbeidet',
    abbreviation: 'SLT',
    aliases: ['SLT-modellen', 'Samordning av lokale rus- og kriminalitetsforebyggende tiltak'],
    sectorKeys: ['justis'],
  }),
];
