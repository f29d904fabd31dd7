/**
 * Every body the text names as a body: curated ones from the gazetteer, and
 * those the naming patterns recognise. A generic service named in passing in
 * its indefinite form ("i barnehage og skole") is a place of work, not a body,
 * and is left out; in its definite or short form ("barnevernet", "PPT") it is
 * the service.
 */
import { findBodyMentions } from '../actor-mentions.ts';
import { findLocalServices } from '../local-services.ts';
import { isServiceInPassing } from '../recognise/index.ts';
import type { Extractor } from './types.ts';

export const mentionsExtractor: Extractor = {
  id: 'mentions',
  extract: ({ text }) => {
    const locals = findLocalServices(text);
    const mentions = findBodyMentions(text).filter((m) => !isServiceInPassing(text, m) && (m.serviceKey || !locals.some((l) => l.start <= m.start && m.end <= l.end && l !== m)));
    return { mentions };
  },
};
