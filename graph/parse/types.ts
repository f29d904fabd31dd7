/**
 * Shapes shared by the parsers: where a text came from, spans into it, the
 * issues a parser reports instead of throwing, and actor mentions.
 */
import type { ActorKind, DocumentId } from '../model/index.ts';

/** The document a text belongs to. */
export interface ParseSource {
  documentId: DocumentId;
  fileName: string;
}

/** A half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Something a parser could not read, named by file and line. Never an exception. */
export interface ParseIssue {
  fileName: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column?: number;
  start?: number;
  end?: number;
  message: string;
  severity: 'warning' | 'info';
}

/** What every parser returns. */
export interface ParseResult<T> {
  items: T[];
  issues: ParseIssue[];
}

/**
 * A body named in a text. `key` is the gazetteer key when the body is curated;
 * an organisation the gazetteer does not know keeps `key: null` and its name as written.
 */
export interface ActorMention extends Span {
  /** As written, `text.slice(start, end)`. */
  text: string;
  key: string | null;
  /** The canonical gazetteer name, or for uncurated bodies the cleaned name as written. */
  name: string;
  /** For uncurated bodies written "Name (ABBR)". */
  abbreviation?: string;
  /** For uncurated bodies whose wording tells their kind (a local service); otherwise an organisation is assumed. */
  kind?: ActorKind;
  /** For a local service ("Barnevernet i Bodø kommune"): the gazetteer key of the service it is one of. */
  serviceKey?: string;
  /** For a local service: its municipality or county, as written ("Bodø", "Nordland"). */
  place?: string;
  /** How the mention was found: from the gazetteer (exactly, or by a fuzzy match), or by a naming pattern. */
  method?: 'gazetteer' | 'fuzzy' | 'pattern';
  /** The rule that found it ("name-with-abbreviation", "municipality-list" …), for the review report. */
  rule?: string;
  /** 0–1. */
  confidence?: number;
}
