/**
 * The field and column labels of Norwegian administrative documents, in
 * Bokmål and Nynorsk, and what each one means. "Ansvarlig", "Ansvar",
 * "Ansvarleg departement" and "Hovedansvarlig departement" all label the
 * responsible body; "Deltakere", "Deltagere" and "Deltakarar" the members.
 */
import type { FieldLabel } from './types.ts';

/** Label patterns over the lower-cased, whitespace-collapsed key; first match wins. */
const LABELS: readonly [RegExp, FieldLabel][] = [
  [/^(?:nr\.?|nummer|tiltaksnummer|tiltaksnr\.?|løpenummer|#)$/u, 'number'],
  [/^(?:med|del)ansvar(?:lig|leg)?e?(?: (?:departement|direktorat|etat|aktør|aktørar|aktører|instans(?:er)?))?$/u, 'co-responsible'],
  [
    /^(?:hoved)?ansvar(?:lig|leg)?e?(?: (?:departement|departementer|departementet|direktorat|etat|virksomhet|verksemd|aktør|instans|enhet|eining|for gjennomføring|for oppfølging))?(?: ?\/ ?(?:involverte|samarbeidspartnere?))?$/u,
    'responsible',
  ],
  [/^(?:ansvarsfordeling|eier|tiltakseier|tiltakseigar)$/u, 'responsible'],
  [/^(?:prosjekteier|prosjekteigar|oppdragseier|oppdragseigar)$/u, 'project-owner'],
  [/^(?:status|status per .*|status \d{4}|gjennomføringsstatus|statusvurdering|framdrift|fremdrift)$/u, 'status'],
  [/^(?:frist|tidsfrist|tidsramme|tidsplan|tidspunkt|når|år)$/u, 'deadline'],
  [/^(?:gjennomføring|gjennomføringsperiode|oppfølging)$/u, 'implementation'],
  [/^(?:periode|varighet|varigheit|prosjektperiode|oppstart)$/u, 'period'],
  [/^(?:deltakere|deltakerne|deltagere|deltagerne|deltakarar|deltakarane|medlemmer|medlemmar|består av|sammensetning|samansetjing|involverte|involverte aktører|involverte aktørar)$/u, 'participants'],
  [/^(?:samarbeidspartnere|samarbeidspartnarar|samarbeidspartnerne|partnere|partnarar|partnerne|samarbeidsparter|samarbeid med|i samarbeid med)$/u, 'partners'],
  [/^(?:styringsgruppe|styringsgruppen|styringsgruppa|styringsgruppas medlemmer)$/u, 'steering-group'],
  [/^(?:prosjektgruppe|prosjektgruppen|prosjektgruppa|referansegruppe|referansegruppen|referansegruppa|kompetanseteam|koordineringsgruppe|koordineringsgruppen|koordineringsgruppa|samarbeidsgruppe|samarbeidsgruppen|samarbeidsgruppa|faggruppe|faggruppen|faggruppa)$/u, 'project-group'],
  [/^(?:arbeidsgruppe|arbeidsgruppen|arbeidsgruppa|arbeidsgrupper)$/u, 'working-group'],
  [/^(?:prosjektleder|prosjektleiar|prosjektledere|prosjektleiarar|leder|leiar|ledes av|leies av|leia av|koordinator|koordinert av|koordineres av)$/u, 'lead'],
  [/^(?:finansiering|finansiert av|finansieres av|tilskudd fra|tilskot frå|oppdragsgiver|oppdragsgjevar|på oppdrag fra|på oppdrag frå)$/u, 'funder'],
  [/^(?:tiltak|tiltaket|tiltakets navn|tiltakets namn|tittel|tiltaksbeskrivelse|beskrivelse|beskriving|omtale|innhold|innhald|aktivitet|aktiviteter)$/u, 'measure'],
  [/^(?:mål|målsetting|målsetjing|målgruppe|målgruppen|formål|føremål|hensikt)$/u, 'goal'],
];

/** The canonical label of a key as written ("Ansvarleg departement:" → "responsible"), or null. */
export function labelOf(key: string): FieldLabel | null {
  const k = key
    .normalize('NFC')
    .toLowerCase()
    .replace(/[:*]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!k || k.length > 60) return null;
  for (const [re, label] of LABELS) if (re.test(k)) return label;
  return null;
}

/**
 * Labels that may stand alone on their line above their section ("Status",
 * "Tiltak", "Ansvarlig"). Other known labels need a colon to be a label.
 */
export const SECTION_LABELS: ReadonlySet<FieldLabel> = new Set(['measure', 'status', 'responsible']);

/** Labels that name a table column of measures. */
export const MEASURE_COLUMNS: ReadonlySet<FieldLabel> = new Set([
  'number',
  'measure',
  'responsible',
  'co-responsible',
  'status',
  'deadline',
  'implementation',
  'period',
  'partners',
  'participants',
]);
