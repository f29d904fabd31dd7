/**
 * URL ↔ state, driven by declarations: the common fields' parameters are
 * listed once below, and each view declares its slice's parameters in its
 * module. `encodeState` writes only what differs from the defaults, so links
 * stay short; `decodeState` treats the query string as untrusted input and
 * normalises it (unknown values dropped, numbers clamped, ids checked).
 */
import { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES } from '../api/index.ts';
import type { Filters } from '../graph/filters.ts';
import { LAYOUTS } from '../graph/layouts.ts';
import { LANGS } from '../i18n/index.ts';
import { VIEW_LIST } from '../views/index.ts';
import { INITIAL_STATE, VIEWS, type Depth, type ExplorerState, type Focus, type OpenDocument, type Selection } from './state.ts';
import {
  enumListParam,
  enumParam,
  flagParam,
  idListParam,
  idParam,
  normaliseId,
  objectParam,
  parseParams,
  readInt,
  schemaKeys,
  writeParams,
  type Param,
  type ParamSchema,
} from './url-schema.ts';

export { normaliseId } from './url-schema.ts';

/** The earliest and latest years names can be shown as of. */
export const NAMES_YEAR_RANGE = { min: 1990, max: 2100 } as const;

/** `names=2019`: renamed bodies named as at the end of that year; absent for today's names. */
const namesYearParam: Param<number | null> = {
  keys: ['names'],
  read: (p) => {
    const y = readInt(p.get('names'));
    return y !== null && y >= NAMES_YEAR_RANGE.min && y <= NAMES_YEAR_RANGE.max ? y : null;
  },
  write: (v) => (v === null ? [] : [['names', String(v)]]),
};

/** A node selection as `sel=`, an edge selection as `edge=`. */
const selectionParam: Param<Selection | null> = {
  keys: ['sel', 'edge'],
  read: (p) => {
    const sel = normaliseId(p.get('sel'));
    const edge = normaliseId(p.get('edge'));
    return sel ? { type: 'node', id: sel } : edge ? { type: 'edge', id: edge } : null;
  },
  write: (s) => (s ? [[s.type === 'node' ? 'sel' : 'edge', s.id]] : []),
};

/** The focused node, its depth (1–3, clamped) and the expanded neighbourhoods. */
const focusParam: Param<Focus | null> = {
  keys: ['focus', 'depth', 'exp'],
  read: (p) => {
    const id = normaliseId(p.get('focus'));
    if (!id) return null;
    const depth = Math.min(3, Math.max(1, readInt(p.get('depth')) ?? 1)) as Depth;
    return { id, depth, expanded: idListParam('exp').read(p).filter((x) => x !== id) };
  },
  write: (f) => {
    if (!f) return [];
    const out: [string, string][] = [['focus', f.id]];
    if (f.depth !== 1) out.push(['depth', String(f.depth)]);
    if (f.expanded.length) out.push(['exp', f.expanded.join(',')]);
    return out;
  },
};

/** The open document and the quote's span (kept only when both ends are there and in order). */
const documentParam: Param<OpenDocument | null> = {
  keys: ['open', 'qs', 'qe'],
  read: (p) => {
    const id = normaliseId(p.get('open'));
    if (!id) return null;
    const qs = readInt(p.get('qs'));
    const qe = readInt(p.get('qe'));
    const ok = qs !== null && qe !== null && qe >= qs;
    return { id, start: ok ? qs : null, end: ok ? qe : null };
  },
  write: (d) => {
    if (!d) return [];
    const out: [string, string][] = [['open', d.id]];
    if (d.start !== null && d.end !== null) out.push(['qs', String(d.start)], ['qe', String(d.end)]);
    return out;
  },
};

const FILTERS: ParamSchema<Filters> = {
  sectors: idListParam('sector'),
  levels: idListParam('level'),
  kinds: enumListParam('kind', ACTOR_KINDS),
  statuses: enumListParam('status', MEASURE_STATUSES),
  documents: idListParam('doc'),
  coordKinds: enumListParam('ck', COORDINATION_KINDS),
};

type Common = Omit<ExplorerState, 'views'>;

/** The common fields' parameters, in the order they are written. */
export const COMMON_PARAMS: ParamSchema<Common> = {
  view: enumParam('v', VIEWS, INITIAL_STATE.view),
  lang: enumParam('lang', LANGS, INITIAL_STATE.lang),
  namesAsOf: namesYearParam,
  selection: selectionParam,
  filters: objectParam(FILTERS),
  filterMode: enumParam('mode', ['dim', 'hide'] as const, 'dim'),
  focus: focusParam,
  path: objectParam({ from: idParam('from'), to: idParam('to') }),
  layout: enumParam('layout', LAYOUTS, INITIAL_STATE.layout),
  table: flagParam('table'),
  largeText: flagParam('big'),
  sidebarOpen: flagParam('filters', true),
  document: documentParam,
  highlights: idListParam('hl'),
};

/** Every parameter name, with its owner ('common' or a view id): a name owned twice is a bug (see the registry test). */
export function paramOwners(): [string, string][] {
  return [
    ...schemaKeys(COMMON_PARAMS).map((k): [string, string] => [k, 'common']),
    ...VIEW_LIST.flatMap((v) => schemaKeys(v.slice.params).map((k): [string, string] => [k, v.id])),
  ];
}

/** The query string (without '?') for a state. */
export function encodeState(s: ExplorerState): string {
  const { views, ...common } = s;
  const pairs = writeParams(COMMON_PARAMS, common);
  for (const v of VIEW_LIST) pairs.push(...writeParams(v.slice.params, views[v.id] ?? v.slice.initial));
  return new URLSearchParams(pairs).toString();
}

/** The state a query string describes, normalised; anything unreadable falls back to the default. */
export function decodeState(search: string): ExplorerState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return {
    ...parseParams(COMMON_PARAMS, p),
    views: Object.fromEntries(VIEW_LIST.map((v) => [v.id, parseParams(v.slice.params, p)])),
  };
}
