/**
 * Generated sentences in the reader's language (issue 15.8): the analytics
 * write each explanation in Bokmål and in English; `language: EN` picks the
 * English one.
 */
import type { Language } from '../generated/schema-types.ts';

/** The explanation of an object that carries both. */
export const explanationIn = (o: { explanation: string; explanationEn: string }, args: { language?: Language | null }) =>
  args.language === 'EN' ? o.explanationEn : o.explanation;

export const languageTypes = {
  Overlap: { explanation: explanationIn },
};
