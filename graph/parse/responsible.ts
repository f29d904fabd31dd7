/**
 * Reads who is responsible for a measure: a labelled value ("Ansvarlig: BLD
 * og JD"), a table cell, or a trailing parenthesis after a title
 * ("Helhetlig gjennomgang av transportordninger (ASD og SD)"). Only bodies
 * count: a known body, or a name that reads as an organisation; a cut-off
 * fragment ("B") or a person is left out.
 */
import { resolveActorName } from '../gazetteer/index.ts';
import { looksLikeOrganisation } from './actor-mentions.ts';
import { parseActorList } from './actor-list.ts';
import { isGenericCollective } from './recognise/index.ts';
import { trimSpan } from './text-layout.ts';
import type { ActorMention, Span, TextSpan } from './types.ts';

/** An abbreviation of a body: two to eight letters, at least two of them capitals ("JD", "KUD", "IMDi", "NAV"). */
export const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{L}]{1,7}$/u;

/** Whether an uncurated list item names a body rather than a fragment or a person. */
export function isBodyLike(m: ActorMention): boolean {
  if (m.key) return true;
  const name = m.name.trim();
  if (name.length < 2 || isGenericCollective(name) || name.includes('[')) return false;
  // A name: an abbreviation, an organisation word, or a capitalised name of a few words ("Regjeringen"); a cut-off "B" is none.
  return ABBREVIATION.test(name) || looksLikeOrganisation(name) || (/^\p{Lu}\p{L}{2,}/u.test(name) && name.split(/\s+/u).length <= 8);
}

/** The bodies listed between `from` and `to` that read as bodies. */
export function parseResponsibleList(text: string, from: number, to: number): ActorMention[] {
  return parseActorList(text, from, to).filter(isBodyLike);
}

/** A trailing "(ASD og SD)" after a title, its bodies, and the title without it. */
export function readTitleResponsible(text: string, line: TextSpan): { title: TextSpan; actors: ActorMention[]; span: Span } | null {
  const m = /\(([^()\n]{1,80})\)[^\p{L}\p{N}()]{0,3}$/u.exec(line.text);
  if (!m) return null;
  const innerStart = line.start + (m.index ?? 0) + 1;
  const innerEnd = innerStart + m[1].length;
  const parts = m[1].split(/\s*(?:,|\/|&|\bog\b|\bsamt\b)\s*/u).filter((p) => p.trim());
  if (!parts.length || !parts.every((p) => ABBREVIATION.test(p.trim()) || resolveActorName(p))) return null;
  const actors = parseActorList(text, innerStart, innerEnd).filter(isBodyLike);
  if (!actors.length) return null;
  const t = trimSpan(text, line.start, line.start + (m.index ?? 0));
  if (t.end <= t.start) return null;
  return { title: { ...t, text: text.slice(t.start, t.end) }, actors, span: { start: innerStart - 1, end: innerEnd + 1 } };
}
