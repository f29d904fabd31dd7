/**
 * A local unit of a national organisation is written as its name and a
 * place: "Røde Kors Stranda", "Kirkens Bymisjon Bergen". It is a body of its
 * own, not the national organisation plus a bare place name.
 */
import { entryByKey, placeAfter } from '../../gazetteer/index.ts';
import type { ActorMention } from '../types.ts';

/** Mentions of curated organisations directly followed by a place, as local units. */
export function extendLocalUnits(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.map((m) => {
    if (!m.key || entryByKey(m.key)?.kind !== 'ORGANISATION') return m;
    const place = placeAfter(text, m.end);
    if (!place) return m;
    const written = text.slice(m.start, place.end);
    return { start: m.start, end: place.end, text: written, key: null, name: written.replace(/\s+/gu, ' '), kind: 'ORGANISATION', place: place.text, method: 'pattern', rule: 'local-unit', confidence: 0.75 };
  });
}
