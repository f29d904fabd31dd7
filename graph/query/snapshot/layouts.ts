/**
 * The layouts of a snapshot: every view's, and every view's overview at its
 * default grouping, queued in the layout thread as soon as the snapshot is
 * built (so the first visitor does not pay for them), one after the other.
 * A request that wants positions waits for its layout; nothing else does.
 */
import { labelledFirst } from '../label-room.ts';
import { overviewBox } from '../node-size.ts';
import { layoutGraph } from '../layout.ts';
import { sharedWork, versionWork } from '../shared-work.ts';
import { degrees, nodeData, selectView, viewHolds, type GraphViewName, type PreparedView } from '../subgraph.ts';
import { groupLabel, groupStem, type OverviewGrouping } from './groups.ts';
import { aggregate, defaultGrouping, drawnLinks, type SnapshotCore } from './overview.ts';
import { DRAWN_VIEWS as DRAWN, type GraphSnapshot, type Layout } from './snapshot.ts';

export { LABELLED_TOP, labelWidth } from '../label-room.ts';

/** The nodes a view's layout places: the whole view, so every focus finds its nodes placed. */
export function viewLayoutIds(s: SnapshotCore, view: GraphViewName, p: PreparedView): string[] {
  // Actors appear in the measures view only through their measures, so unlinked ones are left out there.
  return s.base.nodes.filter((n) => viewHolds(view, n) && (view !== 'MEASURES' || n.__typename === 'Measure' || p.adjacency.has(n.id))).map((n) => n.id);
}

/**
 * The layout of a view's whole overview at a grouping: its groups and the
 * nodes left alone, linked by the links the map draws (drawnLinks), with
 * room under the best connected for their labels, on a frame the shape of
 * the explorer's canvas, so the explorer draws it as it comes.
 */
export function layoutOverview(s: SnapshotCore, view: GraphViewName, grouping: OverviewGrouping, p: PreparedView): Promise<Layout> {
  const agg = s.aggregations.get(`${view}:${grouping}`)?.aggregation ?? aggregate(s, selectView(s.base, p, { view }), grouping, new Set(), null);
  const edges = drawnLinks(agg);
  const ids = [...agg.groups.keys(), ...agg.individuals].sort();
  // What the explorer writes under a node: a group's stem (its count is drawn on it), else the node's label.
  const text = (id: string) => {
    const g = agg.groups.has(id) ? s.groups.byId.get(id) : undefined;
    if (!g) return nodeData(s.base, p, id, 0).label;
    // A label that is only its count ("405 kommuner") is drawn whole.
    return groupStem(g) ?? groupLabel(g, agg.groups.get(id)!.length);
  };
  // Best connected first, as the explorer places labels (by links drawn, then id), each with room for its body as drawn.
  const degree = degrees(edges);
  const body = (id: string) => {
    const members = agg.groups.get(id)?.length;
    return overviewBox(members !== undefined ? { type: 'Group', degree: 0, members } : { type: nodeData(s.base, p, id, 0).type, degree: degree.get(id) ?? 0 });
  };
  return layoutGraph(ids, edges, { labels: labelledFirst(ids, degree, text, body) });
}

const later = new WeakMap<GraphSnapshot, Map<string, Promise<Layout>>>();

/** Layouts not made with the version: made on first use, then kept with the snapshot. */
function once(s: GraphSnapshot, key: string, make: () => Promise<Layout>): Promise<Layout> {
  let kept = later.get(s);
  if (!kept) later.set(s, (kept = new Map()));
  let layout = kept.get(key);
  if (!layout) {
    const made = versionWork(make());
    kept.set(key, (layout = made));
    made.catch(() => kept.delete(key));
  }
  return layout;
}

/** The layout of a view: the one queued with the version, or (ALL, which the explorer does not draw) made on first use. */
export function viewLayout(s: GraphSnapshot, view: GraphViewName): Promise<Layout> {
  const p = s.views.get(view)!;
  return sharedWork(s.layouts.get(view) ?? once(s, `view:${view}`, () => layoutGraph(viewLayoutIds(s, view, p), p.edges)));
}

/** An overview layout at a grouping that is not made with the version: made on first use, then kept with the snapshot. */
export function layoutOverviewOnce(s: GraphSnapshot, view: GraphViewName, grouping: OverviewGrouping, p: PreparedView): Promise<Layout> {
  return once(s, `overview:${view}:${grouping}`, () => layoutOverview(s, view, grouping, p));
}

/** Queues every layout of a fresh snapshot; a failed one fails only the requests that wait for it. */
export function startLayouts(s: SnapshotCore): Pick<GraphSnapshot, 'layouts' | 'overviewLayouts'> {
  const layouts = new Map<GraphViewName, Promise<Layout>>();
  const overviewLayouts = new Map<string, Promise<Layout>>();
  for (const view of DRAWN) {
    const p = s.views.get(view)!;
    const layout = versionWork(layoutGraph(viewLayoutIds(s, view, p), p.edges));
    layout.catch(() => {});
    layouts.set(view, layout);
  }
  for (const view of DRAWN) {
    const grouping = defaultGrouping(view);
    const layout = versionWork(layoutOverview(s, view, grouping, s.views.get(view)!));
    layout.catch(() => {});
    overviewLayouts.set(`${view}:${grouping}`, layout);
  }
  return { layouts, overviewLayouts };
}
