/**
 * Project pages, in the genre of seed 002: a local project with its
 * background, period, work, participant list ("I dette prosjektet deltar A,
 * B, C og D.") and lead ("Arbeidet ledes av …"), in Bokmål or Nynorsk.
 * Participants are local services, the municipality, local organisations and
 * state bodies; the lead is one of them.
 */
import type { Rng } from './prng.ts';
import type { Municipality } from './places.ts';
import { localServiceText, type GeneratedFile } from './status-reports.ts';
import { joinList, pad, paragraphs } from './text.ts';
import { COUNTY_SERVICES, DIRECTORATES, LOCAL_ORGANISATIONS, MONTHS, MUNICIPAL_SERVICES, OBJECTS, PROJECT_THEMES, REGIONAL, TASKS } from './vocabulary.ts';

/** What a generated project states, for checking the parse. */
export interface ExpectedProject {
  fileName: string;
  name: string;
  participants: number;
  lead: string;
}

/** One project page in municipality `m`, named `name`. */
export function projectPage(index: number, name: string, m: Municipality, rng: Rng): { file: GeneratedFile; project: ExpectedProject } {
  const nn = m.nynorsk;
  const lang = nn ? 'nn' : 'nb';
  const fileName = `project-${pad(index)}.txt`;
  const services = rng.sample(MUNICIPAL_SERVICES, rng.chance(0.6) ? 2 : 3).map((s) => localServiceText(rng, m, s.key));
  // A list splits on " og ", so a place named "Nore og Uvdal" is named only inside local services.
  const listable = !/\sog\s/u.test(m.name);
  const orgs = listable ? rng.sample(LOCAL_ORGANISATIONS, rng.int(1, 2)).map((t) => t.replace('{P}', m.name)) : [];
  const stateBodies = rng.sample([...DIRECTORATES, ...REGIONAL], rng.chance(0.7) ? 1 : 2);
  const state = stateBodies.map((b) => rng.pick(b.forms));
  const countyService = rng.pick(COUNTY_SERVICES.filter((s) => s.key === 'oppfolgingstjenesten' || s.key === 'videregaende-opplaering'));
  const county = m.county !== 'Oslo' && rng.chance(0.2) ? [`${rng.pick(nn ? countyService.nn : countyService.nb)} i ${m.county} fylkeskommune`] : [];
  const withMunicipality = listable && rng.chance(0.4) ? [`${m.name} kommune`] : [];
  const participants = [...new Set([...state, ...withMunicipality, ...services, ...county, ...orgs])];
  const stateLeads = rng.chance(0.6);
  const lead = stateLeads ? state[0] : services[0];
  // In running text the state administrator is named with its county.
  const leadText = stateLeads && stateBodies[0].key === 'statsforvalteren' ? `${lead} i ${m.county}` : lead;
  const start = rng.int(2015, 2024);
  const lineage = rng.chance(0.1)
    ? nn
      ? ' Prosjektet byggjer vidare på Bedre tverrfagleg innsats (BTI).'
      : ' Prosjektet bygger videre på erfaringene fra Bedre tverrfaglig innsats (BTI).'
    : '';
  const object = rng.pick(OBJECTS[lang]);
  const task = rng.pick(TASKS[lang]);
  const text = nn
    ? paragraphs([
        name,
        `Prosjektet skal gi barn og unge i ${m.name} eit meir heilskapleg tilbod, med vekt på ${object}.`,
        'Bakgrunn',
        `Kommunen har sett at mange barn og unge får hjelp frå fleire tenester samtidig, utan at tenestene kjenner godt nok til arbeidet til kvarandre. Prosjektet starta i ${start}.`,
        'Om prosjektet',
        `Prosjektperiode: ${start}–${start + rng.int(2, 4)}. Prosjektet skal ${task}.${lineage}`,
        'Deltakarar',
        `I dette prosjektet deltek ${joinList(participants)}.`,
        `Arbeidet blir leia av ${leadText}.`,
      ])
    : paragraphs([
        name,
        `Prosjektet skal gi barn og unge i ${m.name} et mer helhetlig tilbud, med vekt på ${object}.`,
        'Bakgrunn',
        `Kommunen har sett at mange barn og unge får hjelp fra flere tjenester samtidig, uten at tjenestene kjenner godt nok til hverandres arbeid. Arbeidet startet i ${start}.`,
        'Varighet',
        `Oppstart ${rng.pick(MONTHS)} ${start}`,
        'Dette jobber vi med',
        `Prosjektet skal ${task}, og prøve ut en modell med fast kontaktperson for familiene.${lineage}`,
        'Deltakende aktører',
        `I dette prosjektet deltar ${joinList(participants)}.`,
        `Arbeidet ledes av ${leadText}.`,
      ]);
  return { file: { name: fileName, text }, project: { fileName, name, participants: participants.length, lead } };
}

/** A project name not used before: a theme and the municipality ("Tidlig innsats i Bodø"). */
export function projectName(m: Municipality, used: Set<string>, rng: Rng): string {
  for (const theme of rng.shuffle(PROJECT_THEMES)) {
    const name = `${theme} i ${m.name}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  for (let n = 2; ; n++) {
    const name = `${rng.pick(PROJECT_THEMES)} i ${m.name} ${n}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
