/**
 * Finds sentences that say two or more bodies work together: "X og Y skal
 * sammen …", "samarbeid mellom X og Y", "X … i samarbeid med Y", "X og Y kan
 * samhandle". The bodies are the list next to the cue, not every body in the
 * sentence; each cue gives its own joint work.
 */
import { dedupeMentions } from './actor-mentions.ts';
import type { ActorMention, Span, TextSpan } from './types.ts';

/** Bodies named as working together, with the sentence that says so. */
export interface JointWork {
  span: Span;
  actors: ActorMention[];
}

/** Between two listed bodies: nothing but commas, slashes and "og"/"samt". */
const LIST_GAP = /^[\s,/&]*(?:(?:og|samt|og\/eller)\s+)?$/u;

/** Cue after which the working partners are listed. */
const AFTER_CUES = /(?<![\p{L}])(?:samarbeid(?:et)?|samhandling(?:a|en)?|samordning(?:a|en)?|samarbeidsavtale|dialog(?:en)?)\s+mellom\s+/giu;
/** Cue before which the partners are listed, as the sentence's subject. */
const BEFORE_CUES =
  /\s+(?:(?:skal|kan|vil|må|bør|skulle|kunne|har)\s+(?:\p{L}+\s+)?)?(?:sammen|saman|samarbeide|samarbeider|samarbeidar|samarbeida|samhandle|samhandler|samhandlar|samordne)(?![\p{L}])/giu;
/** "i samarbeid med Y": the subject works with the bodies that follow. */
const WITH_CUES = /(?<![\p{L}])(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med|samarbeider\s+med|samarbeidar\s+med)\s+/giu;

function chainForward(text: string, mentions: readonly ActorMention[], from: number): ActorMention[] {
  const chain: ActorMention[] = [];
  let pos = from;
  for (const m of mentions) {
    if (m.start < pos) continue;
    const gap = text.slice(pos, m.start);
    if (chain.length === 0 ? !/^\s*$/u.test(gap) : !LIST_GAP.test(gap)) break;
    chain.push(m);
    pos = m.end;
  }
  return chain;
}

function chainBackward(text: string, mentions: readonly ActorMention[], to: number): ActorMention[] {
  const chain: ActorMention[] = [];
  let pos = to;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > pos) continue;
    const gap = text.slice(m.end, pos);
    if (chain.length === 0 ? !/^\s*$/u.test(gap) : !LIST_GAP.test(gap)) break;
    chain.unshift(m);
    pos = m.start;
  }
  return chain;
}

/** The joint work stated in `sentences`, given the body mentions of the same text. */
export function findJointWork(text: string, sentences: readonly TextSpan[], mentions: readonly ActorMention[]): JointWork[] {
  const out: JointWork[] = [];
  for (const sentence of sentences) {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (inside.length < 2) continue;
    const groups: ActorMention[][] = [];
    for (const cue of sentence.text.matchAll(AFTER_CUES)) {
      groups.push(chainForward(text, inside, sentence.start + (cue.index ?? 0) + cue[0].length));
    }
    for (const cue of sentence.text.matchAll(BEFORE_CUES)) {
      groups.push(chainBackward(text, inside, sentence.start + (cue.index ?? 0)));
    }
    for (const cue of sentence.text.matchAll(WITH_CUES)) {
      const partners = chainForward(text, inside, sentence.start + (cue.index ?? 0) + cue[0].length);
      const subject = inside[0];
      if (partners.length && /^\s*$/u.test(text.slice(sentence.start, subject.start))) groups.push([subject, ...partners]);
    }
    // One joint work per cue; a group found by two cues ("X sammen med Y") counts once.
    const seen = new Set<string>();
    for (const group of groups) {
      const actors = dedupeMentions(group);
      const id = actors.map((a) => a.start).join(',');
      if (actors.length < 2 || seen.has(id)) continue;
      seen.add(id);
      out.push({ span: { start: sentence.start, end: sentence.end }, actors });
    }
  }
  return out;
}
