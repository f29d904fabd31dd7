/**
 * Privacy: finds personal data (person names, e-mail addresses, phone numbers
 * and national identity numbers) and replaces it before a text enters the
 * graph, unless the caller opts in. The loader runs this first, so every
 * other parser's offsets refer to the redacted text.
 *
 * A name is a run of 2–4 name-shaped words (capitalised, hyphenated, in
 * capitals, or an initial "K.") on one line, judged by what the words are and
 * where they stand:
 * - it opens with a common given name ("Kari Nordmann", "Lise Berg Hansen",
 *   "KARI NORDMANN", "Kari N."), or is an initial before a common surname
 *   ("K. Nordmann"), or is "Surname, Given name" ("Nordmann, Kari");
 * - or it stands where a person stands: after a role ("avd. direktør …",
 *   "Barneombud …"), before ", <role>" or a verb of saying ("… summerer"), or
 *   after a cue ("Kontaktperson:", "skrevet av", "ved", "til"), when its last
 *   word is a known surname or the cue is a role;
 * - or it is a signature: a name alone on a line after "Med vennlig hilsen".
 * A word the gazetteer knows as a place or a body is never evidence of a
 * person (Fjell, Sund, Moss, Hole, Lier), and a run that overlaps a body the
 * gazetteer finds ("Kompetanse Norge") is never a name.
 *
 * Every scan is linear: words come from one pass of a simple word pattern,
 * and e-mail addresses are grown outwards from their "@" with bounded reach.
 */
import { findActorMentions, isKnownPlaceOrBodyWord, overlapsAny } from '../gazetteer/index.ts';
import { GIVEN_NAMES, SURNAMES_SET } from './person-names.ts';
import type { Span } from './types.ts';

export const PERSON_PLACEHOLDER = '[navn fjernet]';
export const EMAIL_PLACEHOLDER = '[e-post fjernet]';
export const PHONE_PLACEHOLDER = '[telefon fjernet]';
export const NATIONAL_ID_PLACEHOLDER = '[fødselsnummer fjernet]';

export type PersonalDataKind = 'person' | 'email' | 'phone' | 'national-id';

const PLACEHOLDER: Record<PersonalDataKind, string> = {
  person: PERSON_PLACEHOLDER,
  email: EMAIL_PLACEHOLDER,
  phone: PHONE_PLACEHOLDER,
  'national-id': NATIONAL_ID_PLACEHOLDER,
};

/** One piece of personal data found in the original text. */
export interface PersonalData extends Span {
  kind: PersonalDataKind;
}

/** One replacement; `start`/`end` index the redacted text (the placeholder), `sourceStart`/`sourceEnd` the original. */
export interface Redaction extends Span {
  kind: PersonalDataKind;
  sourceStart: number;
  sourceEnd: number;
}

export interface RedactOptions {
  /** Keep names, addresses and numbers (an explicit opt-in). */
  includePeople: boolean;
}

// ---------------------------------------------------------------------------
// E-mail addresses, plain and obfuscated

/** What joins the two halves of an address: "@", full-width "＠", "&#64;", "%40", "[at]", "(at)", "(a)", "[krøllalfa]". */
const AT = /@|＠|&#0*64;|&commat;|%40|[[(]\s*(?:at|a|alfa|krøllalfa)\s*[\])]/giu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}-]/u;
/** What separates domain labels: ".", "[dot]", "(dot)", "[punktum]", or " . ". */
const DOT = /^(?:\.|\s*[[(]\s*(?:dot|punktum|prikk)\s*[\])]\s*)/iu;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

function findEmails(text: string): PersonalData[] {
  const out: PersonalData[] = [];
  for (const m of text.matchAll(AT)) {
    const at = m.index ?? 0;
    // Local part: grow left over address characters, past at most two spaces next to the "@" ("kari @ udir.no").
    let s = at;
    while (s > 0 && at - s < 2 && text[s - 1] === ' ') s--;
    const localEnd = s;
    while (s > 0 && localEnd - s < MAX_LOCAL && LOCAL_CHAR.test(text[s - 1])) s--;
    while (s < localEnd && text[s] === '.') s++;
    if (s === localEnd) continue;
    // Domain: labels joined by dots, ending in letters ("udir.no").
    let e = at + m[0].length;
    const afterAt = e;
    while (e < text.length && e - afterAt < 2 && text[e] === ' ') e++;
    let end = -1;
    let labels = 0;
    for (let guard = 0; guard < 64 && e - afterAt < MAX_DOMAIN; guard++) {
      const labelStart = e;
      while (e < text.length && e - afterAt < MAX_DOMAIN && DOMAIN_CHAR.test(text[e])) e++;
      if (e === labelStart) break;
      labels++;
      if (labels >= 2 && /^\p{L}{2,}$/u.test(text.slice(labelStart, e))) end = e;
      const dot = DOT.exec(text.slice(e, e + 16));
      if (!dot) break;
      e += dot[0].length;
    }
    if (end === -1) continue;
    if (out.length && out[out.length - 1].end > s) continue;
    out.push({ start: s, end, kind: 'email' });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Phone numbers and national identity numbers

/** Eleven digits, optionally "ddmmyy nnnnn". */
const ELEVEN_DIGITS = /(?<![\p{N}])(\d{6})[ \u00a0]?(\d{5})(?![\p{N}])/gu;
/** Norwegian numbers: eight digits starting 2–9, whole or grouped 2-2-2-2, 3-2-3 or 4-4, optionally after +47 or 0047. */
const PHONE = /(?<![\p{N}+])(?:(?:\+|00)47[ \u00a0]?)?(?:[2-9]\d(?:[ \u00a0]?\d\d){3}|[2-9]\d\d[ \u00a0]\d\d[ \u00a0]\d\d\d|[2-9]\d{3}[ \u00a0]\d{4})(?![\p{N}])/gu;

/** The mod-11 control digits of a fødselsnummer (or D-number) hold. */
export function isValidNationalId(digits: string): boolean {
  if (!/^\d{11}$/u.test(digits)) return false;
  const d = [...digits].map(Number);
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let k1 = 11 - (k1w.reduce((s, w, i) => s + w * d[i], 0) % 11);
  if (k1 === 11) k1 = 0;
  if (k1 === 10 || k1 !== d[9]) return false;
  let k2 = 11 - (k2w.reduce((s, w, i) => s + w * d[i], 0) % 11);
  if (k2 === 11) k2 = 0;
  return k2 !== 10 && k2 === d[10];
}

function findNumbers(text: string): PersonalData[] {
  const out: PersonalData[] = [];
  for (const m of text.matchAll(ELEVEN_DIGITS)) {
    if (isValidNationalId(m[1] + m[2])) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'national-id' });
  }
  for (const m of text.matchAll(PHONE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlapsAny(out, start, end)) out.push({ start, end, kind: 'phone' });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Person names

/** A word, with inner hyphens and apostrophes, and a full stop right after it (for initials). */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?/gu;

/** Roles and titles that precede or follow a person's name. */
const ROLE = /^\p{L}*(?:direktør|rådgiver|rådgjevar|leder|leiar|sjef|statsråd|minister|statssekretær|ombud|professor|forsker|forskar|konsulent|koordinator|sekretær|saksbehandler|prosjektleder|prosjektleiar|kontaktperson|ordfører|rektor)$/iu;
/** Verbs of saying and writing that follow a cited person. */
const SAYS = /^(?:summerer|sier|seier|skriver|skriv|påpeker|peiker|mener|meiner|understreker|forteller|fortel|uttaler|konkluderer|hevder|beskriver|fremhever|framhever|minner|spør)$/u;
/** Cues after which a name stands ("Kontaktperson: …", "skrevet av …", "ved …", "til …", "Ansvarlig: …"). */
const CUE = /(?:^|[\s(])(?:kontaktperson|kontakt|ansvarlig|saksbehandler|prosjektleder|prosjektleiar|leder|skrevet\s+av|utarbeidet\s+av|av|ved|til|fra|frå|med|hos|v\/|att\.?|attn\.?)\s*:?\s*$/iu;
/** Closings before a signature. */
const CLOSING = /(?:hilsen|helsing|regards)\s*,?\s*$/iu;
/** Capitalised words that open sentences and headings, or name things, never people. */
const NOT_A_NAME = new Set(
  `norge noreg kommune kommunen fylkeskommune fylke stiftelsen direktoratet departementet regjeringen stortinget region meld st tiltak
  status ansvarlig kontaktperson bakgrunn mål om det den de en et ei i vi dette disse og eller for med til fra av ved se les når hvis etter
  før side kapittel del vedlegg tabell figur nord sør vest øst midt nordre søndre vestre østre indre ytre januar februar mars april mai juni
  juli august september oktober november desember mandag tirsdag onsdag torsdag fredag lørdag søndag nou prop statens barnehus rapport
  notat referat møte sak innledning sammendrag konklusjon med vennlig hilsen hei kjære nasjonal nasjonale regional regionale kommunal
  kommunale ny nye ikke alle mange flere`.split(/\s+/u),
);
/** Word endings of bodies and things ("Regionrådet", "Familievernkontoret"), never of names. */
const THING_ENDING = /(?:rådet|departementet|direktoratet|tjenesten|tjenestene|kontoret|senteret|sentret|utvalget|nettverket|forumet|prosjektet|programmet|etaten|verket|vernet|huset|foreningen|forbundet|organisasjonen|instituttet|skolen|sykehuset|kommune|fylke|plan|planen|strategi|strategien|rapport)$/iu;

type Shape = 'word' | 'initial';
interface Word extends Span {
  text: string;
  /** Title-case key for lookups ("KARI" → "kari"). */
  key: string;
  shape: Shape;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string) => !/\p{Ll}/u.test(w);

function placeOrBody(w: Word): boolean {
  if (w.shape === 'initial') return false;
  return isKnownPlaceOrBodyWord(w.text) || isKnownPlaceOrBodyWord(w.key.charAt(0).toUpperCase() + w.key.slice(1));
}
function isGiven(w: Word): boolean {
  if (w.shape !== 'word' || placeOrBody(w)) return false;
  return GIVEN_NAMES.has(w.key) || (w.key.includes('-') && w.key.split('-').every((p) => GIVEN_NAMES.has(p)));
}
function isSurname(w: Word): boolean {
  return w.shape === 'word' && (SURNAMES_SET.has(w.key) || (w.key.includes('-') && w.key.split('-').some((p) => SURNAMES_SET.has(p))));
}
/** A word that can be part of a name at all: not a heading word, not a body's ending, not too long. */
function nameLike(w: Word): boolean {
  if (w.shape === 'initial') return true;
  if (w.text.length > 30 || NOT_A_NAME.has(w.key) || THING_ENDING.test(w.key)) return false;
  // Abbreviations in capitals ("KS", "BTI", "NAV") are bodies, not names; names in capitals have vowels and length.
  if (isAllCaps(w.text) && (w.text.length < 3 || !GIVEN_NAMES.has(w.key) && !SURNAMES_SET.has(w.key))) return false;
  return true;
}

/** The words of one line-run of name-shaped words, split out of the text in one pass. */
function* nameRuns(text: string): Generator<Word[]> {
  let run: Word[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let raw = m[0];
    let end = start + raw.length;
    const initial = /^\p{Lu}\.$/u.test(raw);
    if (!initial && raw.endsWith('.')) {
      raw = raw.slice(0, -1);
      end--;
    }
    const capital = isCapitalised(raw);
    const gapOk = lastEnd >= 0 && start - lastEnd === 1 && (text[lastEnd] === ' ' || text[lastEnd] === '\u00a0');
    if (run.length && (!capital || !gapOk || run[run.length - 1].shape === 'word' && text[run[run.length - 1].end] === '.' && !initial)) {
      yield run;
      run = [];
    }
    if (capital) run.push({ start, end, text: raw, key: raw.toLocaleLowerCase('nb'), shape: initial ? 'initial' : 'word' });
    lastEnd = end;
  }
  if (run.length) yield run;
}

function previousWord(text: string, at: number): string {
  const m = /(\p{L}+)\.?[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1] : '';
}

/** How far back the signature check looks for a closing ("Med vennlig hilsen"). */
const SIGNATURE_REACH = 200;

/** The text of the line before the one `at` starts, if `at` starts a line (bounded look-back, so long lines cost nothing extra). */
function previousLine(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - SIGNATURE_REACH), at);
  const nl = window.lastIndexOf('\n');
  if (nl === -1 || window.slice(nl + 1).trim() !== '') return null;
  const lines = window.slice(0, nl).split('\n').map((l) => l.trim());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.length && (lines.length > 1 || at - SIGNATURE_REACH <= 0) ? lines[lines.length - 1] : null;
}

/** The names in one run of capitalised words: each start is tried with up to four words, judged by the words and the text around them. */
function judge(text: string, words: Word[], bodies: readonly Span[]): Span[] {
  const out: Span[] = [];
  // Every rule needs two words; most runs (a capitalised word opening a sentence) have one.
  if (words.length < 2) return out;
  let i = 0;
  while (i < words.length - 1) {
    // "Barneombud Inga Bejer-Engh": a capitalised role word opens the run and marks what follows.
    let roleBefore = ROLE.test(previousWord(text, words[i].start));
    if (ROLE.test(words[i].text) && i + 1 < words.length) {
      roleBefore = true;
      i++;
    }
    let j = i;
    while (j < words.length && j - i < 4 && nameLike(words[j]) && !(j > i && isGiven(words[i]) === false && placeOrBody(words[j]) && !isSurname(words[j]))) j++;
    const span = words.slice(i, j);
    if (span.length < 2) {
      i++;
      continue;
    }
    const start = span[0].start;
    const end = span[span.length - 1].end;
    const first = span[0];
    const last = span[span.length - 1];
    const anyThing = span.some((w) => w.shape === 'word' && placeOrBody(w) && !isSurname(w));
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    const roleAfter = /^,[ \u00a0]+(\p{L}+)/u.exec(after);
    const verbAfter = /^[ \u00a0]+(\p{L}+)/u.exec(after);
    const cue = CUE.test(before);
    const aloneOnLine = /^[ \t]*(?:\n|$)/u.test(after);
    const closing = aloneOnLine ? previousLine(text, start) : null;
    let person = false;
    {
      const givenFirst = isGiven(first) || (first.shape === 'initial' && (isSurname(last) || cue || roleBefore));
      const knownLast = isSurname(last) || (last.shape === 'initial' && isGiven(first));
      if (givenFirst && (knownLast || !anyThing)) person = true;
      else if (!anyThing && (roleBefore || (roleAfter && ROLE.test(roleAfter[1])) || (verbAfter && SAYS.test(verbAfter[1])))) person = true;
      else if (!anyThing && cue && (knownLast || span.some((w) => isGiven(w)))) person = true;
      else if (!anyThing && aloneOnLine && closing !== null && CLOSING.test(closing)) person = true;
    }
    if (person && !overlapsAny(bodies, start, end)) {
      out.push({ start, end });
      i = j;
    } else i++;
  }
  return out;
}

/** "Nordmann, Kari": a known surname, a comma, and a known given name. */
const SURNAME_FIRST = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?),[ \u00a0](\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)(?:[ \u00a0](\p{Lu}[\p{L}\p{M}]*))?(?![\p{L}\p{N}])/gu;

function findSurnameFirst(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const sur = m[1].toLocaleLowerCase('nb');
    const given = m[2].toLocaleLowerCase('nb');
    // The given name is the evidence, so it must not be a place; a known surname may be one too (Berg, Lund, Strand).
    if (!SURNAMES_SET.has(sur) || !GIVEN_NAMES.has(given) || isKnownPlaceOrBodyWord(m[2])) continue;
    const third = m[3] && GIVEN_NAMES.has(m[3].toLocaleLowerCase('nb')) ? m[3] : '';
    const start = m.index ?? 0;
    out.push({ start, end: start + m[1].length + 2 + m[2].length + (third ? third.length + 1 : 0) });
  }
  return out;
}

/** Every person name, e-mail address, phone number and national identity number in `text`, in order. */
export function findPersonalData(text: string): PersonalData[] {
  const found: PersonalData[] = [...findEmails(text)];
  for (const n of findNumbers(text)) if (!overlapsAny(found, n.start, n.end)) found.push(n);
  const bodies = findActorMentions(text);
  const names: Span[] = [...findSurnameFirst(text)];
  for (const run of nameRuns(text)) for (const s of judge(text, run, bodies)) names.push(s);
  for (const n of names.sort((a, b) => a.start - b.start)) {
    if (!overlapsAny(found, n.start, n.end)) found.push({ ...n, kind: 'person' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with personal data replaced by placeholders (unchanged when `includePeople`). */
export function redactPeople(text: string, options: RedactOptions): { text: string; redactions: Redaction[] } {
  if (options.includePeople) return { text, redactions: [] };
  let out = '';
  let cursor = 0;
  const redactions: Redaction[] = [];
  for (const found of findPersonalData(text)) {
    if (found.start < cursor) continue;
    out += text.slice(cursor, found.start);
    const placeholder = PLACEHOLDER[found.kind];
    redactions.push({ kind: found.kind, start: out.length, end: out.length + placeholder.length, sourceStart: found.start, sourceEnd: found.end });
    out += placeholder;
    cursor = found.end;
  }
  out += text.slice(cursor);
  return { text: out, redactions };
}
