/**
 * The view registry: every registered view implements the one interface, owns
 * its URL parameters alone, round-trips its slice through the URL, and the
 * shell, state, URL, legend and sidebar code never names a view (so a new view
 * is one folder plus one line in views/index.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, INITIAL_STATE, paramOwners, reducer, sliceOf, VIEWS } from '../state/index.ts';
import { VIEW_LIST } from './index.ts';

const src = fileURLToPath(new URL('..', import.meta.url));

describe('view registry', () => {
  it('holds the five views in tab order, each id once', () => {
    expect(VIEWS).toEqual(['matrix', 'network', 'measures', 'overlaps', 'brokers']);
    expect(new Set(VIEWS).size).toBe(VIEWS.length);
  });

  it.each(VIEW_LIST.map((v) => [v.id, v] as const))('%s implements the view interface', (_id, v) => {
    expect(v.id).toMatch(/^[a-z][a-z-]*$/);
    expect(v.label).toMatch(/^view\./);
    expect(v.help).toMatch(/^view\..*\.help$/);
    for (const fn of ['dataKey', 'load', 'graph', 'elements', 'layout', 'legend', 'table', 'printFacts'] as const) expect(typeof v[fn], fn).toBe('function');
    expect(typeof v.slice.reduce).toBe('function');
    expect(v.slice.initial).toBeTypeOf('object');
    expect(['preset', 'pick']).toContain(v.layout(v.slice.initial));
    expect(Array.isArray(v.filters) && Array.isArray(v.homeOf) && Array.isArray(v.lists)).toBe(true);
    // A view without filters has a side panel of its own instead of the sidebar.
    if (v.filters.length === 0) expect(v.Side).toBeTypeOf('function');
    // An unknown action leaves the slice as it was.
    expect(v.slice.reduce(v.slice.initial, { type: 'no-such-action' })).toEqual(v.slice.initial);
    // The data key names the state it was made for, the view's table twin names the view.
    expect(typeof v.dataKey(INITIAL_STATE, v.slice.initial)).toBe('string');
    expect(v.table({ state: INITIAL_STATE, slice: v.slice.initial, data: null, extra: null, env: ENV }, () => {}).view).toBe(v.id);
  });

  it('every URL parameter has one owner', () => {
    const owners = new Map<string, string[]>();
    for (const [key, owner] of paramOwners()) owners.set(key, [...(owners.get(key) ?? []), owner]);
    const twice = [...owners].filter(([, o]) => o.length > 1);
    expect(twice).toEqual([]);
  });

  it.each(VIEW_LIST.map((v) => [v.id, v] as const))("%s's slice is absent from the default URL and round-trips", (_id, v) => {
    expect(encodeState({ ...INITIAL_STATE, view: v.id })).toBe(v.id === VIEWS[0] ? '' : `v=${v.id}`);
    const decoded = decodeState(encodeState({ ...INITIAL_STATE, view: v.id }));
    expect(sliceOf(decoded, v)).toEqual(v.slice.initial);
  });

  it('a view action goes to its own slice only, and may open the view', () => {
    const s = reducer(INITIAL_STATE, { type: 'view', view: 'brokers', action: { type: 'setSizeBy', sizeBy: 'betweenness' } });
    expect(s.view).toBe(INITIAL_STATE.view);
    expect(s.views.brokers).toEqual({ ...(INITIAL_STATE.views.brokers as object), sizeBy: 'betweenness' });
    for (const v of VIEW_LIST) if (v.id !== 'brokers') expect(s.views[v.id]).toBe(INITIAL_STATE.views[v.id]);
    expect(reducer(INITIAL_STATE, { type: 'view', view: 'matrix', action: { type: 'toggleLinks' }, show: true }).views.matrix).toEqual({ showLinks: true });
    expect(reducer(INITIAL_STATE, { type: 'view', view: 'nope', action: {} })).toBe(INITIAL_STATE);
  });

  it('the shell, state, URL, legend and sidebar code never names a view', () => {
    const files = [
      ...readdirSync(`${src}/app`).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => `app/${f}`),
      ...readdirSync(`${src}/state`).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => `state/${f}`),
      'components/Legend.tsx',
      'components/FilterSidebar.tsx',
    ];
    const named: string[] = [];
    for (const f of files) {
      const text = readFileSync(`${src}/${f}`, 'utf8');
      for (const id of VIEWS) if (new RegExp(`['"\`]${id}['"\`]`).test(text)) named.push(`${f}: ${id}`);
    }
    expect(named).toEqual([]);
  });
});

const ENV = { lang: 'nb' as const, t: (k: string) => k, colors: new Map<string, string>(), sectorOrder: [], sectors: [], presenting: false, textScale: 1 };
