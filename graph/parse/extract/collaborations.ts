/** Collaborations by curated names and by the text's own cues (see ../collaborations.ts, ../collaboration-reader.ts). */
import { parseCollaborations } from '../collaborations.ts';
import type { Extractor } from './types.ts';

export const collaborationsExtractor: Extractor = {
  id: 'collaborations',
  extract: ({ text, source }) => {
    const r = parseCollaborations(text, source);
    return { initiatives: r.items, issues: r.issues };
  },
};
