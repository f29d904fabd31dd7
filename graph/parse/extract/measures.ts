/** Numbered measures in every layout (see ../measure-blocks.ts). */
import { parseMeasures } from '../measure-blocks.ts';
import type { Extractor } from './types.ts';

export const measuresExtractor: Extractor = {
  id: 'measures',
  extract: ({ structure, source }) => {
    const r = parseMeasures(structure, source);
    return { measures: r.items, issues: r.issues };
  },
};
