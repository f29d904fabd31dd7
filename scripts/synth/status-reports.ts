/**
 * Strategy status reports, in the genre of seeds 000 and 001: numbered
 * measures ("Tiltak 12: …") with a Tiltak section, a Status section and an
 * "Ansvarlig:" line, in Bokmål or Nynorsk, with the seeds' slips
 * ("Tiltak15:", "AnsvarligHelsedirektoratet", an empty status).
 */
import type { MeasureStatus } from '../../graph/model/index.ts';
import type { Rng } from './prng.ts';
import type { Municipality } from './places.ts';
import { joinList, lowerFirst, pad, paragraphs } from './text.ts';
import {
  DIRECTORATES,
  FOUNDATION_KINDS,
  FOUNDATION_NAMES,
  MONTHS,
  MUNICIPAL_SERVICES,
  OBJECTS,
  REGIONAL,
  STATUS_LINES,
  STRATEGIES,
  TASKS,
  VERBS,
  ministriesIn,
  type BodyForms,
} from './vocabulary.ts';

/** What a generated measure states, for checking the parse. */
export interface ExpectedMeasure {
  fileName: string;
  number: string;
  status: MeasureStatus;
  /** Gazetteer keys of the responsible bodies, in the order written. */
  responsible: string[];
}

export interface GeneratedFile {
  name: string;
  text: string;
}

/** Report sizes that add up to `total` measures. */
export function reportSizes(total: number, rng: Rng): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const n = Math.min(left, rng.int(8, 30));
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

const form = (rng: Rng, b: BodyForms) => rng.pick(b.forms);

/** A local foundation or association, named so the parsers read it as an organisation: "Stiftelsen Trygg Oppvekst Bodø". */
export function foundationName(rng: Rng, m: Municipality): string {
  return `${rng.pick(FOUNDATION_KINDS)} ${rng.pick(FOUNDATION_NAMES)} ${m.name}`;
}

/** A local service of a municipality as a text names it: "Barnevernet i Bodø kommune". */
export function localServiceText(rng: Rng, m: Municipality, key?: string): string {
  const s = key ? MUNICIPAL_SERVICES.find((x) => x.key === key)! : rng.pick(MUNICIPAL_SERVICES);
  return `${rng.pick(m.nynorsk ? s.nn : s.nb)} i ${m.name} kommune`;
}

/** One status report of `size` measures. */
export function statusReport(
  index: number,
  size: number,
  rng: Rng,
  municipalities: readonly Municipality[],
): { file: GeneratedFile; measures: ExpectedMeasure[] } {
  const nn = rng.chance(0.2);
  const lang = nn ? 'nn' : 'nb';
  const year = rng.int(2016, 2024);
  const strategy = rng.pick(STRATEGIES);
  const fileName = `status-${pad(index)}.txt`;
  const ministries = ministriesIn(year);
  const stateBodies = [...DIRECTORATES, ...REGIONAL];
  const measures: ExpectedMeasure[] = [];
  const blocks: string[] = [
    `Statusrapport ${year}: ${strategy}`,
    `Rapporten ${nn ? 'vart' : 'ble'} ferdigstilt ${rng.int(1, 28)}. ${rng.pick(MONTHS)} ${year}.`,
  ];
  let number = rng.int(1, 6);
  for (let i = 0; i < size; i++, number++) {
    // Responsible: one body, two joined by "og", now and then three.
    const count = rng.chance(0.05) ? 3 : rng.chance(0.25) ? 2 : 1;
    const pool = rng.chance(0.7) ? [...ministries, ...DIRECTORATES] : [...DIRECTORATES, ...ministries];
    const owners: BodyForms[] = [];
    for (const b of [pool[rng.int(0, ministries.length - 1)], ...rng.shuffle(pool)]) {
      if (owners.length < count && !owners.some((o) => o.key === b.key)) owners.push(b);
    }
    const [statusLine, status] = rng.pick(STATUS_LINES[lang]);

    const others = rng.sample(stateBodies, 5);
    const place = rng.pick(municipalities);
    const description = [`${nn ? 'Regjeringa' : 'Regjeringen'} vil ${lowerFirst(rng.pick(VERBS[lang]))} ${rng.pick(OBJECTS[lang])}.`];
    if (rng.chance(0.45)) description.push(`${form(rng, others[0])} skal ${rng.pick(TASKS[lang])}.`);
    if (rng.chance(0.35)) description.push(`${form(rng, others[1])} og ${form(rng, others[2])} skal ${nn ? 'saman' : 'sammen'} ${rng.pick(TASKS[lang])}.`);
    if (rng.chance(0.3)) {
      const [a, b] = rng.sample(MUNICIPAL_SERVICES, 2);
      description.push(
        `${nn ? 'Tiltaket blir prøvd ut' : 'Tiltaket prøves ut'} i ${place.name} kommune, der ${localServiceText(rng, place, a.key)} og ${localServiceText(rng, place, b.key)} skal samarbeide om ${rng.pick(OBJECTS[lang])}.`,
      );
    }
    // Local foundations and associations that support the work: uncurated bodies, named as such.
    const orgCount = 1 + (rng.chance(0.7) ? 1 : 0) + (rng.chance(0.5) ? 1 : 0);
    // One sentence each: "Stiftelsen A Bodø og Foreningen B Narvik" would read as one name.
    if (orgCount >= 1) description.push(`${foundationName(rng, rng.pick(municipalities))} ${nn ? 'bidreg i arbeidet' : 'bidrar i arbeidet'}.`);
    if (orgCount >= 2) description.push(`Også ${foundationName(rng, rng.pick(municipalities))} ${nn ? 'støttar utprøvinga' : 'støtter utprøvingen'}.`);
    if (orgCount >= 3) description.push(`${nn ? 'Vidare deltek' : 'Videre deltar'} ${foundationName(rng, rng.pick(municipalities))} ${nn ? 'med frivillige' : 'med frivillige'}.`);
    const progress: string[] = [];
    // Under an empty status the first paragraph is read as progress only when it holds no status word and is long.
    const quiet = statusLine === '';
    if (!quiet && rng.chance(0.45)) {
      progress.push(
        nn
          ? `${form(rng, others[3])} har gjennomført ${rng.int(2, 9)} regionale samlingar i ${year}, og arbeidet held fram i ${year + 1}.`
          : `${form(rng, others[3])} har gjennomført ${rng.int(2, 9)} regionale samlinger i ${year}, og arbeidet fortsetter i ${year + 1}.`,
      );
    }
    if (!quiet && rng.chance(0.3)) {
      const [a, b, c] = rng.sample(stateBodies, 3).map((x) => form(rng, x));
      progress.push(`Det er etablert ${nn ? 'eit' : 'et'} samarbeid mellom ${a}, ${b} og ${c} for å ${rng.pick(TASKS[lang])}.`);
    }
    if (status === 'DELAYED') progress.push(nn ? 'Arbeidet er forseinka fordi fleire av kommunane trong meir tid til å førebu utprøvinga.' : 'Arbeidet er forsinket fordi flere av kommunene trengte mer tid til å forberede utprøvingen.');

    const heading = rng.chance(0.03) ? `Tiltak${number}: ` : `Tiltak ${number}: `;
    const title = `${rng.pick(VERBS[lang])} ${rng.pick(OBJECTS[lang])}`;
    const ownersText = joinList(owners.map((o) => form(rng, o)));
    const label = nn ? 'Ansvarleg' : 'Ansvarlig';
    const responsibleLine = rng.chance(0.03) && !ownersText.includes(',') ? `${label}${ownersText}` : `${label}: ${ownersText}`;
    // An empty status is an empty section, or one that opens on a paragraph of progress (longer than a status line).
    const statusSection = statusLine === '' ? ['Status'] : rng.chance(0.2) ? [`Status: ${statusLine}`] : ['Status', statusLine];
    blocks.push(`${heading}${title}`, 'Tiltak', description.join(' '), ...statusSection, ...progress, responsibleLine);
    measures.push({ fileName, number: String(number), status, responsible: owners.map((o) => o.key) });
  }
  return { file: { name: fileName, text: paragraphs(blocks) }, measures };
}
