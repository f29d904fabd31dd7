/**
 * The explorer's UI state: everything a shared link restores, plus panel
 * toggles. The fields here are common to every view; each view keeps its own
 * slice under `views[id]`, declared by its module (views/<id>/), so adding a
 * view never touches this file.
 */
import type { LayoutName } from '../graph/layouts.ts';
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import type { Lang } from '../i18n/index.ts';
import { VIEW_LIST } from '../views/index.ts';
import type { ViewModule } from '../views/types.ts';

/** A view's id, as registered in views/index.ts. */
export type ViewName = string;
/** The registered views' ids, in tab order. */
export const VIEWS: readonly ViewName[] = VIEW_LIST.map((v) => v.id);

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
  /** Name renamed bodies as at the end of this year ("Slik det var i …"); null: today's names. Renames only, never filters. */
  namesAsOf: number | null;
  selection: Selection | null;
  filters: Filters;
  filterMode: 'dim' | 'hide';
  focus: Focus | null;
  path: { from: string | null; to: string | null };
  layout: LayoutName;
  table: boolean;
  largeText: boolean;
  sidebarOpen: boolean;
  document: OpenDocument | null;
  /** Nodes and edges (by API id) lit up on the canvas, the rest toned down: a story's spotlight. */
  highlights: string[];
  /** Each view's own slice, by view id (read it with `sliceOf`). */
  views: Readonly<Record<ViewName, unknown>>;
}

export const INITIAL_STATE: ExplorerState = {
  view: VIEWS[0],
  lang: 'nb',
  namesAsOf: null,
  selection: null,
  filters: EMPTY_FILTERS,
  filterMode: 'dim',
  focus: null,
  path: { from: null, to: null },
  layout: 'force',
  table: false,
  largeText: false,
  sidebarOpen: true,
  document: null,
  highlights: [],
  views: Object.fromEntries(VIEW_LIST.map((v) => [v.id, v.slice.initial])),
};

/** The registered view with `id`, or undefined. */
export function viewById(id: string): (typeof VIEW_LIST)[number] | undefined {
  return VIEW_LIST.find((v) => v.id === id);
}

/** The current view's module (the first view when the id is unknown). */
export function currentView(state: Pick<ExplorerState, 'view'>): (typeof VIEW_LIST)[number] {
  return viewById(state.view) ?? VIEW_LIST[0];
}

/** A view's slice of the state, typed by its module. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sliceOf<S>(state: Pick<ExplorerState, 'views'>, view: ViewModule<S, any, any, any>): S {
  return (state.views[view.id] as S | undefined) ?? view.slice.initial;
}
