/**
 * The nouns that name a collaboration in Norwegian administrative writing
 * (samarbeid, prosjekt, handlingsplan, samarbeidsavtale, nettverk,
 * styringsgruppe, referansegruppe, kompetanseteam, forum, partnerskap,
 * dialogmøte …), as compounds and in every inflection, and the
 * noun phrases they head: "tiltaksplan mot vold og overgrep", "nasjonale
 * nettverk for kunnskapsutvikling", 'Tiltaksplanen "En god barndom varer
 * livet ut"' (named by its quoted title). A definite form without a
 * complement ("planen", "Tiltaket", "prosjektet") refers back to one named
 * before.
 */
import type { Span } from './types.ts';

/** Stems of collaboration nouns; a compound ending in one is one ("forskningsprosjekt", "trepartssamarbeid"). */
const STEMS = [
  'samarbeid',
  'prosjekt',
  'pilot',
  'plan',
  'strategi',
  'avtal',
  'nettverk',
  'forum',
  'partnerskap',
  'grupp',
  'team',
  'utvalg',
  'utval',
  'konferans',
  'dialogmøte',
  'samling',
  'satsing',
  'program',
  'oppdrag',
  'tiltak',
  'retningslinj',
  'spleiselag',
  'allianse',
];
const INFLECTIONS = ['', 'e', 'en', 'et', 'a', 'er', 'ar', 'ene', 'ane', 'n', 't', 'ne', 'na', 'r'];
const DEFINITE = new Set(['en', 'et', 'a', 'ene', 'ane', 'n', 't', 'ne', 'na']);
/** Stems whose bare form ends in -e: "avtale", "gruppe", "retningslinje", "konferanse". */
const STEM_E = new Set(['avtal', 'grupp', 'retningslinj', 'konferans']);

// Built from STEMS and INFLECTIONS: one list of each.
const WORD = new RegExp(`^(\\p{L}*?)(${STEMS.join('|')})(${INFLECTIONS.filter(Boolean).join('|')})?$`, 'u');

/** A collaboration noun as written, with its lemma ("tiltaksplan") and stem ("plan"). */
export interface CollaborationNoun extends Span {
  text: string;
  lemma: string;
  stem: string;
  definite: boolean;
  /** A plural or genitive form ("planens", "tiltakene") that cannot name one collaboration. */
  genitive: boolean;
}

/** Reads one word as a collaboration noun, or null. */
export function readCollaborationNoun(word: string, start: number): CollaborationNoun | null {
  const lower = word.toLowerCase();
  const genitive = /s$/u.test(lower) && WORD.test(lower.slice(0, -1));
  const m = WORD.exec(genitive ? lower.slice(0, -1) : lower);
  if (!m) return null;
  const [, prefix, stem, infl = ''] = m;
  if (!INFLECTIONS.includes(infl)) return null;
  // "samling" inside "innsamling" etc. is fine; a bare stem with an -e that it needs ("avtal") is no word.
  if (STEM_E.has(stem) && infl === '') return null;
  let definite = DEFINITE.has(infl);
  if (STEM_E.has(stem) && (infl === 'n' || infl === 'ne')) definite = true;
  // "samarbeider", "planar" as verbs: the -er/-ar forms of these stems are verbs, not plural nouns.
  if (stem === 'samarbeid' && (infl === 'er' || infl === 'ar' || infl === 'e')) return null;
  const endsInE = STEM_E.has(stem) || stem.endsWith('e');
  if (!endsInE && (infl === 'n' || infl === 't' || infl === 'ne' || infl === 'r')) return null;
  if (stem.endsWith('e') && (infl === 'n' || infl === 't')) definite = true;
  const lemma = `${prefix}${stem}${STEM_E.has(stem) ? 'e' : ''}`;
  return { start, end: start + word.length, text: word, lemma, stem, definite, genitive: genitive || infl === 'ene' || infl === 'ane' };
}

/** Prepositions that open a complement of a collaboration noun. */
const COMPLEMENT_OPENERS = new Set(['om', 'for', 'mot', 'med', 'til', 'av', 'på', 'i', 'knytt', 'knyttet', 'rundt']);
/** Words that end a noun phrase: verbs, conjunctions, determiners, time words. */
const NP_STOP = new Set(
  (
    'er var vert blir ble vart har hadde skal skulle vil ville kan kunne må bør får fikk gir gav ga inneholder inneheld ' +
    'koordineres koordinerast koordinert ledes leies leia ledet styres består bestod omfatter omfattar ' +
    'som der da når hvor kor men eller samt at ikke ikkje også sier seier ' +
    'den det de dei denne dette disse desse sin sitt sine si hans hennar hennes ' +
    'kvart hvert kvar hver årleg årlig årlige årlege i dag no nå'
  ).split(' '),
);

/** Quantifiers and determiners that look like adjectives but never belong to a name. */
const DETERMINERS = new Set(
  'ulike andre alle flere fleire mange nye nokre noen noe somme visse begge enkelte einskilde følgjande følgende slike sånne same samme neste forrige tidlegare tidligere eigne egne'.split(' '),
);

export interface NounPhrase extends Span {
  text: string;
  noun: CollaborationNoun;
  /** A title in quotes right after the noun or its complement ("En god barndom varer livet ut"). */
  title: (Span & { text: string }) | null;
  hasComplement: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The collaboration noun phrases in [from, to) of `text`. */
export function findCollaborationPhrases(text: string, from: number, to: number): NounPhrase[] {
  const toks: { start: number; end: number; text: string }[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) toks.push({ start: m.index, end: Math.min(m.index + m[0].length, to), text: m[0] });
  const out: NounPhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const noun = readCollaborationNoun(toks[i].text, toks[i].start);
    if (!noun) continue;
    // Left: adjectives right before the noun ("nasjonale", "kriminalitetsførebyggjande", "Felles"), but only
    // after a determiner, a preposition, a genitive or the start of a line: "signerte samarbeidsavtalen" is a verb and a noun.
    let s = i;
    for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
      const w = toks[k].text;
      if (!/^[ \t\u00a0]+$/u.test(text.slice(toks[k].end, toks[k + 1].start))) break;
      const lw = w.toLowerCase();
      if (NP_STOP.has(lw) || COMPLEMENT_OPENERS.has(lw) || DETERMINERS.has(lw)) break;
      if (!/(?:e|ske|ale|lige|lege|ande|ende)$/u.test(lw) && lw !== 'felles') break;
      if (/s$/u.test(lw)) break;
      const before = k > 0 ? toks[k - 1].text.toLowerCase() : '';
      const lineStart = k === 0 || /\n\s*$/u.test(text.slice(toks[k - 1].end, toks[k].start)) || /[.:;!?]\s*$/u.test(text.slice(toks[k - 1].end, toks[k].start));
      const opened = lineStart || NP_STOP.has(before) || COMPLEMENT_OPENERS.has(before) || /s$/u.test(before) || DETERMINERS.has(before) || /(?:e|ske|ale|lige|lege|ande|ende)$/u.test(before) || ['ein', 'eit', 'en', 'et', 'ei'].includes(before);
      if (!opened) break;
      s = k;
    }
    // Right: a complement opened by a preposition, up to punctuation, a stop word or another collaboration noun after "og".
    let e = i;
    let hasComplement = false;
    if (i + 1 < toks.length && /^[ \t\u00a0]+$/u.test(text.slice(toks[i].end, toks[i + 1].start)) && COMPLEMENT_OPENERS.has(toks[i + 1].text.toLowerCase())) {
      for (let k = i + 1; k < toks.length && k - i <= 12; k++) {
        const gap = text.slice(toks[k - 1].end, toks[k].start);
        if (!/^[ \t\u00a0]+$/u.test(gap) && !/^[ \t\u00a0]*[-–][ \t\u00a0]*$/u.test(gap)) break;
        const lw = toks[k].text.toLowerCase();
        if (NP_STOP.has(lw)) break;
        if (lw === 'og' && k + 1 < toks.length && readCollaborationNoun(toks[k + 1].text, toks[k + 1].start)) break;
        e = k;
      }
      while (e > i && ['og', 'i', 'for', 'om', 'med', 'til', 'av', 'mot', 'på'].includes(toks[e].text.toLowerCase())) e--;
      hasComplement = e > i;
    }
    const end = toks[e].end;
    const after = text.slice(end, Math.min(to, end + 200));
    const q = /^[ \t\u00a0]*(?:\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)[ \t\u00a0]*)?(["«“”])([^"«»“”\n]{3,150})["»”]/u.exec(after);
    const title = q ? { start: end + q[0].length - q[2].length - 1, end: end + q[0].length - 1, text: q[2] } : null;
    out.push({ start: toks[s].start, end, text: text.slice(toks[s].start, end), noun, title, hasComplement });
    i = Math.max(i, e);
  }
  return out;
}
