/**
 * UI state changes as a pure reducer: (state, action) → state. Common actions
 * are handled here; a view's own actions (`{ type: 'view', view, action }`)
 * go to the reducer its module declares, so no case here names a view.
 */
import type { Filters } from '../graph/filters.ts';
import { EMPTY_FILTERS } from '../graph/filters.ts';
import type { LayoutName } from '../graph/layouts.ts';
import type { Lang } from '../i18n/index.ts';
import { VIEW_LIST } from '../views/index.ts';
import { currentView, sliceOf, viewById, type Depth, type ExplorerState, type OpenDocument, type Selection, type ViewName } from './state.ts';

export type FilterKey = keyof Filters;

export type Action =
  | { type: 'setView'; view: ViewName }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setNamesAsOf'; year: number | null }
  | { type: 'select'; selection: Selection | null }
  | { type: 'toggleFilter'; key: FilterKey; value: string }
  | { type: 'setFilter'; key: FilterKey; values: string[] }
  | { type: 'clearFilters' }
  | { type: 'setFilterMode'; mode: 'dim' | 'hide' }
  | { type: 'focus'; id: string; depth?: Depth }
  | { type: 'setDepth'; depth: Depth }
  | { type: 'expand'; id: string }
  | { type: 'clearFocus' }
  | { type: 'setPathEnd'; end: 'from' | 'to'; id: string | null }
  | { type: 'clearPath' }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'toggleTable' }
  | { type: 'toggleLargeText' }
  | { type: 'toggleSidebar' }
  | { type: 'openDocument'; document: OpenDocument }
  | { type: 'closeDocument' }
  | { type: 'toggleHighlight'; id: string }
  | { type: 'setHighlights'; ids: string[] }
  /** One of a view's own actions, for its slice; `show` also switches to that view. */
  | { type: 'view'; view: ViewName; action: unknown; show?: boolean }
  | { type: 'restore'; state: ExplorerState };

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The view focus moves to from a view that cannot focus: the home of actors. */
function focusHome(): ViewName {
  return (VIEW_LIST.find((v) => v.focusable && v.homeOf.includes('Actor')) ?? VIEW_LIST.find((v) => v.focusable) ?? VIEW_LIST[0]).id;
}

/** The explorer's reducer. */
export function reducer(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'setView':
      if (action.view === state.view || !viewById(action.view)) return state;
      // Focus and edge selections belong to one view's graph; node selections carry over.
      return {
        ...state,
        view: action.view,
        focus: null,
        selection: state.selection?.type === 'node' ? state.selection : null,
      };
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'setNamesAsOf':
      return state.namesAsOf === action.year ? state : { ...state, namesAsOf: action.year };
    case 'select':
      return { ...state, selection: action.selection };
    case 'toggleFilter':
      return { ...state, filters: { ...state.filters, [action.key]: toggle(state.filters[action.key] as string[], action.value) } };
    case 'setFilter':
      return { ...state, filters: { ...state.filters, [action.key]: [...new Set(action.values)] } };
    case 'clearFilters':
      return { ...state, filters: EMPTY_FILTERS };
    case 'setFilterMode':
      return { ...state, filterMode: action.mode };
    case 'focus':
      return {
        ...state,
        focus: { id: action.id, depth: action.depth ?? state.focus?.depth ?? 1, expanded: [] },
        selection: { type: 'node', id: action.id },
        view: currentView(state).focusable ? state.view : focusHome(),
      };
    case 'setDepth':
      return state.focus ? { ...state, focus: { ...state.focus, depth: action.depth } } : state;
    case 'expand':
      if (!state.focus) return reducer(state, { type: 'focus', id: action.id, depth: 1 });
      if (state.focus.id === action.id || state.focus.expanded.includes(action.id)) return state;
      return { ...state, focus: { ...state.focus, expanded: [...state.focus.expanded, action.id] } };
    case 'clearFocus':
      return { ...state, focus: null };
    case 'setPathEnd':
      return { ...state, path: { ...state.path, [action.end]: action.id } };
    case 'clearPath':
      return { ...state, path: { from: null, to: null } };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'toggleTable':
      return { ...state, table: !state.table };
    case 'toggleLargeText':
      return { ...state, largeText: !state.largeText };
    case 'toggleSidebar':
      return { ...state, sidebarOpen: !state.sidebarOpen };
    case 'openDocument':
      return { ...state, document: action.document };
    case 'closeDocument':
      return { ...state, document: null };
    case 'toggleHighlight':
      return { ...state, highlights: toggle(state.highlights, action.id) };
    case 'setHighlights':
      return { ...state, highlights: [...new Set(action.ids)] };
    case 'view': {
      const view = viewById(action.view);
      if (!view) return state;
      const before = sliceOf(state, view);
      const after = view.slice.reduce(before, action.action);
      const show = action.show === true && state.view !== view.id;
      if (after === before && !show) return state;
      const next = after === before ? state : { ...state, views: { ...state.views, [view.id]: after } };
      return show ? reducer(next, { type: 'setView', view: view.id }) : next;
    }
    case 'restore':
      return action.state;
  }
}
