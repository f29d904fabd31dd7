/** UI state changes as a pure reducer: (state, action) → state. */
import type { Filters } from '../graph/filters.ts';
import { EMPTY_FILTERS } from '../graph/filters.ts';
import type { LayoutName } from '../graph/layouts.ts';
import type { Lang } from '../i18n/index.ts';
import { MIN_SCORE_RANGE, type BrokerSection, type Depth, type GapScope, type ExplorerState, type OpenDocument, type Selection, type SizeBy, type ViewName } from './state.ts';

export type FilterKey = keyof Filters;

export type Action =
  | { type: 'setView'; view: ViewName }
  | { type: 'setLang'; lang: Lang }
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
  | { type: 'toggleLinks' }
  | { type: 'toggleTable' }
  | { type: 'toggleLargeText' }
  | { type: 'toggleSidebar' }
  | { type: 'openDocument'; document: OpenDocument }
  | { type: 'closeDocument' }
  | { type: 'setOverlap'; overlap: { a: string; b: string } | null }
  | { type: 'setMinScore'; minScore: number }
  | { type: 'setSection'; section: BrokerSection }
  | { type: 'setSizeBy'; sizeBy: SizeBy }
  | { type: 'setGapScope'; scope: GapScope }
  | { type: 'toggleHighlight'; id: string }
  | { type: 'setHighlights'; ids: string[] }
  | { type: 'restore'; state: ExplorerState };

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** A score on the slider's scale: within its range, rounded to its step. */
export function clampScore(x: number): number {
  if (!Number.isFinite(x)) return MIN_SCORE_RANGE.initial;
  const v = Math.min(MIN_SCORE_RANGE.max, Math.max(MIN_SCORE_RANGE.min, x));
  return Math.round(v / MIN_SCORE_RANGE.step) / Math.round(1 / MIN_SCORE_RANGE.step);
}

/** The explorer's reducer. */
export function reducer(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'setView':
      if (action.view === state.view) return state;
      // Focus and edge selections belong to one view's graph; node selections carry over.
      return {
        ...state,
        view: action.view,
        focus: null,
        selection: state.selection?.type === 'node' ? state.selection : null,
      };
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
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
        view: state.view === 'network' || state.view === 'measures' ? state.view : 'network',
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
    case 'toggleLinks':
      return { ...state, showLinks: !state.showLinks };
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
    case 'setOverlap':
      return { ...state, overlap: action.overlap, view: action.overlap ? 'overlaps' : state.view };
    case 'setMinScore':
      return { ...state, minScore: clampScore(action.minScore) };
    case 'setSection':
      return state.section === action.section ? state : { ...state, section: action.section, view: 'brokers' };
    case 'setSizeBy':
      return { ...state, sizeBy: action.sizeBy };
    case 'setGapScope':
      return { ...state, gapScope: action.scope };
    case 'toggleHighlight':
      return { ...state, highlights: toggle(state.highlights, action.id) };
    case 'setHighlights':
      return { ...state, highlights: [...new Set(action.ids)] };
    case 'restore':
      return action.state;
  }
}
