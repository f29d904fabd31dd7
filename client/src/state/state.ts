/** The explorer's UI state: everything a shared link restores, plus panel toggles. */
import type { LayoutName } from '../graph/layouts.ts';
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Lang } from '../i18n/index.ts';

export type ViewName = 'matrix' | 'network' | 'measures' | 'overlaps' | 'brokers';
export const VIEWS: readonly ViewName[] = ['matrix', 'network', 'measures', 'overlaps', 'brokers'];

/** The parts of the "brokers and gaps" view. */
export type BrokerSection = 'brokers' | 'gaps' | 'unclear';
export const BROKER_SECTIONS: readonly BrokerSection[] = ['brokers', 'gaps', 'unclear'];

/** Which links the sector gap matrix counts: between bodies below the ministries (where the gaps are), or at every level. */
export type GapScope = 'below-ministries' | 'all';

/** What sets a body's node size in the network: its links in the view, or how much it brokers between others. */
export type SizeBy = 'degree' | 'betweenness';

/** Lowest and highest overlap score the slider offers, and its default. */
export const MIN_SCORE_RANGE = { min: 0.05, max: 0.5, step: 0.01, initial: 0.15 } as const;

/** What is selected: a graph node or edge, by its API id. */
export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string };

export type Depth = 1 | 2 | 3;

export interface Focus {
  id: string;
  depth: Depth;
  /** Nodes whose neighbours were added with "Expand neighbours". */
  expanded: string[];
}

/** A quote opened in the document view. */
export interface OpenDocument {
  id: string;
  start: number | null;
  end: number | null;
}

export interface ExplorerState {
  view: ViewName;
  lang: Lang;
  selection: Selection | null;
  filters: Filters;
  filterMode: 'dim' | 'hide';
  focus: Focus | null;
  path: { from: string | null; to: string | null };
  layout: LayoutName;
  showLinks: boolean;
  table: boolean;
  largeText: boolean;
  sidebarOpen: boolean;
  document: OpenDocument | null;
  /** The overlapping pair shown in the overlaps view (ids of two measures or initiatives). */
  overlap: { a: string; b: string } | null;
  /** Overlaps scoring below this are left out of the list. */
  minScore: number;
  section: BrokerSection;
  sizeBy: SizeBy;
  gapScope: GapScope;
  /** Nodes and edges (by API id) lit up on the canvas, the rest toned down: a story's spotlight. */
  highlights: string[];
}

export const INITIAL_STATE: ExplorerState = {
  view: 'matrix',
  lang: 'nb',
  selection: null,
  filters: EMPTY_FILTERS,
  filterMode: 'dim',
  focus: null,
  path: { from: null, to: null },
  layout: 'fcose',
  showLinks: false,
  table: false,
  largeText: false,
  sidebarOpen: true,
  document: null,
  overlap: null,
  minScore: MIN_SCORE_RANGE.initial,
  section: 'brokers',
  sizeBy: 'degree',
  gapScope: 'below-ministries',
  highlights: [],
};
