/**
 * Privacy: finds person names and e-mail addresses and replaces them before a
 * text enters the graph, unless the caller opts in. The loader runs this
 * first, so every other parser's offsets refer to the redacted text.
 *
 * A name is 2–4 capitalised words ("Idun Klette Låhne", "Bejer-Engh") in a
 * context that marks a person: after a role word ("avd. direktør …",
 * "Barneombud …"), before ", <role>" ("…, seniorrådgiver Utdanningsdirektoratet"),
 * or before a verb of saying ("… summerer"). Capitalised sequences that are
 * curated bodies ("Kompetanse Norge") are never names.
 */
import { findActorMentions, overlapsAny } from '../gazetteer/index.ts';
import type { Span } from './types.ts';

export const PERSON_PLACEHOLDER = '[navn fjernet]';
export const EMAIL_PLACEHOLDER = '[e-post fjernet]';

/** One piece of personal data found in the original text. */
export interface PersonalData extends Span {
  kind: 'person' | 'email';
}

/** One replacement; `start`/`end` index the redacted text (the placeholder), `sourceStart`/`sourceEnd` the original. */
export interface Redaction extends Span {
  kind: 'person' | 'email';
  sourceStart: number;
  sourceEnd: number;
}

export interface RedactOptions {
  /** Keep names and e-mail addresses (an explicit opt-in). */
  includePeople: boolean;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
/** Capitalised words joined by single spaces on one line. */
const NAME_SEQUENCE = new RegExp(String.raw`(?<![\p{L}\p{N}-])${NAME_WORD}(?:[ \u00a0]${NAME_WORD})+(?![\p{L}\p{N}])`, 'gu');
/** Titles and roles that precede or follow a person's name. */
const ROLE = /^\p{L}*(?:direktør|rådgiver|rådgjevar|leder|leiar|sjef|statsråd|minister|statssekretær|ombud|professor|forsker|forskar|konsulent|koordinator|sekretær)$/iu;
/** Verbs of saying and writing that follow a cited person. */
const SAYS = /^(?:summerer|sier|seier|skriver|skriv|påpeker|peiker|mener|meiner|understreker|forteller|fortel|uttaler|konkluderer|hevder|beskriver|fremhever|framhever|minner|spør)$/u;
/** Words that make a capitalised sequence an organisation or a place, not a person. */
const NOT_A_NAME = /^(?:Norge|Noreg|Kommune|Fylkeskommune|Stiftelsen|Direktoratet|Departementet|Regjeringen|Stortinget|Region|Meld|St|Tiltak|Status|Ansvarlig)$/u;

function previousWord(text: string, at: number): string {
  const m = /(\p{L}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1] : '';
}

/** Every person name and e-mail address in `text`, in order. */
export function findPersonalData(text: string): PersonalData[] {
  const out: PersonalData[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, kind: 'email' });
  }
  const bodies = findActorMentions(text);
  for (const m of text.matchAll(NAME_SEQUENCE)) {
    let start = m.index ?? 0;
    let words = m[0].split(/[ \u00a0]/u);
    let roleBefore = ROLE.test(previousWord(text, start));
    // "Barneombud Inga Bejer-Engh": a capitalised role word opens the sequence.
    if (ROLE.test(words[0])) {
      roleBefore = true;
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (words.length < 2 || words.length > 4 || words.some((w) => NOT_A_NAME.test(w))) continue;
    const end = start + words.join(' ').length;
    if (overlapsAny(bodies, start, end) || overlapsAny(out, start, end)) continue;
    const after = text.slice(end, end + 60);
    const roleAfter = /^,[ \u00a0]+(\p{L}+)/u.exec(after);
    const verbAfter = /^[ \u00a0]+(\p{L}+)/u.exec(after);
    const isPerson = roleBefore || (roleAfter && ROLE.test(roleAfter[1])) || (verbAfter && SAYS.test(verbAfter[1]));
    if (isPerson) out.push({ start, end, kind: 'person' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text with names and e-mail addresses replaced by placeholders (unchanged when `includePeople`). */
export function redactPeople(text: string, options: RedactOptions): { text: string; redactions: Redaction[] } {
  if (options.includePeople) return { text, redactions: [] };
  let out = '';
  let cursor = 0;
  const redactions: Redaction[] = [];
  for (const found of findPersonalData(text)) {
    out += text.slice(cursor, found.start);
    const placeholder = found.kind === 'email' ? EMAIL_PLACEHOLDER : PERSON_PLACEHOLDER;
    redactions.push({ kind: found.kind, start: out.length, end: out.length + placeholder.length, sourceStart: found.start, sourceEnd: found.end });
    out += placeholder;
    cursor = found.end;
  }
  out += text.slice(cursor);
  return { text: out, redactions };
}
