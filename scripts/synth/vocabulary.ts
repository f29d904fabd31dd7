/**
 * The words the synthetic documents are made of: the state bodies they name
 * (as the gazetteer writes them), the local services of a county table, the
 * local organisations of project pages, and the phrases of measures and
 * projects, in Bokmål and Nynorsk. Every body name here is one the parsers
 * know, so the corpus loads without warnings.
 */
import type { MeasureStatus } from '../../graph/model/index.ts';

/** A body as the texts name it: its gazetteer key and the ways it is written. */
export interface BodyForms {
  key: string;
  forms: readonly string[];
}

const body = (key: string, ...forms: string[]): BodyForms => ({ key, forms });

/** Ministries that can be responsible for a measure, by the year of the report (renames follow DOMAIN.md). */
export function ministriesIn(year: number): BodyForms[] {
  return [
    year >= 2020 ? body('bfd', 'Barne- og familiedepartementet', 'Barne- og familiedepartementet', 'BFD') : body('bld', 'Barne- og likestillingsdepartementet'),
    body('hod', 'Helse- og omsorgsdepartementet', 'Helse- og omsorgsdepartementet', 'Helsedepartementet'),
    body('kd', 'Kunnskapsdepartementet'),
    body('jd', 'Justis- og beredskapsdepartementet', 'Justisdepartementet'),
    body('asd', 'Arbeids- og sosialdepartementet'),
    body('kud', 'Kulturdepartementet'),
    year >= 2022 ? body('kdd', 'Kommunal- og distriktsdepartementet') : body('kmd', 'Kommunal- og moderniseringsdepartementet'),
  ];
}

/** Directorates that can be responsible for, or work on, a measure. */
export const DIRECTORATES: readonly BodyForms[] = [
  body('bufdir', 'Barne-, ungdoms- og familiedirektoratet', 'Bufdir', 'Bufdir'),
  body('hdir', 'Helsedirektoratet', 'Helsedirektoratet', 'Hdir'),
  body('udir', 'Utdanningsdirektoratet', 'Utdanningsdirektoratet', 'Udir'),
  body('imdi', 'Integrerings- og mangfoldsdirektoratet', 'IMDi'),
  body('avdir', 'Arbeids- og velferdsdirektoratet'),
  body('pod', 'Politidirektoratet'),
  body('kdi', 'Kriminalomsorgsdirektoratet'),
  body('ehelse', 'Direktoratet for e-helse'),
  body('statped', 'Statped'),
];

/** Regional and national bodies that take part in local projects and measures. */
export const REGIONAL: readonly BodyForms[] = [
  body('statsforvalteren', 'Statsforvalteren'),
  body('bufetat', 'Bufetat'),
  body('familievernet', 'Familievernet'),
  body('korus', 'KoRus'),
  body('rvts', 'RVTS'),
  body('rkbu', 'RKBU'),
  body('spesialisthelsetjenesten', 'Spesialisthelsetjenesten'),
  body('politidistriktene', 'Politiet'),
  body('konfliktradene', 'Konfliktrådet'),
  body('ks', 'KS'),
  body('barneombudet', 'Barneombudet'),
];

/** A municipal service of the county tables: its gazetteer key, its column, and how it is written. */
export interface LocalServiceForms {
  key: string;
  column: number;
  nb: readonly string[];
  nn: readonly string[];
}

const service = (key: string, column: number, nb: string[], nn: string[] = nb): LocalServiceForms => ({ key, column, nb, nn });

/**
 * The ten columns of the system-perspective table (as in seed 003): each
 * column's ministry, directorates and regional bodies, and the services at
 * county and municipal level.
 */
export const TABLE_COLUMNS = {
  ministries: ['Helse- og omsorgsdepartementet', '', 'Kunnskapsdepartementet', '', '', '', 'Barne- og familiedepartementet', 'Arbeids- og sosialdepartementet', 'Justis- og beredskapsdepartementet', ''],
  directorates: ['Hdir', 'Hdir og De regionale helseforetakene', 'Udir', 'Udir', 'Udir', 'IMDi', 'Bufdir', 'AVdir', 'POD', 'Sfk'],
  regional: ['Statsforvalteren', 'Spesialisthelsetjenesten', 'Statsforvalteren', '', '', 'Statsforvalteren, IMDi regionskontor', 'Statsforvalteren, Bufetat, Familievernet', 'Statsforvalteren', 'Politidistriktene', 'Konfliktrådene'],
};

/** County services, by column: written "<service> i <county> fylkeskommune". */
export const COUNTY_SERVICES: readonly LocalServiceForms[] = [
  service('folkehelse-fylke', 1, ['Folkehelsearbeidet', 'Folkehelsearbeid']),
  service('oppfolgingstjenesten', 2, ['Oppfølgingstjenesten'], ['Oppfølgingstenesta']),
  service('karrieresentre', 2, ['Karrieresenteret']),
  service('videregaende-opplaering', 3, ['Videregående opplæring'], ['Videregåande opplæring']),
  service('ppt-fylke', 4, ['Fylkeskommunal PPT']),
];

/** Regional bodies in the county row that carry no county name. */
export const COUNTY_ROW_GENERIC: Record<number, string> = { 7: 'NAV fylke' };

/** Municipal services, by column: written "<service> i <municipality> kommune". */
export const MUNICIPAL_SERVICES: readonly LocalServiceForms[] = [
  service('kommunale-helsetjenester', 0, ['Kommunale helsetjenester', 'Kommunehelsetjenesten']),
  service('helsestasjon-skolehelsetjenesten', 1, ['Helsestasjons- og skolehelsetjenesten', 'Skolehelsetjenesten', 'Helsestasjonen'], ['Skulehelsetenesta', 'Helsestasjonen']),
  service('ot-radgivning', 2, ['OT-rådgivning'], ['OT-rådgivinga']),
  service('barnehage', 3, ['Barnehagen', 'Barnehage']),
  service('skole', 3, ['Skolen', 'Grunnskolen'], ['Skulen']),
  service('sfo', 3, ['SFO', 'Skolefritidsordningen'], ['Skulefritidsordninga']),
  service('ppt', 4, ['PPT', 'PP-tjenesten', 'Pedagogisk-psykologisk tjeneste'], ['PP-tenesta']),
  service('introduksjonsprogrammet', 5, ['Introduksjonsprogrammet']),
  service('barnevernet', 6, ['Barnevernet', 'Barnevernstjenesten', 'Barneverntjenesten'], ['Barnevernstenesta', 'Barneverntenesta']),
  service('nav-kontor', 7, ['NAV-kontoret', 'Nav-kontoret']),
  service('politirad', 8, ['Politirådet']),
  service('politikontakt', 8, ['Politikontakten']),
  service('slt', 9, ['SLT-samarbeidet', 'SLT-modellen']),
];

/** Local organisations of project pages; {P} is the municipality. None of them is a curated body. */
export const LOCAL_ORGANISATIONS: readonly string[] = [
  'Frivilligsentralen i {P}',
  '{P} idrettsråd',
  'Ungdomsrådet i {P}',
  'Kirkens Bymisjon {P}',
  'Røde Kors {P}',
  'Redd Barna {P}',
  'Home-Start Familiekontakten {P}',
  'Fritidsklubben i {P}',
  'Kulturskolen i {P}',
  'Biblioteket i {P}',
  'Foreldreutvalget i {P}',
  'Ungdomshuset i {P}',
  'Natteravnene i {P}',
  'Speiderne i {P}',
  'Familiesenteret i {P}',
  'Leksehjelpen i {P}',
  'Aktivitetshuset i {P}',
  'Stiftelsen Trygg Oppvekst {P}',
  'Motivasjonssenteret i {P}',
  'Mødresenteret i {P}',
];

/** Foundations and associations named in measures: "<kind> <name> <municipality>". */
export const FOUNDATION_KINDS = ['Stiftelsen', 'Foreningen'];
export const FOUNDATION_NAMES = [
  'Trygg Oppvekst',
  'Barnas Framtid',
  'Ung Mestring',
  'Sterke Familier',
  'Nye Muligheter',
  'Ungt Engasjement',
  'Aktiv Fritid',
  'Livsglede',
  'Foreldrenettverket',
  'Trygge Hjem',
  'Barn Først',
  'Ung Kraft',
];

/** Status lines as written, with the status they state. "" is an empty Status section. */
export const STATUS_LINES: { nb: readonly [string, MeasureStatus][]; nn: readonly [string, MeasureStatus][] } = {
  nb: [
    ['Påbegynt – i rute.', 'ON_TRACK'],
    ['Pågående.', 'IN_PROGRESS'],
    ['I rute.', 'ON_TRACK'],
    ['Påbegynt.', 'STARTED'],
    ['Forsinket', 'DELAYED'],
    ['Forsinket – oppstart utsatt.', 'DELAYED'],
    ['Gjennomført.', 'COMPLETED'],
    ['Fullført.', 'COMPLETED'],
    ['Avsluttet.', 'COMPLETED'],
    ['Ikke påbegynt.', 'NOT_STARTED'],
    ['Ikke startet.', 'NOT_STARTED'],
    ['', 'UNKNOWN'],
  ],
  nn: [
    ['Byrja – i rute.', 'ON_TRACK'],
    ['Pågåande.', 'IN_PROGRESS'],
    ['I rute.', 'ON_TRACK'],
    ['Påbyrja.', 'STARTED'],
    ['Forseinka.', 'DELAYED'],
    ['Gjennomført.', 'COMPLETED'],
    ['Ikkje starta.', 'NOT_STARTED'],
    ['', 'UNKNOWN'],
  ],
};

export const STRATEGIES = [
  'Trygg og god oppvekst',
  'Strategi for foreldrestøtte',
  'Likeverd og inkludering',
  'Opptrappingsplan for barn og unges psykiske helse',
  'Handlingsplan mot vold i nære relasjoner',
  'Strategi for barn i lavinntektsfamilier',
  'Inkluderingsløftet',
  'Fullføringsreformen',
  'Strategi for ungdomshelse',
  'Handlingsplan mot radikalisering',
];

export const VERBS = {
  nb: ['Styrke', 'Utvikle', 'Utrede', 'Vurdere', 'Etablere', 'Videreutvikle', 'Prøve ut', 'Forbedre', 'Samordne', 'Kartlegge', 'Evaluere', 'Spre'],
  nn: ['Styrkje', 'Utvikle', 'Greie ut', 'Vurdere', 'Etablere', 'Prøve ut', 'Betre', 'Samordne', 'Kartleggje', 'Evaluere'],
};

export const OBJECTS = {
  nb: [
    'tverrfaglig samarbeid om utsatte barn og unge',
    'tilbudet til barn med sammensatte behov',
    'oppfølgingen av ungdom som står utenfor opplæring og arbeid',
    'foreldrestøtte i kommunene',
    'kompetansen om vold og overgrep mot barn',
    'overgangene mellom tjenestene',
    'individuelle planer for barn og unge',
    'lavterskeltilbud innen psykisk helse',
    'tiltak for barn i familier med lav inntekt',
    'tidlig innsats for de yngste barna',
    'arbeidet mot mobbing og utenforskap',
    'inkludering av barn og unge med minoritetsbakgrunn',
    'digitale verktøy for samhandling',
    'brukermedvirkning for barn og unge',
    'kunnskapsgrunnlaget om barn med sammensatte behov',
  ],
  nn: [
    'tverrfagleg samarbeid om utsette barn og unge',
    'tilbodet til barn med samansette behov',
    'oppfølginga av ungdom som står utanfor opplæring og arbeid',
    'foreldrestøtte i kommunane',
    'kompetansen om vald og overgrep mot barn',
    'overgangane mellom tenestene',
    'lågterskeltilbod innan psykisk helse',
    'tidleg innsats for dei yngste borna',
  ],
};

export const TASKS = {
  nb: [
    'utarbeide en veileder for samarbeid på tvers av sektorene',
    'vurdere behovet for endringer i regelverket',
    'gjennomføre en kartlegging av tilbudet i kommunene',
    'utvikle et felles kompetanseprogram for de ansatte',
    'spre erfaringer fra utprøvingen til flere kommuner',
    'følge opp kommunene med veiledning og samlinger',
    'utvikle felles indikatorer for oppfølging av barn og unge',
    'etablere et nettverk for erfaringsutveksling',
  ],
  nn: [
    'utarbeide ein rettleiar for samarbeid på tvers av sektorane',
    'vurdere behovet for endringar i regelverket',
    'gjennomføre ei kartlegging av tilbodet i kommunane',
    'utvikle eit felles kompetanseprogram for dei tilsette',
    'spreie erfaringar frå utprøvinga til fleire kommunar',
  ],
};

export const PROJECT_THEMES = [
  'Tidlig innsats',
  'Laget rundt barnet',
  'Trygg oppvekst',
  'Helhetlig oppfølging',
  'Familiens hus',
  'Ungdomsløftet',
  'Barnas stemme',
  'Los for ungdom',
  'Tverrfaglig team',
  'Bedre overganger',
  'Inkludering i fritid',
  'Sterkere familier',
  'Mestring og trivsel',
  'Ungdom i arbeid',
  'Felles løft for barn',
  'Oppvekstreformen i praksis',
];

export const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'august', 'september', 'oktober', 'november', 'desember'];
