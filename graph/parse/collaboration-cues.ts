/**
 * The wordings that state facts about an initiative, read from one sentence
 * (or one heading) at a time: how an initiative's name is used, who owns it,
 * who takes part, who leads, and when it ran. Pure readers; the bookkeeping of
 * which initiative a sentence speaks of lives in collaborations.ts.
 */
import { resolveActorName, type InitiativeNameMatch } from '../gazetteer/index.ts';
import { parseActorList } from './actor-list.ts';
import { findBodyMentions, looksLikeOrganisation } from './actor-mentions.ts';
import type { ActorMention, Span, TextSpan } from './types.ts';

/** When an initiative ran: "2015 – 2020", or a start year only. */
export interface InitiativePeriod extends TextSpan {
  startYear: number;
  endYear: number | null;
}

/**
 * How a sentence uses an initiative's name: as its predecessor ("bygger videre
 * på X", "Videreføring av X"), its parent ("støtter opp X", "del av X"), as
 * the subject it introduces (heading, sentence opening, «emphasis», "Name
 * (ABBR)"), or only in passing.
 */
export type NameUse = 'builds-on' | 'part-of' | 'introduces' | 'passing';

const BUILDS_ON_CUE = /(?:bygger\s+videre\s+på|byggjer\s+vidare\s+på|videreføring\s+av|vidareføring\s+av|viderefører|vidarefører|bygger\s+på|etterfølger|avløser|erstatter)/iu;
const PART_OF_CUE = /(?:støtter\s+opp(?:\s+under)?|støttar\s+opp|del\s+av|inngår\s+i|underlagt)/iu;

/** How the name `m` is used in `unit`; `isHeading` when the unit is a heading. */
export function nameUse(text: string, unit: Span, m: InitiativeNameMatch, isHeading: boolean, hasOwnerBracket: boolean): NameUse {
  const before = text.slice(unit.start, m.start);
  const after = text.slice(m.end, unit.end);
  if (BUILDS_ON_CUE.test(before)) return 'builds-on';
  if (PART_OF_CUE.test(before)) return 'part-of';
  const opensUnit = /^[\s*«"“(\-–•]*$/u.test(before);
  const emphasised = /(?:\*\*|«)\s*$/u.test(before) || /^\s*(?:\*\*|»)/u.test(after);
  const withAbbreviation = m.text.endsWith(')') && !hasOwnerBracket;
  return isHeading || opensUnit || emphasised || withAbbreviation ? 'introduces' : 'passing';
}

/**
 * The body that owns an initiative by its name: "KS læringsnettverk",
 * "læringsnettverk (KS)", or a bracket after the name, "Bedre Tverrfaglig
 * Innsats (BTI) (Helsedirektoratet)".
 */
export function readOwner(text: string, m: InitiativeNameMatch, unitEnd: number): { actor: ActorMention; bracket: boolean } | null {
  const inside = findBodyMentions(text, m.start, m.end, { skipQuoted: false }).find((b) => b.key);
  if (inside) return { actor: inside, bracket: false };
  const bracket = /^\s*\(([^()]{1,60})\)/u.exec(text.slice(m.end, unitEnd));
  const entry = bracket ? resolveActorName(bracket[1]) : null;
  if (!bracket || !entry) return null;
  const start = m.end + bracket[0].indexOf(bracket[1]);
  return { actor: { start, end: start + bracket[1].length, text: bracket[1], key: entry.key, name: entry.name }, bracket: true };
}

const PERIOD_AFTER_NAME = /^[\s*]*\(?\s*((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})\s*\)?/u;

/** "0-24 samarbeidet (2015 – 2020)", "Ny GIV 2011 – 2013": years right after the name. */
export function readPeriodAfterName(text: string, m: InitiativeNameMatch, unitEnd: number): InitiativePeriod | null {
  const after = text.slice(m.end, unitEnd);
  const p = PERIOD_AFTER_NAME.exec(after);
  if (!p) return null;
  const start = m.end + p[0].indexOf(p[1]);
  const end = m.end + p[0].lastIndexOf(p[2]) + p[2].length;
  return { start, end, text: text.slice(start, end), startYear: Number(p[1]), endYear: Number(p[2]) };
}

const START_YEAR = /(?<![\p{L}])(?:Oppstart|Oppstart:|Startet|Starta|Oppdrag\s+i)\s+(?:(?:i\s+)?(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+)?((?:19|20)\d{2})(?![\p{N}])/iu;
const YEAR_RANGE = /(?<![\p{L}])(?:Varighet|Periode|Prosjektperiode)\s*:?\s*((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})/iu;

/** "Varighet: 2019–2021", "Oppstart januar 2019", "Oppdrag i 2022": the period a sentence states. */
export function readPeriod(text: string, unit: TextSpan): InitiativePeriod | null {
  const range = YEAR_RANGE.exec(unit.text);
  const m = range ?? START_YEAR.exec(unit.text);
  if (!m) return null;
  const start = unit.start + (m.index ?? 0);
  const end = start + m[0].length;
  return { start, end, text: text.slice(start, end), startYear: Number(m[1]), endYear: range ? Number(m[2]) : null };
}

/** A list of participants, and whether its wording is strong enough to name an initiative from the heading above. */
export interface ParticipantList {
  actors: ActorMention[];
  namesInitiative: boolean;
}

/** Wordings after which participants are listed. */
const LIST_AFTER: readonly { re: RegExp; namesInitiative: boolean }[] = [
  { re: /(?<![\p{L}])i\s+(?:dette|det|denne)\s+(?:prosjektet|samarbeidet|arbeidet|nettverket|partnerskapet|satsingen|satsinga)\s+(?:deltar|deltek)\s+/iu, namesInitiative: true },
  { re: /^(?:Deltakere|Deltakerne|Deltagere|Deltagerne|Deltakarar|Deltakarane)\s+(?:er|var)\s+/u, namesInitiative: true },
  { re: /(?<![\p{L}])(?:et|eit)\s+(?:felles\s+)?(?:prosjekt|samarbeidsprosjekt|partnerskap)\s+mellom\s+/iu, namesInitiative: true },
  { re: /(?<![\p{L}])(?:et|eit)\s+(?:felles\s+|tett\s+)?samarbeid\s+mellom\s+/iu, namesInitiative: false },
];
/** "A og B deltar i prosjektet": participants before the verb. */
const LIST_BEFORE = /\s(?:deltar|deltek)\s+i\s+(?:prosjektet|samarbeidet|arbeidet|satsingen|satsinga|nettverket)(?![\p{L}])/iu;
/** "gjennomført av OsloMet /NIBR": the body that carried out a part of the work. */
const AGENT = /(?<![\p{L}])(?:gjennomført|gjennomførd|utført|utarbeidet|utarbeidd)\s+av\s+/iu;

/** Ordinary services (barnehage, skole …) never count as participants. */
const LIST_OPTIONS = { strict: true, excludeKinds: ['MUNICIPAL_SERVICE', 'COUNTY'] as const };

/** The participant lists a sentence states. */
export function readParticipants(text: string, unit: TextSpan): ParticipantList[] {
  const out: ParticipantList[] = [];
  for (const { re, namesInitiative } of LIST_AFTER) {
    const m = re.exec(unit.text);
    if (m) out.push({ actors: parseActorList(text, unit.start + (m.index ?? 0) + m[0].length, unit.end, LIST_OPTIONS), namesInitiative });
  }
  const before = LIST_BEFORE.exec(unit.text);
  if (before) out.push({ actors: parseActorList(text, unit.start, unit.start + (before.index ?? 0), LIST_OPTIONS), namesInitiative: true });
  const agent = AGENT.exec(unit.text);
  if (agent) {
    const from = unit.start + (agent.index ?? 0) + agent[0].length;
    // "gjennomført av OsloMet /NIBR og KS": the bodies joined by slashes or "og" right after the cue.
    const bodies = findBodyMentions(text, unit.start, unit.end).filter((b) => b.start >= from);
    const chain: ActorMention[] = [];
    let pos = from;
    for (const b of bodies) {
      if (!/^[\s/,]*(?:og\s+)?$/u.test(text.slice(pos, b.start))) break;
      if (!(b.key || looksLikeOrganisation(b.name))) break;
      chain.push(b);
      pos = b.end;
    }
    if (chain.length) out.push({ actors: chain, namesInitiative: false });
  }
  return out;
}

const LED_BY = /(?<![\p{L}])(ledes|leies|ledet|leia|koordineres|koordinerast|koordinert|i\s+regi)\s+av\s+/iu;
const SUBJECT_LEADS = /^\s+(koordinerer|koordinerar|leder|leiar|leier)\s+(?:dette\s+|det\s+|denne\s+)?(?:arbeidet|prosjektet|samarbeidet|satsingen|satsinga|nettverket|gruppen|gruppa|piloten)(?![\p{L}])/iu;

/** Who leads or coordinates, per the sentence; `actor: null` when the leader is not a body (a person). */
export type LeadStatement = { actor: ActorMention | null; role: 'leads' | 'coordinates' };

/** "Arbeidet ledes av …, Utdanningsdirektoratet", "Bufdir koordinerer dette arbeidet", "i regi av KS". */
export function readLead(text: string, unit: TextSpan): LeadStatement | null {
  const roleOf = (verb: string) => (/^koordiner/iu.test(verb) ? 'coordinates' : 'leads');
  const ledBy = LED_BY.exec(unit.text);
  if (ledBy) {
    const bodies = findBodyMentions(text, unit.start + (ledBy.index ?? 0) + ledBy[0].length, unit.end);
    // A person before the body ("avd. direktør …, Utdanningsdirektoratet") is never the lead.
    const actor = bodies.find((b) => b.key) ?? bodies.find((b) => looksLikeOrganisation(b.name)) ?? null;
    return { actor, role: roleOf(ledBy[1]) };
  }
  const subject = findBodyMentions(text, unit.start, unit.end)[0];
  if (subject && /^[\s*«"“]*$/u.test(text.slice(unit.start, subject.start))) {
    const verb = SUBJECT_LEADS.exec(text.slice(subject.end, unit.end));
    if (verb) return { actor: subject, role: roleOf(verb[1]) };
  }
  return null;
}
