/** Level × sector tables of the system perspective (see ../system-table.ts). */
import { parseSystemTable } from '../system-table.ts';
import type { Extractor } from './types.ts';

export const systemTablesExtractor: Extractor = {
  id: 'system-tables',
  extract: ({ text, source }) => {
    const r = parseSystemTable(text, source);
    return { systemTables: r.items, issues: r.issues };
  },
};
