/** The explorer's UI state: everything a shared link restores, plus panel toggles. */
import type { LayoutName } from '../graph/layouts.ts';
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Lang } from '../i18n/index.ts';

export type ViewName = 'matrix' | 'network' | 'measures';
export const VIEWS: readonly ViewName[] = ['matrix', 'network', 'measures'];

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
};
