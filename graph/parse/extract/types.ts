/**
 * The one interface every extractor implements: a document's text and
 * structure in, facts with evidence out. Extractors are pure and know nothing
 * of the graph; graph/load turns their facts into nodes and edges.
 */
import type { ParsedInitiative } from '../collaborations.ts';
import type { ParsedMeasure } from '../measure-blocks.ts';
import type { DocumentStructure } from '../structure/index.ts';
import type { ParsedSystemTable } from '../system-table.ts';
import type { ActorMention, ParseIssue, ParseSource } from '../types.ts';

/** What an extractor reads. */
export interface ExtractContext {
  text: string;
  source: ParseSource;
  structure: DocumentStructure;
}

/** What extractors find; each fills the lists it knows. */
export interface ExtractedFacts {
  measures: ParsedMeasure[];
  systemTables: ParsedSystemTable[];
  initiatives: ParsedInitiative[];
  /** Bodies the text names, beyond those in measures, tables and collaborations. */
  mentions: ActorMention[];
  issues: ParseIssue[];
}

/** One way of reading documents: a layout or a wording. */
export interface Extractor {
  /** Stable id, used in the review report ("measures", "collaborations" …). */
  id: string;
  extract(ctx: ExtractContext): Partial<ExtractedFacts>;
}
