/**
 * URL ↔ state. `encodeState` writes only what differs from the defaults, so
 * links stay short; `decodeState` treats the query string as untrusted input
 * and normalises it (unknown values dropped, numbers clamped, ids checked).
 */
import { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES } from '../api/index.ts';
import { EMPTY_FILTERS, type Filters } from '../graph/filters.ts';
import { LAYOUTS, type LayoutName } from '../graph/layouts.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { clampScore } from './reducer.ts';
import { BROKER_SECTIONS, INITIAL_STATE, VIEWS, type BrokerSection, type Depth, type ExplorerState, type ViewName } from './state.ts';

const MAX_LIST = 50;
const ID = /^[a-z][a-z0-9_-]*:[^\s<"'`]{1,400}$/;

/** An id as the API makes them (`actor:bufdir`, an edge id …), or null. */
export function normaliseId(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  return ID.test(v) ? v : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function enumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return [...new Set(list(params, key).filter((v): v is T => (allowed as readonly string[]).includes(v)))].slice(0, MAX_LIST);
}

function idList(params: URLSearchParams, key: string): string[] {
  return [...new Set(list(params, key).map(normaliseId).filter((v): v is string => v !== null))].slice(0, MAX_LIST);
}

function int(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

const FILTER_PARAMS: [keyof Filters, string][] = [
  ['sectors', 'sector'],
  ['levels', 'level'],
  ['kinds', 'kind'],
  ['statuses', 'status'],
  ['documents', 'doc'],
  ['coordKinds', 'ck'],
];

/** The query string (without '?') for a state. */
export function encodeState(s: ExplorerState): string {
  const p = new URLSearchParams();
  if (s.view !== INITIAL_STATE.view) p.set('v', s.view);
  if (s.lang !== INITIAL_STATE.lang) p.set('lang', s.lang);
  if (s.selection) p.set(s.selection.type === 'node' ? 'sel' : 'edge', s.selection.id);
  for (const [key, param] of FILTER_PARAMS) if (s.filters[key].length) p.set(param, [...s.filters[key]].join(','));
  if (s.filterMode === 'hide') p.set('mode', 'hide');
  if (s.focus) {
    p.set('focus', s.focus.id);
    if (s.focus.depth !== 1) p.set('depth', String(s.focus.depth));
    if (s.focus.expanded.length) p.set('exp', s.focus.expanded.join(','));
  }
  if (s.path.from) p.set('from', s.path.from);
  if (s.path.to) p.set('to', s.path.to);
  if (s.layout !== INITIAL_STATE.layout) p.set('layout', s.layout);
  if (s.showLinks) p.set('links', '1');
  if (s.table) p.set('table', '1');
  if (s.largeText) p.set('big', '1');
  if (!s.sidebarOpen) p.set('filters', '0');
  if (s.document) {
    p.set('open', s.document.id);
    if (s.document.start !== null && s.document.end !== null) {
      p.set('qs', String(s.document.start));
      p.set('qe', String(s.document.end));
    }
  }
  if (s.overlap) {
    p.set('oa', s.overlap.a);
    p.set('ob', s.overlap.b);
  }
  if (s.minScore !== INITIAL_STATE.minScore) p.set('min', String(s.minScore));
  if (s.section !== INITIAL_STATE.section) p.set('sec', s.section);
  if (s.sizeBy !== INITIAL_STATE.sizeBy) p.set('size', s.sizeBy);
  if (s.gapScope !== INITIAL_STATE.gapScope) p.set('gaps', s.gapScope);
  if (s.highlights.length) p.set('hl', s.highlights.join(','));
  return p.toString();
}

/** The state a query string describes, normalised; anything unreadable falls back to the default. */
export function decodeState(search: string): ExplorerState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const filters: Filters = { ...EMPTY_FILTERS };
  filters.sectors = idList(p, 'sector');
  filters.levels = idList(p, 'level');
  filters.documents = idList(p, 'doc');
  filters.kinds = enumList(p, 'kind', ACTOR_KINDS);
  filters.statuses = enumList(p, 'status', MEASURE_STATUSES);
  filters.coordKinds = enumList(p, 'ck', COORDINATION_KINDS);

  const sel = normaliseId(p.get('sel'));
  const edge = normaliseId(p.get('edge'));
  const focusId = normaliseId(p.get('focus'));
  const depth = Math.min(3, Math.max(1, int(p.get('depth')) ?? 1)) as Depth;
  const openId = normaliseId(p.get('open'));
  const qs = int(p.get('qs'));
  const qe = int(p.get('qe'));
  const oa = normaliseId(p.get('oa'));
  const ob = normaliseId(p.get('ob'));
  const min = p.get('min');
  return {
    view: oneOf<ViewName>(VIEWS, p.get('v'), INITIAL_STATE.view),
    lang: oneOf<Lang>(LANGS, p.get('lang'), INITIAL_STATE.lang),
    selection: sel ? { type: 'node', id: sel } : edge ? { type: 'edge', id: edge } : null,
    filters,
    filterMode: p.get('mode') === 'hide' ? 'hide' : 'dim',
    focus: focusId ? { id: focusId, depth, expanded: idList(p, 'exp').filter((id) => id !== focusId) } : null,
    path: { from: normaliseId(p.get('from')), to: normaliseId(p.get('to')) },
    layout: oneOf<LayoutName>(LAYOUTS, p.get('layout'), INITIAL_STATE.layout),
    showLinks: p.get('links') === '1',
    table: p.get('table') === '1',
    largeText: p.get('big') === '1',
    sidebarOpen: p.get('filters') !== '0',
    document: openId ? { id: openId, start: qs !== null && qe !== null && qe >= qs ? qs : null, end: qs !== null && qe !== null && qe >= qs ? qe : null } : null,
    overlap: oa && ob && oa !== ob ? { a: oa, b: ob } : null,
    minScore: min !== null && /^\d{0,2}(\.\d{1,4})?$/.test(min) && min !== '' ? clampScore(Number(min)) : INITIAL_STATE.minScore,
    section: oneOf<BrokerSection>(BROKER_SECTIONS, p.get('sec'), INITIAL_STATE.section),
    sizeBy: p.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    gapScope: p.get('gaps') === 'all' ? 'all' : 'below-ministries',
    highlights: idList(p, 'hl'),
  };
}
