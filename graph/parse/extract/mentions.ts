/**
 * Every body the text names as a body: curated ones from the gazetteer, and
 * those the naming patterns recognise. A generic service named in passing in
 * its indefinite form ("i barnehage og skole") is a place of work, not a body,
 * and is left out; in its definite or short form ("barnevernet", "PPT") it is
 * the service.
 */
import { entryByKey } from '../../gazetteer/index.ts';
import { findBodyMentions } from '../actor-mentions.ts';
import { findLocalServices } from '../local-services.ts';
import type { ActorMention } from '../types.ts';
import type { Extractor } from './types.ts';

/** Definite endings and abbreviations: "barnevernet", "helsestasjonene", "tenesta", "PPT". */
const SERVICE_AS_BODY = /(?:et|en|a|ene|ane|na|tenesta|tjenesten)$|^\p{Lu}{2,}/u;

function namesABody(m: ActorMention): boolean {
  const entry = m.key ? entryByKey(m.key) : null;
  const kind = entry?.kind ?? m.kind;
  if (kind !== 'MUNICIPAL_SERVICE' && kind !== 'COUNTY') return true;
  if (m.serviceKey) return true;
  // Part of a compound written apart ("barnehage- og grunnskolelærerutdanningene") is no mention.
  return SERVICE_AS_BODY.test(m.text.trim());
}

export const mentionsExtractor: Extractor = {
  id: 'mentions',
  extract: ({ text }) => {
    const locals = findLocalServices(text);
    const mentions = findBodyMentions(text).filter((m) => namesABody(m) && (m.serviceKey || !locals.some((l) => l.start <= m.start && m.end <= l.end && l !== m)));
    return { mentions };
  },
};
