/** Runs every registered extractor over one document and gathers their facts. */
import { structureOf } from '../structure/index.ts';
import type { ParseSource } from '../types.ts';
import { EXTRACTORS } from './registry.ts';
import type { ExtractedFacts, Extractor } from './types.ts';

export function runExtractors(text: string, source: ParseSource, extractors: readonly Extractor[] = EXTRACTORS): ExtractedFacts {
  const ctx = { text, source, structure: structureOf(text) };
  const facts: ExtractedFacts = { measures: [], systemTables: [], initiatives: [], mentions: [], issues: [] };
  for (const x of extractors) {
    const found = x.extract(ctx);
    facts.measures.push(...(found.measures ?? []));
    facts.systemTables.push(...(found.systemTables ?? []));
    facts.initiatives.push(...(found.initiatives ?? []));
    facts.mentions.push(...(found.mentions ?? []));
    facts.issues.push(...(found.issues ?? []));
  }
  return facts;
}
