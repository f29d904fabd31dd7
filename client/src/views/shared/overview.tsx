/**
 * Level of detail for the network and measures views (issue 14.3). A whole
 * view is asked for as the server's `overview`: when it would draw more than
 * the budget, actors (or measures) are gathered into groups with their links
 * summed, and the groups a user expands come back as individuals. Filters go
 * to the server when the map is aggregated (so a narrow filter brings in
 * individuals); a focus always shows individuals. An aggregated map draws
 * each node's strongest links, at the server's positions. The group panel
 * lists a group's members with search and expands it in place.
 */
import { useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, GraphView, Overview, OverviewFilterInput, Subgraph } from '../../api/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { useAsync } from '../../app/use-async.ts';
import { activeFilterCount, subgraphElements, type Filters, type ViewMode } from '../../graph/index.ts';
import type { Translate } from '../../i18n/index.ts';
import type { ExplorerState } from '../../state/state.ts';
import { idListParam, type ParamSchema } from '../../state/url-schema.ts';
import { focusKey, loadGraph } from './graph-data.ts';
import { packWide } from './pack-wide.ts';
import type { PrintFact } from '../../components/PrintSheet.tsx';
import type { ViewEnv, ViewPanelProps, ViewRun } from '../types.ts';
import { overviewBox } from '../../../../graph/query/node-size.ts';

/** Most elements (nodes and edges) a view draws. */
export const ELEMENT_BUDGET = 2000;

/** Members shown in the group panel at a time. */
const MEMBER_LIMIT = 50;

export interface LodSlice {
  /** Groups shown as their members. */
  expand: string[];
}
export type LodAction = { type: 'expandGroup'; id: string } | { type: 'collapseGroup'; id: string } | { type: 'collapseAll' };

export const LOD_INITIAL: LodSlice = { expand: [] };

/** The slice's URL parameter, under the view's own name. */
export function lodParams(key: string): ParamSchema<LodSlice> {
  return { expand: idListParam(key) };
}

export function reduceLod(s: LodSlice, a: LodAction): LodSlice {
  if (a.type === 'expandGroup') return s.expand.includes(a.id) ? s : { expand: [...s.expand, a.id] };
  if (a.type === 'collapseGroup') return s.expand.includes(a.id) ? { expand: s.expand.filter((x) => x !== a.id) } : s;
  if (a.type === 'collapseAll') return s.expand.length ? { expand: [] } : s;
  return s;
}

export interface LodData {
  graph: Subgraph;
  /** The overview the graph came from; null for a focus. */
  overview: Overview | null;
}

/** The server filter for the explorer's filters. */
function serverFilters(f: Filters): Partial<OverviewFilterInput> {
  return { sectorIds: f.sectors, levelIds: f.levels, kinds: f.kinds, statuses: f.statuses, documentIds: f.documents, coordinationKinds: f.coordKinds };
}

/** Cache key of a view's data under level of detail. */
export function lodKey(view: GraphView, state: ExplorerState, slice: LodSlice): string {
  if (state.focus) return `lod:${view}${focusKey(state.focus)}`;
  return `lod:${view}|x=${slice.expand.join(',')}|f=${JSON.stringify(state.filters)}`;
}

/** Loads a view: a focus as individuals, else the overview (with the filters applied on the server when it is aggregated). */
export async function loadLod(api: ApiClient, view: GraphView, state: ExplorerState, slice: LodSlice, signal: AbortSignal): Promise<LodData> {
  if (state.focus) return { graph: await loadGraph(api, view, state.focus, signal), overview: null };
  const base: OverviewFilterInput = { view, budget: ELEMENT_BUDGET, expand: slice.expand, layout: true };
  let overview = await api.overview(base, signal);
  // Small enough to draw whole: the filters dim or hide in the browser, as for any view.
  if (overview.aggregated && activeFilterCount(state.filters) > 0) overview = await api.overview({ ...base, ...serverFilters(state.filters) }, signal);
  // An aggregated map comes laid out for the canvas, with room for its best-connected nodes' labels
  // (graph/query/snapshot/layouts.ts): drawn as it comes, with no layout run in the browser.
  if (overview.aggregated) return { graph: { nodes: overview.nodes, edges: overview.edges, truncated: false }, overview };
  // The server's components, packed for a wide canvas.
  return { graph: packWide({ nodes: overview.nodes, edges: overview.edges, truncated: false }), overview };
}

/** A group's member count drawn on its node: an SVG the node's size, the number in its middle (the label then needs no count). */
export function countBadge(count: number, w: number, h: number, lang: ViewEnv['lang'], color = '#111827'): string {
  const text = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB').format(count);
  const size = Math.round(Math.min(h * 0.45, (w * 0.8) / Math.max(1, text.length * 0.6)));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="700" font-size="${size}" fill="${color}">${text}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * A level-of-detail view's elements: a group node is labelled with what its
 * members share and shows its count on the node, so its label is short
 * enough to place among the others; its full label ("… · 2 aktører") stays
 * its name, for the tooltip, the table and the group panel.
 */
export function lodElements(data: LodData, env: Pick<ViewEnv, 'colors' | 'lang'>, mode: ViewMode): ElementDefinition[] {
  return subgraphElements(data.graph, { colors: env.colors }, mode).map((el) => {
    if (el.group !== 'nodes' || el.data.type !== 'Group') return el;
    const full = String(el.data.label ?? '');
    // The server's stem (graph/query/snapshot/groups.ts groupStem): what the members share, without the count.
    const stem = typeof el.data.stem === 'string' ? el.data.stem : null;
    // Smaller boxes than the element builder's (dozens of them share the canvas with their labels): the boxes the
    // server's overview layout keeps room for.
    const { w, h } = overviewBox({ type: 'Group', degree: 0, members: Number(el.data.memberCount ?? 0) });
    const badge = countBadge(Number(el.data.memberCount ?? 0), w, h, env.lang);
    return { ...el, data: { ...el.data, label: stem ?? full, name: full, badge, w, h } };
  });
}

/** The line under the canvas saying what is aggregated and how to see more. */
export function lodStatus(data: LodData | null, t: Translate): string | null {
  const o = data?.overview;
  if (!o || !o.aggregated) return null;
  const shown = o.nodes.filter((n) => n.data.type === 'Group').length;
  return t('lod.status', { groups: shown, nodes: o.totalNodes, edges: o.totalEdges, links: o.edges.length });
}

/** Whether an id is a group of an overview or of a matrix cell, or a cell's "more" pill (the API has no node for it). */
export function isGroupId(id: string | null | undefined): boolean {
  return !!id && (id.startsWith('group:') || id.startsWith('more:'));
}

export interface GroupPanelProps {
  api: ApiClient;
  groupId: string;
  label: string;
  memberCount: number;
  /** Members are measures (an OWNER_STATUS group), not actors. */
  measures: boolean;
  expanded: boolean;
  onExpand?(): void;
  onCollapse?(): void;
  onMember(id: string): void;
  onClose(): void;
}

/** A chosen group: its size, "expand in place", and its members as a searchable list. */
export function GroupPanel(props: GroupPanelProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const query = text.trim();
  const members = useAsync(`members|${props.groupId}|${query}`, async (signal) => {
    if (props.measures) return (await props.api.groupMeasures(props.groupId, query || null, MEMBER_LIMIT, signal)).map((m) => ({ id: m.id, label: `${t('group.measure', { n: m.number })}: ${m.title}` }));
    return (await props.api.groupMembers(props.groupId, query || null, MEMBER_LIMIT, signal)).map((a) => ({ id: a.id, label: a.abbreviation && a.abbreviation !== a.name ? `${a.name} (${a.abbreviation})` : a.name }));
  });
  return (
    <section className="group-panel" aria-labelledby="group-panel-heading" data-testid="group-panel">
      <header className="side-header">
        <h2 id="group-panel-heading" className="panel-title">
          {props.label}
        </h2>
        <button type="button" className="text-button" onClick={props.onClose} aria-label={t('group.close')}>
          ✕
        </button>
      </header>
      <div className="group-actions">
        {props.onExpand && !props.expanded && (
          <button type="button" className="button" onClick={props.onExpand} data-testid="group-expand">
            {t('group.expand', { n: props.memberCount })}
          </button>
        )}
        {props.onCollapse && props.expanded && (
          <button type="button" className="tool-button" onClick={props.onCollapse}>
            {t('group.collapse')}
          </button>
        )}
        <label className="group-search">
          <span className="visually-hidden">{t('group.search')}</span>
          <input type="search" value={text} placeholder={t('group.search')} onChange={(e) => setText(e.target.value)} data-testid="group-search" />
        </label>
      </div>
      {members.loading && <p className="muted">{t('app.loading')}</p>}
      {members.error && <p className="warn">{members.error.message}</p>}
      {members.data && (
        <>
          <p className="muted small">{members.data.length < MEMBER_LIMIT ? t('group.found', { n: members.data.length }) : t('group.first', { n: MEMBER_LIMIT })}</p>
          <ul className="plain group-members" data-testid="group-members">
            {members.data.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => props.onMember(m.id)}>
                  {m.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A level-of-detail view's top panel: the chosen group, its members and "expand" (measures for an owner-and-status group). */
export function LodGroupTop({ api, data, slice, selection, act, focus, select }: ViewPanelProps<LodSlice, LodData, null, LodAction>) {
  const id = selection?.type === 'node' && isGroupId(selection.id) ? selection.id : null;
  const group = id ? data?.overview?.groups.find((g) => g.id === id) : undefined;
  if (!id || !group) return null;
  return (
    <GroupPanel
      api={api}
      groupId={id}
      label={group.label}
      memberCount={group.memberCount}
      measures={group.grouping === 'OWNER_STATUS'}
      expanded={slice.expand.includes(id)}
      onExpand={() => {
        act({ type: 'expandGroup', id });
        select(null);
      }}
      onCollapse={() => act({ type: 'collapseGroup', id })}
      onMember={focus}
      onClose={() => select(null)}
    />
  );
}

/** A level-of-detail view's print facts: what the map gathers, when it does. */
export function lodPrintFacts({ data, env }: ViewRun<LodSlice, LodData, null>): PrintFact[] {
  const status = lodStatus(data, env.t);
  return status ? [{ label: env.t('print.lod'), value: status }] : [];
}
