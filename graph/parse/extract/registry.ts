/**
 * The extractors, in the order they run. A new layout or wording is one file
 * beside these and one line here.
 */
import { collaborationsExtractor } from './collaborations.ts';
import { measuresExtractor } from './measures.ts';
import { mentionsExtractor } from './mentions.ts';
import { systemTablesExtractor } from './system-tables.ts';
import type { Extractor } from './types.ts';

export const EXTRACTORS: readonly Extractor[] = [measuresExtractor, systemTablesExtractor, collaborationsExtractor, mentionsExtractor];
