/**
 * A generic service (barnehage, skole, PPT …) named in passing is a place of
 * work, not a body: "i barnehage, skole og SFO", "kompetanse i skolen",
 * "barnehage- og grunnskolelærerutdanningene". Elsewhere it acts or is acted
 * on ("barnevernstjenestene og barnehager kan samhandle", "styrke
 * familievernet"), or is named in a title ("22. Pedagogisk-psykologisk tjeneste").
 */
import { entryByKey } from '../../gazetteer/index.ts';
import type { ActorMention } from '../types.ts';

/** A place preposition before the mention, possibly across a list ("i barnehage, skole og …"). */
const PLACE_BEFORE = /(?:^|[\s(])(?:i|på|til|fra|frå|ved|innen|innenfor|innanfor|utenfor|utanfor|gjennom|mellom)\s+(?:[\p{L}-]+(?:\s*,\s*|\s+og\s+|\s+eller\s+))*$/iu;

/** Whether a mention of a generic service type is named in passing rather than as a body. */
export function isServiceInPassing(text: string, m: ActorMention): boolean {
  const entry = m.key ? entryByKey(m.key) : null;
  const kind = entry?.kind ?? m.kind;
  if ((kind !== 'MUNICIPAL_SERVICE' && kind !== 'COUNTY') || m.serviceKey || m.place) return false;
  // A compound written apart: "barnehage- og grunnskolelærerutdanningene".
  if (text[m.end] === '-') return true;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return true;
  return false;
}
