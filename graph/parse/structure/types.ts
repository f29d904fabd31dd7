/**
 * The shapes of a document's structure: the blocks the structure pass finds
 * (headings, paragraphs, list items, labelled fields, tables), each with the
 * offsets of its parts in the document text, so every extractor can cite the
 * exact span it read.
 */
import type { Span, TextSpan } from '../types.ts';

/** How a list item is marked: "•", "1.", "1)", "a)", "Tiltak 3.2:", "29c". */
export type MarkerType = 'bullet' | 'number' | 'letter' | 'measure';

export interface ItemMarker extends TextSpan {
  type: MarkerType;
  /** The number or letter as written, without punctuation: "12", "3.2", "c", "29c"; "" for bullets. */
  value: string;
}

interface BlockBase extends Span {
  /** The block's text, `text.slice(start, end)`. */
  text: string;
  /** 1-based line of `start`. */
  line: number;
  /** Index in the block list. */
  index: number;
}

/** A short line that titles what follows. */
export interface HeadingBlock extends BlockBase {
  kind: 'heading';
}

/** Running text: one or more lines up to a blank line, a list item or a field. */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

/** A list item; `body` is the text after the marker (for inline "Key: value" items, see `field`). */
export interface ItemBlock extends BlockBase {
  kind: 'item';
  marker: ItemMarker;
  body: TextSpan;
  /** Indentation of the marker, in characters. */
  indent: number;
  /** "• Prosjektledere: …": the item is a labelled field too. */
  field: FieldParts | null;
}

/** The parts of a "Key: value" line. */
export interface FieldParts {
  key: TextSpan;
  /** The label in canonical form ("ansvarlig", "status", "deltakere"), or null for a label we do not know. */
  label: FieldLabel | null;
  /** The value on the same line, or null when the label stands alone ("Status" above its text). */
  value: TextSpan | null;
}

/** A labelled line, "Ansvarlig: Bufdir", or a label alone above its section, "Status". */
export interface FieldBlock extends BlockBase, FieldParts {
  kind: 'field';
}

/** One row of a table: its cells in column order, and the group heading above it, if any. */
export interface TableRow extends Span {
  cells: (TextSpan | null)[];
  group: TextSpan | null;
}

/** A table: delimited by tabs or bars, or flattened to one cell per line. */
export interface TableBlock extends BlockBase {
  kind: 'table';
  layout: 'delimited' | 'flattened';
  /** Header cells, or null when the first row is data. */
  header: TextSpan[] | null;
  /** The canonical label of each header cell (null where unknown). */
  columns: (FieldLabel | null)[];
  rows: TableRow[];
}

export type Block = HeadingBlock | ParagraphBlock | ItemBlock | FieldBlock | TableBlock;

/** The labels the extractors act on. Bokmål and Nynorsk spellings map to one of these. */
export type FieldLabel =
  | 'number'
  | 'measure'
  | 'responsible'
  | 'co-responsible'
  | 'status'
  | 'deadline'
  | 'implementation'
  | 'participants'
  | 'steering-group'
  | 'project-group'
  | 'working-group'
  | 'lead'
  | 'project-owner'
  | 'partners'
  | 'funder'
  | 'description'
  | 'goal'
  | 'period';

/** A document's structure. */
export interface DocumentStructure {
  text: string;
  blocks: Block[];
}
