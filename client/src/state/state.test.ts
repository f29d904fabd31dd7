import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, INITIAL_STATE, reducer, sliceOf, type ExplorerState } from './index.ts';
import { brokersView } from '../views/brokers/index.tsx';
import { overlapsView } from '../views/overlaps/index.tsx';
import { MIN_SCORE_RANGE } from '../views/overlaps/slice.ts';

const T22 = 'measure:000-588be4bdfbf0e9d5:22';

describe('reducer', () => {
  it('switching view keeps a node selection and drops focus and edge selections', () => {
    let s = reducer(INITIAL_STATE, { type: 'select', selection: { type: 'node', id: 'actor:bufdir' } });
    s = reducer(s, { type: 'focus', id: 'actor:bufdir', depth: 2 });
    expect(s.view).toBe('network');
    s = reducer(s, { type: 'setView', view: 'measures' });
    expect(s).toMatchObject({ view: 'measures', focus: null, selection: { type: 'node', id: 'actor:bufdir' } });
    s = reducer(s, { type: 'select', selection: { type: 'edge', id: `actor:bfd-[RESPONSIBLE_FOR]->${T22}` } });
    expect(reducer(s, { type: 'setView', view: 'network' }).selection).toBeNull();
  });

  it('toggles filter values', () => {
    let s = reducer(INITIAL_STATE, { type: 'toggleFilter', key: 'kinds', value: 'DIRECTORATE' });
    s = reducer(s, { type: 'toggleFilter', key: 'kinds', value: 'MINISTRY' });
    expect(s.filters.kinds).toEqual(['DIRECTORATE', 'MINISTRY']);
    s = reducer(s, { type: 'toggleFilter', key: 'kinds', value: 'DIRECTORATE' });
    expect(s.filters.kinds).toEqual(['MINISTRY']);
    expect(reducer(s, { type: 'clearFilters' }).filters.kinds).toEqual([]);
  });

  it('expand starts a focus, then adds neighbourhoods once', () => {
    let s = reducer({ ...INITIAL_STATE, view: 'network' }, { type: 'expand', id: 'actor:hdir' });
    expect(s.focus).toEqual({ id: 'actor:hdir', depth: 1, expanded: [] });
    s = reducer(s, { type: 'expand', id: 'actor:bufdir' });
    s = reducer(s, { type: 'expand', id: 'actor:bufdir' });
    expect(s.focus!.expanded).toEqual(['actor:bufdir']);
    s = reducer(s, { type: 'setDepth', depth: 3 });
    expect(s.focus!.depth).toBe(3);
    expect(reducer(s, { type: 'clearFocus' }).focus).toBeNull();
  });

  it('choosing an overlap or a section opens its view; focus leaves them for the network', () => {
    let s = reducer(INITIAL_STATE, { type: 'view', view: 'overlaps', action: { type: 'setOverlap', overlap: { a: 'initiative:bti', b: 'initiative:bts' } }, show: true });
    expect(s.view).toBe('overlaps');
    expect(sliceOf(s, overlapsView).overlap).toEqual({ a: 'initiative:bti', b: 'initiative:bts' });
    s = reducer(s, { type: 'view', view: 'brokers', action: { type: 'setSection', section: 'unclear' }, show: true });
    expect(s.view).toBe('brokers');
    expect(sliceOf(s, brokersView).section).toBe('unclear');
    expect(reducer(s, { type: 'focus', id: 'actor:hdir' }).view).toBe('network');
  });

  it('toggles highlights', () => {
    let s = reducer(INITIAL_STATE, { type: 'toggleHighlight', id: 'actor:ks' });
    s = reducer(s, { type: 'toggleHighlight', id: 'actor:hdir' });
    expect(s.highlights).toEqual(['actor:ks', 'actor:hdir']);
    expect(reducer(s, { type: 'toggleHighlight', id: 'actor:ks' }).highlights).toEqual(['actor:hdir']);
    expect(reducer(s, { type: 'setHighlights', ids: [] }).highlights).toEqual([]);
  });

  it('sets path ends and clears them', () => {
    let s = reducer(INITIAL_STATE, { type: 'setPathEnd', end: 'from', id: 'actor:bufdir' });
    s = reducer(s, { type: 'setPathEnd', end: 'to', id: 'actor:hdir' });
    expect(s.path).toEqual({ from: 'actor:bufdir', to: 'actor:hdir' });
    expect(reducer(s, { type: 'clearPath' }).path).toEqual({ from: null, to: null });
  });
});

describe('encodeState / decodeState', () => {
  it('the default state is the empty query', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('round-trips a full state', () => {
    const s: ExplorerState = {
      ...INITIAL_STATE,
      view: 'network',
      lang: 'en',
      selection: { type: 'edge', id: 'actor:bufdir-[COORDINATES_WITH]->actor:hdir' },
      filters: { sectors: ['sector:helse'], levels: ['level:direktorat'], kinds: ['DIRECTORATE'], statuses: ['ON_TRACK'], documents: ['doc:000-588be4bdfbf0e9d5'], coordKinds: ['JOINT_WORK'] },
      filterMode: 'hide',
      focus: { id: 'actor:bufdir', depth: 2, expanded: ['actor:hdir'] },
      path: { from: 'actor:bufdir', to: T22 },
      layout: 'concentric',
      table: true,
      largeText: true,
      sidebarOpen: false,
      document: { id: 'doc:000-588be4bdfbf0e9d5', start: 10, end: 40 },
      highlights: ['actor:bufdir', 'actor:bufdir-[COORDINATES_WITH]->actor:hdir'],
      views: {
        ...INITIAL_STATE.views,
        matrix: { showLinks: true },
        overlaps: { overlap: { a: 'measure:001-5ce2774f9b8cd589:18', b: 'measure:001-5ce2774f9b8cd589:19' }, minScore: 0.27 },
        brokers: { section: 'gaps', sizeBy: 'betweenness', gapScope: 'all', top: 40 },
      },
    };
    expect(decodeState('?' + encodeState(s))).toEqual(s);
  });

  it('normalises the overlaps, brokers and highlight fields', () => {
    const s = decodeState('v=overlaps&oa=initiative:bti&ob=initiative:bti&min=7&sec=nope&size=huge&gaps=x&hl=actor:ks,<b>,actor:ks');
    expect(s).toMatchObject({ view: 'overlaps', highlights: ['actor:ks'] });
    expect(sliceOf(s, overlapsView)).toEqual({ overlap: null, minScore: 0.5 });
    expect(sliceOf(s, brokersView)).toEqual({ section: 'brokers', sizeBy: 'degree', gapScope: 'below-ministries', top: 20 });
    const min = (q: string) => sliceOf(decodeState(q), overlapsView).minScore;
    expect(min('min=0.001')).toBe(0.05);
    expect(min('min=abc')).toBe(MIN_SCORE_RANGE.initial);
    const set = reducer(INITIAL_STATE, { type: 'view', view: 'overlaps', action: { type: 'setMinScore', minScore: 0.333 } });
    expect(sliceOf(set, overlapsView).minScore).toBe(0.33);
    expect(set.view).toBe(INITIAL_STATE.view);
  });

  it('normalises untrusted input', () => {
    const s = decodeState('v=evil&lang=de&sel=<script>&kind=MINISTRY,NOPE,MINISTRY&depth=99&layout=x&focus=actor:bufdir&qs=5&qe=2&open=doc:x&status=ON_TRACK&sector=javascript:alert(1)%20x');
    expect(s.view).toBe('matrix');
    expect(s.lang).toBe('nb');
    expect(s.selection).toBeNull();
    expect(s.filters.kinds).toEqual(['MINISTRY']);
    expect(s.filters.sectors).toEqual([]);
    expect(s.focus).toEqual({ id: 'actor:bufdir', depth: 3, expanded: [] });
    expect(s.layout).toBe('force');
    expect(s.document).toEqual({ id: 'doc:x', start: null, end: null });
    expect(decodeState('depth=0&focus=actor:hdir').focus!.depth).toBe(1);
  });
});
