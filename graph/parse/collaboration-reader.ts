/**
 * Collaborations found by the text's own cues, not by a list of names. One
 * sentence (or heading, or list item) at a time:
 * - "X er et samarbeid mellom A, B og C", "et prosjekt mellom A og B";
 * - "… i (tett) samarbeid med A, B og C", "sammen med A";
 * - "X ledes/koordineres av A", "A koordinerer X og Y", "Det er A som koordinerer X", "X i regi av A";
 * - "X består av / er sammensatt av A, B …" (or a list of items after the colon);
 * - fields: "Deltakere: …", "Styringsgruppe: …", "Samarbeidspartnere: …";
 * - "De tjenestene som inngår i X er:" followed by items;
 * - "A, B og C skal være en del av X", "X der A, B og C er med";
 * - "har ansvar for tiltak i X: A, B og C";
 * - "X er utgitt av A, B og C" (a joint publication);
 * - "A og B fornyet/signerte samarbeidsavtalen";
 * - "dialogmøter med A, B og C";
 * - "A samarbeider med B om å markere X";
 * - "kommunene A, B og C har … fellesprosjekt", and "Ett av dem, X, …";
 * - "på oppdrag fra A", "finansiert av A", "tilskudd fra A": a commissioner, never a member.
 * The collaboration a sentence speaks of is its subject ("Forskningsprosjekt
 * var …", "Arbeidet med X …"), a collaboration noun in the sentence, a
 * definite back-reference to one named before ("planen", "Tiltaket",
 * "prosjektet"), or the one in focus. "De tre organisasjonene" and "dei fire
 * kommunane" stand for the last list of that many bodies.
 */
import type { DocumentId } from '../model/index.ts';
import { entryByKey } from '../gazetteer/index.ts';
import { findBodyMentions } from './actor-mentions.ts';
import { findCollaborationPhrases, readCollaborationNoun, type NounPhrase } from './collaboration-nouns.ts';
import type { Leadership, Participation } from './collaborations.ts';
import type { Provenance } from './measure-blocks.ts';
import { isGenericCollective } from './recognise/index.ts';
import { splitSentences } from './sentences.ts';
import type { Block, DocumentStructure } from './structure/index.ts';
import { insideAny, quotedSpans, textSpan } from './text-layout.ts';
import type { ActorMention, Span, TextSpan } from './types.ts';

/** A collaboration read from cues. */
export interface CueInitiative {
  documentId: DocumentId;
  name: string;
  nameSpan: Span;
  participants: Participation[];
  lead: Leadership | null;
  commissioners: Participation[];
  provenance: Provenance;
  /** The collaboration this one is one of ("Ett av dem, X"). */
  partOf: string | null;
  partOfEvidence: Span | null;
}

interface Draft extends CueInitiative {
  lemma: string | null;
  stem: string | null;
  order: number;
}

const NUMBER_WORDS: Record<string, number> = { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10 };
const GROUP_BACKREF = /(?<![\p{L}])(?:[Dd]e|[Dd]ei|[Dd]isse|[Dd]esse)\s+(to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+(\p{L}+(?:ene|ane|a|ne))(?![\p{L}])/gu;

const actorKey = (a: ActorMention) => a.key ?? `name:${a.name.toLowerCase()}`;

/** Where a clause ends, after `from`: a sentence-internal stop that closes a list. */
function clauseEnd(text: string, from: number, to: number): number {
  const rest = text.slice(from, to);
  const m = /(?:[.;:!?](?=\s|$)|\s(?:som|der|for\s+å|om\s+å|slik\s+at|fordi)\s|,\s+(?:og\s+)?(?:skal|vil|kan|må|har|er|som)\s)/u.exec(rest);
  return m ? from + (m.index ?? 0) : to;
}

/** Items of a member list, as bodies: a known body in the item, else the item's own short name as a service. */
function itemBodies(text: string, items: readonly Block[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const item of items) {
    if (item.kind !== 'item') continue;
    const body = item.field?.value ?? item.body;
    const inside = findBodyMentions(text, body.start, body.end).filter((a) => a.key || !isGenericCollective(a.name));
    // "Kari Nordmann, rådgiver, Bufdir": the agency is the member, the person never is.
    if (body.text.split(',').filter((x) => x.trim()).length >= 3 || body.text.includes('[')) {
      out.push(...inside.filter((a) => !isServiceMention(a)).slice(-1));
      continue;
    }
    // "Helsestasjon, inkludert svangerskapsomsorg,": the name is the part before the first comma.
    const comma = body.text.search(/[,;(]/u);
    const head = textSpan(text, body.start, comma === -1 ? body.end : body.start + comma);
    const inHead = inside.filter((a) => a.start >= head.start && a.end <= head.end);
    const whole = inHead.find((f) => f.start === head.start && f.end === head.end);
    const organisation = inHead.find((a) => !isServiceMention(a));
    if (whole) out.push(whole);
    else if (organisation) out.push(organisation);
    else if (head.text.split(/\s+/u).length <= 4 && /^\p{L}/u.test(head.text) && !isGenericCollective(head.text)) {
      out.push({ start: head.start, end: head.end, text: head.text, key: null, name: head.text, kind: 'MUNICIPAL_SERVICE', method: 'pattern', rule: 'member-list-item', confidence: 0.6 });
    } else out.push(...inside);
  }
  return out;
}

/** A mention of a generic service type (barnehage, skole, PPT …) rather than an organisation. */
function isServiceMention(a: ActorMention): boolean {
  const kind = a.key ? entryByKey(a.key)?.kind : a.kind;
  return kind === 'MUNICIPAL_SERVICE' || kind === 'COUNTY';
}

/** Lower-case words of a short name list that read as services ("lærlingtenesta", "dei lokale barnehagane"). */
function serviceWordsIn(text: string, from: number, to: number, known: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const region = text.slice(from, to);
  let pos = 0;
  for (const piece of region.split(/\s*(?:,|\bog\b|\bsamt\b)\s*/u)) {
    const at = region.indexOf(piece, pos);
    pos = at + piece.length;
    const t = piece.replace(/^(?:både|bade)\s+/u, '').trim();
    if (!t) continue;
    const start = from + at + piece.indexOf(t);
    const end = start + t.length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    // A definite noun phrase of at most three words: "lærlingtenesta", "dei lokale barnehagane".
    if (t.split(/\s+/u).length <= 3 && /^(?:dei\s+|de\s+)?(?:\p{Ll}+\s+)?\p{Ll}+(?:a|en|et|ane|ene|na)$/u.test(t) && !isGenericCollective(t.replace(/^(?:dei|de)\s+/u, ''))) {
      out.push({ start, end, text: t, key: null, name: t, kind: 'MUNICIPAL_SERVICE', method: 'pattern', rule: 'member-list-service', confidence: 0.5 });
    }
  }
  return out;
}

/** The subject of a sentence before its copula ("Forskningsprosjekt var …", "Arbeidet med X er …"). */
function subjectOf(sentence: TextSpan): TextSpan | null {
  const m = /^(.{2,160}?)\s+(?:er|var|blir|ble|vert|vart|blei|skal|kan|har)\s/u.exec(sentence.text);
  if (!m) return null;
  return { start: sentence.start, end: sentence.start + m[1].length, text: m[1] };
}

/** Reads the collaborations a document states by its cues. */
export function readCueCollaborations(structure: DocumentStructure, documentId: DocumentId): CueInitiative[] {
  const { text, blocks } = structure;
  const quoted = quotedSpans(text);
  const drafts: Draft[] = [];
  const candidates: NounPhrase[] = [];
  const lists: ActorMention[][] = [];
  let focus: Draft | null = null;

  const nameOf = (np: NounPhrase): { name: string; span: Span } =>
    np.title ? { name: np.title.text, span: np.title } : { name: np.text.replace(/\s+/gu, ' '), span: np };

  const draftFor = (name: string, span: Span, lemma: string | null, stem: string | null, rule: string, confidence: number): Draft => {
    const key = name.toLowerCase();
    let d = drafts.find((x) => x.name.toLowerCase() === key);
    if (!d) {
      d = { documentId, name, nameSpan: span, participants: [], lead: null, commissioners: [], provenance: { method: 'cue', rule, confidence }, partOf: null, partOfEvidence: null, lemma, stem, order: drafts.length };
      drafts.push(d);
    }
    return d;
  };
  const draftOfPhrase = (np: NounPhrase, rule: string): Draft => {
    const { name, span } = nameOf(np);
    return draftFor(name, span, np.noun.lemma, np.noun.stem, rule, 0.7);
  };

  /** The collaboration a definite noun refers back to: the last one named with that lemma or stem. */
  const resolveBack = (np: NounPhrase): Draft | NounPhrase | null => {
    const { lemma, stem } = np.noun;
    // "prosjektgruppen" refers back to a prosjektgruppe only; a bare "gruppa", "planen" to any kind of one.
    const bare = lemma === stem || lemma === `${stem}e`;
    const matches = (x: { lemma: string | null; stem: string | null }) => x.lemma === lemma || (bare && x.stem === stem);
    const d = [...drafts].reverse().find(matches);
    const c = [...candidates].reverse().find((x) => x.start < np.start && matches({ lemma: x.noun.lemma, stem: x.noun.stem }) && (x.hasComplement || x.title || x.noun.lemma !== x.text.toLowerCase()));
    if (d && (!c || d.nameSpan.start >= c.start)) return d;
    return c ?? d ?? null;
  };

  /** The collaboration a phrase names: itself when it is named there, else what it refers back to. */
  const targetOfPhrase = (np: NounPhrase, rule: string): Draft | null => {
    if (np.noun.genitive) return null;
    if (np.noun.definite && !np.hasComplement && !np.title) {
      const back = resolveBack(np);
      if (back && 'participants' in back) return back;
      if (back) return draftOfPhrase(back as NounPhrase, rule);
      return draftOfPhrase(np, rule);
    }
    return draftOfPhrase(np, rule);
  };

  /** The collaboration a sentence is about: its subject, else the first collaboration phrase in it, else the focus. */
  const targetOfSentence = (sentence: TextSpan, phrases: readonly NounPhrase[], before: number, rule: string): Draft | null => {
    const subject = subjectOf(sentence);
    if (subject) {
      const arbeidet = /^(?:Arbeidet|Arbeidet\s+videre|Oppfølgingen|Oppfølginga)\s+med\s+(.+)$/iu.exec(subject.text);
      if (arbeidet) {
        const inner = subject.start + subject.text.length - arbeidet[1].length;
        const np = phrases.find((p) => p.start >= inner && p.end <= subject.end);
        if (np) return targetOfPhrase(np, rule);
        return draftFor(arbeidet[1].replace(/\s+/gu, ' '), { start: inner, end: subject.end }, null, null, rule, 0.65);
      }
      const np = phrases.find((p) => p.start >= subject.start && p.end <= subject.end);
      if (np) return targetOfPhrase(np, rule);
    }
    const inSentence = phrases.find((p) => p.start < before && !p.noun.genitive && (p.hasComplement || p.title || !p.noun.definite || resolveBack(p)));
    if (inSentence) return targetOfPhrase(inSentence, rule);
    // "Prosjektgruppen består av:": a collaboration noun opening the sentence names one of its own.
    // A bare "Prosjektet"/"Planen" there is the one in focus.
    const opening = phrases.find((p) => p.start === sentence.start && p.start < before && !p.noun.genitive && p.noun.lemma !== p.noun.stem && p.noun.lemma !== `${p.noun.stem}e`);
    if (opening) return targetOfPhrase(opening, rule);
    return focus;
  };

  const addParticipants = (d: Draft | null, actors: readonly ActorMention[], evidence: Span) => {
    if (!d) return;
    for (const a of actors) if (!d.participants.some((p) => actorKey(p.actor) === actorKey(a))) d.participants.push({ actor: a, evidence });
    if (actors.length >= 2) lists.push([...actors]);
    focus = d;
  };
  const setLead = (d: Draft | null, a: ActorMention | undefined, evidence: Span, role: Leadership['role']) => {
    if (!d || !a) return;
    if (!d.lead) d.lead = { actor: a, evidence, role };
    focus = d;
  };

  /** Bodies of a sentence, with "de tre organisasjonene" standing for the last list of three. */
  const bodiesOf = (sentence: TextSpan): ActorMention[] => {
    const found = findBodyMentions(text, sentence.start, sentence.end);
    for (const m of sentence.text.matchAll(GROUP_BACKREF)) {
      const n = NUMBER_WORDS[m[1].toLowerCase()];
      const list = [...lists].reverse().find((l) => l.length === n);
      if (!list) continue;
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      // The group stands where it is written; each member keeps its own span from the list it came from.
      found.push(...list.map((a) => ({ ...a, groupStart: start, groupEnd: end }) as ActorMention));
    }
    return found.sort((a, b) => ((a as { groupStart?: number }).groupStart ?? a.start) - ((b as { groupStart?: number }).groupStart ?? b.start));
  };
  const at = (a: ActorMention) => (a as { groupStart?: number }).groupStart ?? a.start;
  const inRange = (all: readonly ActorMention[], from: number, to: number) => {
    const seen = new Set<string>();
    return all.filter((a) => {
      const s = at(a);
      if (s < from || s >= to || (!a.key && isGenericCollective(a.name))) return false;
      const k = actorKey(a);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };

  /** A project page's own collaboration: its title. */
  const documentTitle = (): Draft | null => {
    const first = blocks[0];
    if (!first || first.kind !== 'heading') return null;
    return draftFor(first.text.replace(/\s+/gu, ' '), first, null, null, 'document-title', 0.6);
  };

  /** The heading of the section a block is in, as a collaboration (a measure's own heading ends the section). */
  const sectionHeading = (block: Block): Draft | null => {
    for (let k = block.index - 1; k >= 0; k--) {
      const b = blocks[k];
      if (b.kind === 'item' && b.marker.type === 'measure') return null;
      if (b.kind === 'heading') return draftFor(b.text.replace(/\s+/gu, ' '), b, null, null, 'section-heading', 0.6);
    }
    return null;
  };

  const units: { span: TextSpan; block: Block }[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    if (b.kind === 'heading' || b.kind === 'field') units.push({ span: { start: b.start, end: b.end, text: b.text }, block: b });
    else for (const s of splitSentences(text, b.kind === 'item' ? b.body.start : b.start, b.end)) units.push({ span: s, block: b });
  }

  for (let u = 0; u < units.length; u++) {
    const { span: sentence, block } = units[u];
    // A new section or measure changes the subject: what was in focus is no longer.
    if (block.kind === 'heading' || (block.kind === 'item' && block.marker.type === 'measure')) {
      focus = null;
      if (block.kind === 'item') continue;
    }
    if (insideAny(quoted, sentence.start) && sentence.end - sentence.start < 200) continue;
    const s = sentence.text;
    const lower = ` ${s.toLowerCase()} `;
    const phrases = findCollaborationPhrases(text, sentence.start, sentence.end).filter((p) => !insideAny(quoted, p.noun.start));
    for (const p of phrases) if (p.hasComplement || p.title || !p.noun.definite) candidates.push(p);
    const all = bodiesOf(sentence);
    const ev: Span = { start: sentence.start, end: sentence.end };
    const rel = (re: RegExp) => {
      const m = re.exec(s);
      return m ? { m, start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length } : null;
    };

    // Fields: "Deltakere: …", "Styringsgruppe: …", "Samarbeidspartnere: …".
    const field = block.kind === 'field' ? block : block.kind === 'item' ? block.field : null;
    if (field && field.value && (block.kind === 'field' || sentence.start <= field.value.start)) {
      const v = field.value;
      const members = inRange(all, v.start, v.end);
      if (field.label === 'steering-group' || field.label === 'project-group' || field.label === 'working-group') {
        const d = draftFor(field.key.text.replace(/:$/u, ''), field.key, readCollaborationNoun(field.key.text, field.key.start)?.lemma ?? null, null, 'group-field', 0.8);
        addParticipants(d, members, ev);
      } else if (field.label === 'participants' || field.label === 'partners') {
        addParticipants(focus ?? draftFor(field.key.text, field.key, null, null, 'participants-field', 0.6), members, ev);
      } else if (field.label === 'funder' && focus) {
        for (const a of members) if (!focus.commissioners.some((c) => actorKey(c.actor) === actorKey(a))) focus.commissioners.push({ actor: a, evidence: ev });
      }
      continue;
    }

    // "… mellom A, B og C": between whom a collaboration is.
    const between = lower.includes('mellom') ? rel(/(?<![\p{L}])(?:(?:et|eit|ein|en)\s+)?(?:(?:tett|nært|felles|godt)\s+)?(\p{L}*(?:samarbeid|prosjekt|partnerskap|avtale)\p{L}*)\s+mellom\s+/iu) : null;
    if (between) {
      const listEnd = clauseEnd(text, between.end, sentence.end);
      const members = inRange(all, between.end, listEnd);
      // Generic members ("kommunane", "frivillige") count towards a list, though they are no actors.
      const listed = text.slice(between.end, listEnd).split(/\s*(?:,|\bog\b|\bsamt\b)\s*/u).filter((x) => x.trim()).length;
      if (members.length >= 1 && (members.length >= 2 || listed >= 2)) {
        const own = phrases.find((p) => p.noun.start === between.start + between.m[0].indexOf(between.m[1]));
        // A bare "samarbeid"/"prosjekt" names nothing: the collaboration is the sentence's subject, the one in focus, or the section's heading.
        const generic = !own || (/^(?:samarbeid|samarbeidet|samarbeidsprosjekt|prosjekt|prosjektet|partnerskap)$/iu.test(own.noun.text) && own.start === own.noun.start);
        // "Samarbeid mellom kommune, politi og PST" as a bullet or title names a topic, not a collaboration.
        const topic = generic && own !== undefined && own.start === sentence.start;
        const d = topic ? null : generic ? (targetOfSentence(sentence, phrases.filter((p) => p !== own), between.start, 'samarbeid-mellom') ?? sectionHeading(block)) : targetOfPhrase(own!, 'samarbeid-mellom');
        addParticipants(d, members, ev);
      }
    }

    // "… der både A, B og C er med" / "… der A og B deltar".
    const der = lower.includes(' der ') ? rel(/(\p{L}*(?:samarbeid|prosjekt|partnerskap|nettverk)\p{L}*)\s+der\s+(?:både\s+)?(.+?)\s+(?:er\s+med|deltar|deltek|inngår|inngår)(?![\p{L}])/iu) : null;
    if (der) {
      const listStart = der.start + der.m[0].indexOf(der.m[2]);
      const listEnd = listStart + der.m[2].length;
      const known = inRange(all, listStart, listEnd);
      const members = [...known, ...serviceWordsIn(text, listStart, listEnd, known)].sort((a, b) => a.start - b.start);
      const np = phrases.find((p) => p.noun.start === der.start);
      if (members.length >= 2 && np) addParticipants(targetOfPhrase(np, 'samarbeid-der'), members, ev);
    }

    // "i (tett) samarbeid med A, B og C", "sammen med A": the partners, and the sentence's acting body.
    const withCue = (lower.includes(' med ') && (lower.includes('samarbeid') || lower.includes('sammen') || lower.includes('saman'))) ? rel(/(?<![\p{L}])(?:i\s+(?:tett\s+|nært\s+|godt\s+)?samarbeid\s+med|sammen\s+med|saman\s+med)\s+/iu) : null;
    if (withCue) {
      const partners = inRange(all, withCue.end, clauseEnd(text, withCue.end, sentence.end));
      if (partners.length) {
        const subjectBody = all.find((a) => at(a) >= sentence.start && /^[\s«"“]*$/u.test(text.slice(sentence.start, at(a))));
        const d = targetOfSentence(sentence, phrases, withCue.start, 'i-samarbeid-med');
        addParticipants(d, subjectBody && at(subjectBody) < withCue.start ? [subjectBody, ...partners] : partners, ev);
      }
    }

    // "X ledes/koordineres av A": the lead.
    const ledBy = lower.includes(' av ') ? rel(/(?<![\p{L}])(?:ledes|leies|leiast|ledet|leia|leidd|leiet|koordineres|koordinerast|koordinert|styres|drives|drivast)\s+av\s+/iu) : null;
    if (ledBy) {
      const lead = inRange(all, ledBy.end, clauseEnd(text, ledBy.end, sentence.end))[0];
      const d = targetOfSentence(sentence, phrases, ledBy.start, 'ledes-av');
      setLead(d, lead, ev, /koordin/iu.test(ledBy.m[0]) ? 'coordinates' : 'leads');
    }

    // "A koordinerer X og Y", "Det er A som koordinerer X".
    const leads = /koordiner|leder|leiar|leier|styrer/u.test(lower) ? rel(/(?<![\p{L}])(koordinerer|koordinerar|leder|leiar|leier|styrer)\s+/iu) : null;
    if (leads && !ledBy) {
      const before = all.filter((a) => at(a) < leads.start);
      const cleft = /^Det\s+er\s+/u.test(s);
      const subject = cleft ? before[0] : before.length === 1 && /^[\s«"“]*$/u.test(text.slice(sentence.start, at(before[0]))) ? before[0] : undefined;
      if (subject) {
        // The objects: "arbeidet med tiltakene i X" means X; coordinated phrases count, complements do not.
        const objects = phrases.filter((p) => p.start >= leads.end);
        const picked: NounPhrase[] = [];
        for (const p of objects) {
          if (p.noun.genitive && !/ene$|ane$/u.test(p.noun.text)) continue;
          if (!picked.length) {
            if (/^(?:tiltak|tiltaka|tiltakene)$/iu.test(p.noun.text)) continue;
            picked.push(p);
          } else {
            const gap = text.slice(picked[picked.length - 1].end, p.start);
            if (/^\s*(?:og|,)\s*(?:den|det|de|dei)?\s*$/u.test(gap)) picked.push(p);
            else break;
          }
        }
        for (const p of picked) setLead(targetOfPhrase(p, 'koordinerer'), subject, ev, /koordin/iu.test(leads.m[1]) ? 'coordinates' : 'leads');
      }
    }

    // "X i regi av A".
    const regi = lower.includes('regi') ? rel(/(?<![\p{L}])i\s+regi\s+av\s+/iu) : null;
    if (regi) {
      const lead = inRange(all, regi.end, clauseEnd(text, regi.end, sentence.end))[0];
      const np = [...phrases].reverse().find((p) => p.end <= regi.start);
      if (lead && np) setLead(targetOfPhrase(np, 'i-regi-av'), lead, ev, 'leads');
    }

    // "X består av / er sammensatt av A, B …", or items after "består av:".
    const consists = /består|bestod|sammensatt|samansett/u.test(lower) ? rel(/(?<![\p{L}])(?:består\s+av|bestod\s+av|er\s+sammensatt\s+av|sammensatt\s+av|samansett\s+av|er\s+samansett\s+av)\s*/iu) : null;
    if (consists) {
      let members = inRange(all, consists.end, sentence.end);
      if (!members.length && /:\s*$/u.test(s)) {
        const items: Block[] = [];
        for (let k = block.index + 1; k < blocks.length && blocks[k].kind === 'item'; k++) items.push(blocks[k]);
        members = itemBodies(text, items);
      }
      const d = targetOfSentence(sentence, phrases, consists.start, 'består-av');
      if (members.length) addParticipants(d, members, ev);
    }

    // "De tjenestene som ofte inngår i X er:" and the items that follow.
    const inngaar = (lower.includes(' i ') && /:\s*$/u.test(lower)) ? rel(/(?:som\s+)?(?:\p{L}+\s+)?(?:inngår|deltar|deltek|er\s+med)\s+i\s+(.+?)\s*(?:er|var)?\s*:\s*$/iu) : null;
    if (inngaar) {
      const items: Block[] = [];
      const startBlock = blocks.findIndex((b) => b.start >= sentence.end);
      for (let k = startBlock; k >= 0 && k < blocks.length && blocks[k].kind === 'item'; k++) items.push(blocks[k]);
      const nameStart = inngaar.start + inngaar.m[0].indexOf(inngaar.m[1]);
      if (items.length) addParticipants(draftFor(inngaar.m[1], { start: nameStart, end: nameStart + inngaar.m[1].length }, null, null, 'inngår-i', 0.7), itemBodies(text, items), ev);
    }

    // "A, B og C skal (alle) være en del av X".
    const delAv = lower.includes('del av') ? rel(/(?<![\p{L}])(?:alle\s+)?(?:være|vere|er|blir|bli|vert|verte)\s+(?:en|ein)\s+del\s+av\s+/iu) : null;
    if (delAv) {
      const members = inRange(all, sentence.start, delAv.start);
      const np = phrases.find((p) => p.start >= delAv.end);
      if (members.length >= 2 && np) addParticipants(targetOfPhrase(np, 'del-av'), members, ev);
    }

    // "… har ansvar for tiltak i X: A, B og C".
    const responsibleFor = lower.includes('ansvar for') ? rel(/(?<![\p{L}])har\s+(?:et\s+|eit\s+)?ansvar\s+for\s+(?:tiltak|tiltaka|tiltakene|oppfølgingen|oppfølginga)\s+i\s+/iu) : null;
    if (responsibleFor) {
      const colon = s.indexOf(':', responsibleFor.end - sentence.start);
      const np = phrases.find((p) => p.start >= responsibleFor.end);
      if (colon !== -1 && np) addParticipants(targetOfPhrase(np, 'ansvar-for-tiltak-i'), inRange(all, sentence.start + colon, sentence.end), ev);
    }

    // "X er utgitt/utarbeidet av A, B og C": a joint publication or piece of work.
    const publishedBy = lower.includes(' av ') ? rel(/(?<![\p{L}])(?:er|ble|vart|blei|blir|vert)\s+(?:utgitt|utarbeidet|utarbeidd|utvikla|utviklet|laget|laga|gitt\s+ut)\s+av\s+/iu) : null;
    if (publishedBy) {
      const authors = inRange(all, publishedBy.end, clauseEnd(text, publishedBy.end, sentence.end));
      const subject = textSpan(text, sentence.start, publishedBy.start);
      if (authors.length >= 2 && subject.text.split(/\s+/u).length <= 10 && /^\p{Lu}/u.test(subject.text)) {
        addParticipants(draftFor(subject.text.replace(/\s+/gu, ' '), subject, null, null, 'utgitt-av', 0.7), authors, ev);
      }
    }

    // "A og B fornyet/signerte samarbeidsavtale".
    const signed = lower.includes('avtal') ? rel(/(?<![\p{L}])(?:fornya|fornyet|fornyer|fornyar|signerte|signerer|underteikna|undertegnet|undertegner|inngikk|inngjekk|har\s+inngått|har\s+inngått)\s+(?:ein\s+|en\s+|ny\s+|sin\s+|si\s+)?(?=\p{L}*avtal)/iu) : null;
    if (signed) {
      const parties = inRange(all, sentence.start, signed.start);
      const np = phrases.find((p) => p.start >= signed.end);
      if (parties.length >= 2 && np) addParticipants(targetOfPhrase(np, 'signerte-avtale'), parties, ev);
    }

    // "dialogmøter med A, B og C": a meeting of the bodies named.
    const meeting = lower.includes(' med ') ? rel(/(\p{L}*(?:konferanse|konferanser|konferansar|dialogmøte|dialogmøter|dialogmøtar|samling|samlinger|samlingar|forum))\s+med\s+/iu) : null;
    if (meeting) {
      const members = inRange(all, meeting.end, clauseEnd(text, meeting.end, sentence.end));
      const np = phrases.find((p) => p.noun.start === meeting.start + meeting.m[0].indexOf(meeting.m[1]));
      if (members.length >= 2 && np) {
        // The meeting is named by its noun and what precedes it, not by whom it is with.
        const name = text.slice(np.start, np.noun.end);
        addParticipants(draftFor(name, { start: np.start, end: np.noun.end }, np.noun.lemma, np.noun.stem, 'møte-med', 0.7), members, ev);
      }
    }

    // "A samarbeider med B om å markere X".
    const works = lower.includes('samarbei') ? rel(/(?<![\p{L}])(?:samarbeider|samarbeidar|samarbeidde|samarbeidet)\s+(?:også\s+|òg\s+|tett\s+|nært\s+)?med\s+/iu) : null;
    if (works) {
      const left = inRange(all, sentence.start, works.start);
      const right = inRange(all, works.end, clauseEnd(text, works.end, sentence.end));
      const om = /(?<![\p{L}])om(?![\p{L}])[^.]*?(?<![\p{L}])å\s+\p{L}+\s+(.+?)(?=\s+(?:kvart|hvert|kvar|hver|årleg|årlig|i\s+\d|den\s+\d)|[.;:!?]|$)/u.exec(s.slice(works.end - sentence.start));
      if (left.length && right.length) {
        const d = om
          ? draftFor(om[1].replace(/\s+/gu, ' '), { start: works.end + (om.index ?? 0) + om[0].length - om[1].length, end: works.end + (om.index ?? 0) + om[0].length }, null, null, 'samarbeider-med-om', 0.6)
          : targetOfSentence(sentence, phrases, works.start, 'samarbeider-med');
        addParticipants(d, [...left, ...right], ev);
      }
    }

    // "kommunene A, B og C har … fellesprosjekt": an intermunicipal collaboration.
    const municipalities = all.filter((a) => a.rule === 'municipality-list' || a.rule === 'shared-kommune');
    const joint = phrases.find((p) => /(?:samarbeid|prosjekt)$/iu.test(p.noun.lemma) && !p.noun.definite);
    if (municipalities.length >= 2 && joint && !between) addParticipants(targetOfPhrase(joint, 'interkommunalt'), municipalities, ev);

    // "Ett av dem, X, …": X is one of the collaborations in focus, and its members are theirs.
    const oneOf = /^(?:Ett|Eitt|Ei|Én|Ein|En)\s+av\s+(?:dem|dei|disse|desse|prosjektene|prosjekta)\s*,\s*([^,]{3,80}?)\s*,/u.exec(s);
    if (oneOf && focus) {
      const parent: Draft = focus;
      const nameStart = sentence.start + oneOf[0].indexOf(oneOf[1]);
      const child = draftFor(oneOf[1], { start: nameStart, end: nameStart + oneOf[1].length }, null, null, 'ett-av-dem', 0.6);
      Object.assign(child, { partOf: parent.name, partOfEvidence: ev });
      for (const p of parent.participants) if (!child.participants.some((c) => actorKey(c.actor) === actorKey(p.actor))) child.participants.push({ actor: p.actor, evidence: ev });
      focus = child;
    }
    // "prosjektet X" names the one in focus again; "dei fire kommunane kan gjera saman" adds its members.
    const together = (lower.includes('sammen') || lower.includes('saman')) ? rel(/\s(?:skal|kan|vil|må)?\s*(?:\p{L}+\s+)?(?:sammen|saman)(?![\p{L}])/iu) : null;
    if (together && focus && !withCue) {
      const members = all.filter((a) => at(a) < together.start && (a as { groupStart?: number }).groupStart !== undefined);
      if (members.length) addParticipants(focus, members, ev);
    }
    const named = phrases.find((p) => /^prosjekt(?:et)?$/iu.test(p.noun.text));
    if (named) {
      const after = /^\s+(\p{Lu}[^,.;:]{2,60}?)(?=\s+(?:er|var|har|skal|samsvarar|samsvarer|vert|blir)\s)/u.exec(text.slice(named.noun.end, sentence.end));
      if (after) {
        const match = drafts.find((d) => d.name.toLowerCase() === after[1].toLowerCase());
        if (match) focus = match;
      }
    }

    // "X og Y kommune søkte om og fikk innvilget tilskudd hos Z": the applicants take part, the grantor funds.
    const granted = /søkte|fikk|fått|fekk/u.test(lower) ? rel(/(?<![\p{L}])(?:søkte\s+om|søkte|fikk\s+(?:innvilget|tildelt)|har\s+fått\s+(?:innvilget|tildelt|tilskudd|midler)|fekk\s+(?:innvilga|tildelt)|har\s+fått\s+(?:innvilga|tilskot|midlar))(?![\p{L}])/iu) : null;
    if (granted) {
      const applicants = inRange(all, sentence.start, granted.start);
      const grantor = /(?<![\p{L}])(?:hos|fra|frå)\s+/iu.exec(s.slice(granted.end - sentence.start));
      const target = targetOfSentence(sentence, phrases.filter((p) => !insideAny(quoted, p.start)), granted.start, 'søkte-tilskudd') ?? documentTitle();
      if (applicants.length && target) {
        addParticipants(target, applicants, ev);
        if (grantor) {
          const g = inRange(all, granted.end + (grantor.index ?? 0), sentence.end)[0];
          if (g && !target.commissioners.some((c) => actorKey(c.actor) === actorKey(g))) target.commissioners.push({ actor: g, evidence: ev });
        }
      }
    }

    // "på oppdrag fra A", "finansiert av A", "tilskudd fra A": the commissioner or funder is no member.
    const commission = /oppdrag|finansier|midler|midlar|tilskudd|tilskot|støtte|stønad/u.test(lower) ? rel(/(?<![\p{L}])(?:på\s+oppdrag\s+(?:fra|frå)|finansiert\s+av|finansieres\s+av|med\s+(?:midler|midlar|tilskudd|tilskot|støtte|stønad)\s+(?:fra|frå))\s+/iu) : null;
    if (commission && focus) {
      const funder = inRange(all, commission.end, clauseEnd(text, commission.end, sentence.end))[0];
      const f: Draft = focus;
      if (funder && !f.commissioners.some((c) => actorKey(c.actor) === actorKey(funder))) {
        f.commissioners.push({ actor: funder, evidence: ev });
        f.participants = f.participants.filter((p) => actorKey(p.actor) !== actorKey(funder));
      }
    }
  }

  return drafts
    .filter((d) => d.participants.length || d.lead)
    .sort((a, b) => a.order - b.order)
    .map(({ lemma: _l, stem: _s, order: _o, ...rest }) => ({
      ...rest,
      participants: rest.participants.map((p) => (p.actor as { groupStart?: number }).groupStart === undefined ? p : { ...p, actor: stripGroup(p.actor) }),
      lead: rest.lead,
    }));
}

function stripGroup(a: ActorMention): ActorMention {
  const { groupStart: _gs, groupEnd: _ge, ...rest } = a as ActorMention & { groupStart?: number; groupEnd?: number };
  return rest;
}
