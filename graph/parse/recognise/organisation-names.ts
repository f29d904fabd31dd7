/**
 * Recognises names of organisations the gazetteer does not know, from the
 * way Norwegian administrative writing names them, never from a list of
 * names:
 * - "Name (ABBR)": a bracketed abbreviation whose letters the name before it
 *   spells ("Norsk senter for forskningsdata (NSD)", "Funksjonshemmedes
 *   Fellesorganisasjon (FFO)");
 * - head-first institution names: "Senter for barneforskning", "Norsk
 *   institutt for by- og regionforskning", "X-LAB – Senter for
 *   digital læring", "Stiftelsen Alternativ til Vold";
 * - head-last names: a capitalised compound on an organisation noun
 *   ("Utenriksdepartement", "Regionrådet Nord", "LHBT-helsestasjon for unge
 *   i Bergen"), or a genitive before one ("Kommunesektorens organisasjon");
 * - the agent or partner after a cue ("i samarbeid med Fjordby Analyse",
 *   "levert av Vestkyst Analyse Helse Bergen"): a capitalised name there is a
 *   body, with less confidence.
 * Every pattern is bounded to a few words, so the scan is linear.
 */
import { placeAfter } from '../../gazetteer/index.ts';
import { GIVEN_NAMES } from '../person-names.ts';
import type { ActorMention } from '../types.ts';

/** Heads of organisation names, in the forms they take at the end of a compound. */
const ORG_HEAD =
  '(?:departement(?:et)?|direktorat(?:et)?|tilsyn(?:et)?|etat(?:en)?|institutt(?:et)?|senter(?:et)?|senteret|kontor(?:et)?|ombud(?:et)?|råd(?:et)?|forbund(?:et)?|foreningen|forening|organisasjon(?:en)?|universitet(?:et)?|høgskolen|høgskulen|sykehus(?:et)?|helseforetak(?:et)?|foretak(?:et)?|nemnda|byrå(?:et)?|klinikk(?:en)?|tjeneste(?:n)?|teneste|tenesta|helsestasjon(?:en)?|stiftelse(?:n)?|verksted(?:et)?|akademi(?:et)?|fakultet(?:et)?|politidistrikt|barnehus(?:et)?|kompetansesenter|kunnskapssenter|ressurssenter)';

/** Words that head a name placed first: "Senter for …", "Norsk institutt for …". */
const HEAD_FIRST =
  '(?:Senter|Senteret|Institutt|Instituttet|Kunnskapssenter|Kunnskapssenteret|Kompetansesenter|Kompetansesenteret|Ressurssenter|Ressurssenteret|Forskningssenter|Forskningssenteret|Nasjonalt\\s+senter|Norsk\\s+senter|Nasjonal\\s+kompetansetjeneste|Nasjonalt\\s+kompetansesenter|Nasjonalt\\s+kunnskapssenter|Norsk\\s+institutt|Norges\\s+\\p{L}+\\s+universitet|Stiftelsen|Stiftinga|Foreningen|Landsforeningen|Forbundet|Universitetet|Høgskolen|Høgskulen|Senter)';

/** Words that never continue a name: finite verbs, conjunctions, determiners. */
const STOP_WORDS = new Set(
  (
    'er var vert blir ble vart har hadde skal skulle vil ville kan kunne må bør får fikk gir gav ga ' +
    'som der da når hvor kor men eller samt at om ikke ikkje også og/eller med sier seier ' +
    'gjennomførte gjennomfører utfører utførte leverte leverer arbeider jobber samarbeider ' +
    'deltar deltek deltok bidrar bidreg bidro tilbyr tilbyd tilbød driver driv dreiv utvikler utviklar utviklet ' +
    'koordinerer koordinerar leder leiar leier styrer gjør gjer gjorde lager lagar laget starter startar startet ' +
    'fikk fekk får hjelper hjelpar hjalp ønsker ønskjer mener meiner viser vise peker legger la sa seier sier ' +
    'den det de dei denne dette disse desse en et ei eit sin sitt sine si'
  ).split(' '),
);

/** Words a name may hold in lower case between its capitalised start and its end. */
const CONNECTORS = new Set('for om i mot til av på og med under ved fra frå'.split(' '));

/** Heads of things that are not bodies: plans, laws, reports, programmes. */
const NOT_A_BODY = /(?:plan(?:en)?|strategi(?:en)?|lov(?:en)?|loven|konvensjon(?:en)?|melding(?:en)?|rapport(?:en)?|program(?:met)?|prosjekt(?:et)?|ordning(?:en|a)?|modell(?:en)?|reform(?:en)?|avtale(?:n)?|forskrift(?:en)?|veileder(?:en)?|rettleiar|retningslinje(?:r|ne)?|satsing(?:en|a)?|tiltak(?:et)?|samarbeid(?:et)?|innsats(?:en)?|arbeid(?:et)?|nettsted(?:et)?|kampanje(?:n)?|konferanse(?:n)?|dag(?:en)?|uke(?:n)?|veke)$/iu;

/** Lower-case and capitalised words with their offsets, within [from, to). */
interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);

function mention(text: string, start: number, end: number, rule: string, confidence: number, abbreviation?: string): ActorMention {
  const written = text.slice(start, end);
  const name = written.replace(/\s+/gu, ' ').trim();
  return { start, end, text: written, key: null, name, ...(abbreviation ? { abbreviation } : {}), method: 'pattern', rule, confidence };
}

/** Does `name` spell `abbr`: first letters match, the rest in order? ("Norsk senter for forskningsdata" spells NSD.) */
export function spellsAbbreviation(name: string, abbr: string): boolean {
  const a = abbr.toLowerCase().replace(/[^\p{L}]/gu, '');
  const n = name.toLowerCase();
  if (!a || n[0] !== a[0]) return false;
  let i = 1;
  for (let k = 1; k < n.length && i < a.length; k++) if (n[k] === a[i]) i++;
  return i === a.length;
}

/** Shape of a bracketed abbreviation: 2–8 letters, at least two capitals ("NIBR", "KoRus", "IMDi"). */
const BRACKET_ABBR = /\(((?=(?:[^)]*\p{Lu}){2})[\p{L}-]{2,8})\)/gu;

/** "Name (ABBR)" where the name spells the abbreviation. */
export function findAbbreviatedNames(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  BRACKET_ABBR.lastIndex = from;
  for (let m = BRACKET_ABBR.exec(text); m && m.index < to; m = BRACKET_ABBR.exec(text)) {
    const abbr = m[1];
    const parenStart = m.index;
    // The words before the bracket, back to punctuation, at most ten.
    const windowStart = Math.max(from, parenStart - 160);
    const before = text.slice(windowStart, parenStart);
    const cut = Math.max(before.search(/[^.,;:!?()«»"“”\n]*$/u), 0);
    const words = tokens(text, windowStart + cut, parenStart).slice(-10);
    if (!words.length || !/^\s*$/u.test(text.slice(words[words.length - 1].end, parenStart))) continue;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (STOP_WORDS.has(w.text.toLowerCase())) break;
      if (!isCap(w.text)) continue;
      const name = text.slice(w.start, words[words.length - 1].end);
      if (!spellsAbbreviation(name, abbr)) continue;
      const single = i === words.length - 1;
      const lastWord = words[words.length - 1].text;
      if (single && !new RegExp(`${ORG_HEAD}$`, 'iu').test(lastWord) && !/\p{Lu}.*\p{Lu}/u.test(lastWord)) break;
      if (NOT_A_BODY.test(words[i].text) || NOT_A_BODY.test(lastWord)) break;
      out.push(mention(text, w.start, words[words.length - 1].end, 'name-with-abbreviation', 0.85, abbr));
      break;
    }
  }
  return out;
}

/** A run of name words after a head: lower-case words and connectors, capitalised place names after "i". */
function extendName(text: string, toks: readonly Token[], i: number, maxWords: number): number {
  let last = i;
  for (let k = i + 1; k < toks.length && k - i <= maxWords; k++) {
    const gap = text.slice(toks[k - 1].end, toks[k].start);
    if (!/^[ \t\u00a0]+$/u.test(gap)) break;
    const w = toks[k].text;
    const lw = w.toLowerCase();
    if (STOP_WORDS.has(lw)) break;
    // Capitalised words continue a name after a preposition ("for Rus"), at its start, or in a run ("Fri Ungdom").
    if (isCap(w) && !['i', 'for', 'om', 'av', 'til'].includes(toks[k - 1].text.toLowerCase()) && k !== i + 1 && !isCap(toks[k - 1].text)) break;
    last = k;
  }
  // A name does not end on a connector ("Senter for … og").
  while (last > i && CONNECTORS.has(toks[last].text.toLowerCase())) last--;
  return last;
}

const HEAD_FIRST_RE = new RegExp(`(?<![\\p{L}\\p{N}-])${HEAD_FIRST}(?=\\s+(?:for|om|i|mot|til|av|på|\\p{Lu}))`, 'gu');

/** "Senter for barneforskning", "Norsk institutt for by- og regionforskning", "Stiftelsen Alternativ til Vold". */
export function findHeadFirstNames(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  HEAD_FIRST_RE.lastIndex = from;
  for (let m = HEAD_FIRST_RE.exec(text); m && m.index < to; m = HEAD_FIRST_RE.exec(text)) {
    let start = m.index;
    // "Norsk senter …" written with an adjective or country genitive before a head-first noun.
    const pre = /(?:Norsk|Nasjonalt|Nasjonal|Norges|Statens|Regionalt|Regional|Sentralt)\s+$/u.exec(text.slice(Math.max(from, start - 14), start));
    if (pre) start -= pre[0].length;
    // "X-LAB – Senter for …": an abbreviation and a dash before the name belong to it.
    const lead = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{Lu}\p{N}]*-?)+\p{Lu}[\p{Lu}\p{N}]*\s+[–-]\s+)$/u.exec(text.slice(Math.max(from, start - 20), start));
    if (lead) start -= lead[1].length;
    const toks = tokens(text, m.index, Math.min(to, m.index + 200));
    const headWords = m[0].split(/\s+/u).length;
    const endTok = extendName(text, toks, headWords - 1, 8);
    if (endTok <= headWords - 1) continue;
    const end = toks[endTok].end;
    out.push(mention(text, start, end, 'head-first-name', 0.75));
    HEAD_FIRST_RE.lastIndex = end;
  }
  return out;
}

const HEAD_LAST_RE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}-]{2,}?)${ORG_HEAD}(?![\\p{L}\\p{N}])`, 'gu');
const GENITIVE_HEAD_RE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}-]+s[ \\t\\u00a0]+(?:\\p{Lu}\\p{L}*)?${ORG_HEAD}(?![\\p{L}\\p{N}])`, 'gu');
/** A compass point or region after a head-last name: "Regionrådet Nord", "RKBU Nord". */
const REGION_AFTER = /^[ \t\u00a0]+(?:[Nn]ord|[Ss]ør|[Øø]st|[Vv]est|[Mm]idt|Midt-Norge|Nord-Norge|Sørvest|Nordvest|Innlandet|Vestlandet|Østlandet|Sørlandet)(?![\p{L}])/u;
/** "… for ungdom i Oslo": a short complement of a service name. */
const SERVICE_COMPLEMENT = /^[ \t\u00a0]+(?:for|i)[ \t\u00a0]+\p{Ll}[\p{L}-]*(?:[ \t\u00a0]+(?:og[ \t\u00a0]+)?\p{Ll}[\p{L}-]*){0,2}[ \t\u00a0]+i[ \t\u00a0]+\p{Lu}[\p{L}-]+/u;

/** "Utenriksdepartement", "Regionrådet Nord", "Kommunesektorens organisasjon", "LHBT-helsestasjon for unge i Bergen". */
export function findHeadLastNames(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(HEAD_LAST_RE)) {
    const start = from + (m.index ?? 0);
    let end = start + m[0].length;
    const word = m[0];
    // The bare head ("Departementet", "Rådet") is a back-reference, not a name; "Fylkesrådet" and the like are generic too.
    if (/^(?:Fylkes|Kommune|Bydels|Stats|Sektor|Under|Fag|Styre|Brukar|Bruker|Elev|Foreldre|Ungdoms|Eldre|Kontroll)/u.test(word) && !REGION_AFTER.test(text.slice(end, end + 20))) continue;
    // "AnsvarligKunnskapsdepartementet": two words glued where a line lost its break; the gazetteer reads the second.
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) continue;
    const after = text.slice(end, Math.min(to, end + 80));
    const regionWord = REGION_AFTER.exec(after);
    const complement = SERVICE_COMPLEMENT.exec(after);
    // "Familiesenteret i Kongsberg (kommune)": a local unit keeps its place, or every municipality's centre would be one body.
    const place = regionWord ? null : placeAfter(text, end, { allowI: true });
    if (regionWord) end += regionWord[0].length;
    else if (place && place.start === end + 3) {
      end = place.end;
      const unit = /^[ \t\u00a0]+(?:kommune|fylkeskommune)(?![\p{L}])/u.exec(text.slice(end, end + 20));
      if (unit) end += unit[0].length;
    } else if (complement && /-/u.test(word)) end += complement[0].length;
    // A capitalised compound at a sentence start is a name only when it is not an ordinary noun phrase opening.
    out.push(mention(text, start, end, 'head-last-name', regionWord || /-/u.test(word) ? 0.7 : 0.6));
  }
  for (const m of region.matchAll(GENITIVE_HEAD_RE)) {
    const start = from + (m.index ?? 0);
    out.push(mention(text, start, start + m[0].length, 'genitive-head-name', 0.65));
  }
  return out;
}

/** Cues after which a capitalised name is a body: the partner, agent, funder or commissioner of a piece of work. */
const AGENT_CUE =
  /(?<![\p{L}])(?:i\s+(?:tett\s+|nært\s+)?samarbeid\s+med|sammen\s+med|saman\s+med|utgitt\s+av|utarbeidet\s+av|utarbeidd\s+av|utført\s+av|gjennomført\s+av|gjennomførd\s+av|innsamlet\s+av|innsamla\s+av|levert\s+av|drevet\s+av|driven\s+av|eid\s+av|på\s+oppdrag\s+(?:fra|frå)|finansiert\s+av|finansiert\s+gjennom|i\s+regi\s+av|ledes\s+av|leies\s+av|leia\s+av|koordineres\s+av)\s+/giu;

/** "i samarbeid med Fjordby Analyse": a capitalised name of one to four words after a cue. */
export function findCuedNames(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(AGENT_CUE)) {
    const s = from + (m.index ?? 0) + m[0].length;
    const toks = tokens(text, s, Math.min(to, s + 120));
    if (!toks.length || toks[0].start !== s || !isCap(toks[0].text)) continue;
    let last = 0;
    for (let k = 1; k < toks.length && k < 4; k++) {
      if (!/^[ \t\u00a0]+$/u.test(text.slice(toks[k - 1].end, toks[k].start)) || !isCap(toks[k].text)) break;
      last = k;
    }
    const first = toks[0].text;
    // "utarbeidet av Kari Nordmann": a person (a common given name first) is never a body.
    if (GIVEN_NAMES.has(first.toLowerCase()) || GIVEN_NAMES.has(first)) continue;
    // A one-word name needs an inner capital or an organisation head ("OsloMet", "Fafo" is too weak alone).
    if (last === 0 && !/\p{Lu}.*\p{Lu}/u.test(first.slice(1)) && !new RegExp(`${ORG_HEAD}$`, 'iu').test(first)) continue;
    if (NOT_A_BODY.test(toks[last].text)) continue;
    out.push(mention(text, s, toks[last].end, 'cued-name', 0.6));
  }
  return out;
}

/** A company or public enterprise by its legal form: "Fjordby Analyse AS", "Vestre Viken HF", "Krisesenteret i Salten IKS". */
const LEGAL_FORM = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t\u00a0]+(?:i[ \t\u00a0]+|og[ \t\u00a0]+|for[ \t\u00a0]+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,4})[ \t\u00a0]+(?:AS|ASA|SA|BA|DA|IKS|KF|HF|SF|RHF)(?![\p{L}\p{N}])/gu;

export function findLegalFormNames(text: string, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.slice(from, to).matchAll(LEGAL_FORM)) {
    const start = from + (m.index ?? 0);
    out.push(mention(text, start, start + m[0].length, 'legal-form-name', 0.8));
  }
  return out;
}

/** Every pattern-recognised organisation name in [from, to), longest first where they overlap. */
export function findOrganisationNames(text: string, from = 0, to = text.length): ActorMention[] {
  const all = [
    ...findAbbreviatedNames(text, from, to),
    ...findHeadFirstNames(text, from, to),
    ...findHeadLastNames(text, from, to),
    ...findCuedNames(text, from, to),
    ...findLegalFormNames(text, from, to),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorMention[] = [];
  for (const found of all) {
    // "Stiftelsen Trygge Barnesteder (STB)": the name's own abbreviation in brackets joins it.
    let m = found;
    const bracket = m.abbreviation ? null : /^[ \t\u00a0]*\(([\p{L}-]{2,8})\)/u.exec(text.slice(m.end, Math.min(to, m.end + 14)));
    if (bracket && /\p{Lu}.*\p{Lu}/u.test(bracket[1]) && spellsAbbreviation(m.name, bracket[1])) {
      m = { ...m, end: m.end + bracket[0].length, text: text.slice(m.start, m.end + bracket[0].length), abbreviation: bracket[1] };
    }
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      // Overlap: keep the longer, and the more confident on a tie.
      if (m.end - m.start > prev.end - prev.start || (m.end - m.start === prev.end - prev.start && (m.confidence ?? 0) > (prev.confidence ?? 0))) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
