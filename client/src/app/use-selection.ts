/**
 * What is selected and what the panels show about it: labels of ids, the
 * details of the selected node or edge, the open document, and choosing a
 * node from search (which opens the view that holds it, from the views'
 * declarations) or from a list (centring the canvas on it).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type RefObject } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, NodeSummary, Path, Subgraph } from '../api/index.ts';
import type { EdgeDetails } from '../components/DetailsPanel.tsx';
import type { GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { summaryLabel } from '../graph/index.ts';
import { isMessageKey, type Translate } from '../i18n/index.ts';
import type { Action, ExplorerState, Selection } from '../state/index.ts';
import { currentView } from '../state/index.ts';
import { VIEW_LIST } from '../views/index.ts';
import { isGroupId } from '../views/shared/overview.tsx';
import { useAsync } from './use-async.ts';

export interface SelectionInput {
  api: ApiClient;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  elements: ElementDefinition[];
  structureKey: string;
  graph: Subgraph | null;
  path: Path | null;
  canvas: RefObject<GraphCanvasHandle | null>;
  reload: number;
  t: Translate;
}

/**
 * The selected node's full name and kind as the canvas's elements have them,
 * for the details panel to show while the node's details load; null for an
 * edge, a group (it has its own panel) or a node not drawn.
 */
export function detailsPreview(elements: readonly ElementDefinition[], sel: Selection | null, t: Translate): { title: string; eyebrow: string } | null {
  if (sel?.type !== 'node' || isGroupId(sel.id)) return null;
  const el = elements.find((e) => e.group === 'nodes' && e.data.ref === sel.id && typeof e.data.type === 'string');
  if (!el) return null;
  const title = (el.data.name as string | undefined) || (el.data.label as string | undefined) || '';
  const typeKey = `type.${el.data.type as string}`;
  return title ? { title, eyebrow: isMessageKey(typeKey) ? t(typeKey) : '' } : null;
}

export function useSelection({ api, state, dispatch, elements, structureKey, graph, path, canvas, reload, t }: SelectionInput) {
  const pendingCenter = useRef<string | null>(null);
  const [extraLabels, setExtraLabels] = useState<Record<string, string>>({});
  const refLabel = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of elements) if (e.group === 'nodes' && typeof e.data.ref === 'string' && typeof e.data.type === 'string') m.set(e.data.ref, (e.data.short as string | undefined) ?? (e.data.label as string));
    for (const n of graph?.nodes ?? []) if (!m.has(n.id)) m.set(n.id, n.data.label);
    for (const n of path?.nodes ?? []) if (!m.has(n.id)) m.set(n.id, summaryLabel(n));
    return m;
  }, [elements, graph, path]);
  const labelOf = useCallback((id: string) => refLabel.get(id) ?? extraLabels[id] ?? id.replace(/^[a-z]+:/, ''), [refLabel, extraLabels]);

  const sel = state.selection;
  const edgeEl = sel?.type === 'edge' ? elements.find((e) => e.group === 'edges' && e.data.ref === sel.id) : undefined;
  const edgeInfo = useMemo(() => {
    if (!edgeEl) return null;
    const src = elements.find((e) => e.data.id === edgeEl.data.source)?.data.ref as string | undefined;
    const tgt = elements.find((e) => e.data.id === edgeEl.data.target)?.data.ref as string | undefined;
    return src && tgt ? { type: edgeEl.data.type as string, source: src, target: tgt } : null;
  }, [edgeEl, elements]);
  // Groups of an overview or a matrix cell have their own panel, not the API's node details.
  const nodeDetails = useAsync(sel?.type === 'node' && !isGroupId(sel.id) ? `node|${sel.id}` : null, (s) => api.node(sel!.id, s), reload);
  const edgeKey = edgeInfo ? `edge|${edgeInfo.type}|${edgeInfo.source}|${edgeInfo.target}` : null;
  const edgeDetails = useAsync<EdgeDetails | null>(
    edgeKey,
    async (s) => {
      const e = edgeInfo!;
      if (e.type === 'COORDINATES_WITH') {
        const list = await api.coordination([e.source, e.target], s);
        const c = list.find((x) => (x.source.id === e.source && x.target.id === e.target) || (x.source.id === e.target && x.target.id === e.source)) ?? null;
        return { kind: 'coordination', source: e.source, target: e.target, coordination: c };
      }
      return { kind: 'relation', type: e.type, source: e.source, target: e.target, path: await api.path(e.source, e.target, 1, s) };
    },
    reload,
  );
  const doc = useAsync(state.document ? `doc|${state.document.id}` : null, (s) => api.document(state.document!.id, s), reload);
  const inView = !!sel && elements.some((e) => e.data.ref === sel.id);
  // The selected node's name and kind as the canvas has them: the details panel shows them while the details load.
  const preview = useMemo(() => detailsPreview(elements, sel, t), [sel, elements, t]);

  // Centre on a node chosen in search or in a list, once it is on the canvas.
  useEffect(() => {
    const id = pendingCenter.current;
    if (id && elements.some((e) => e.data.ref === id)) {
      pendingCenter.current = null;
      requestAnimationFrame(() => canvas.current?.center(id));
    }
  }, [structureKey, elements, state.selection, canvas]);

  const select = useCallback((selection: Selection | null) => dispatch({ type: 'select', selection }), [dispatch]);
  const selectAndCenter = useCallback(
    (selection: Selection) => {
      pendingCenter.current = selection.id;
      dispatch({ type: 'select', selection });
    },
    [dispatch],
  );
  const chooseNode = useCallback(
    (n: NodeSummary) => {
      // A document opens in the document view, from its beginning.
      if (n.__typename === 'Document') {
        dispatch({ type: 'openDocument', document: { id: n.id, start: 0, end: 0 } });
        return;
      }
      const onCanvas = elements.some((e) => e.data.ref === n.id);
      const here = currentView(state);
      // Not on the canvas and not listed by this view: open the view that is its home.
      const home = !onCanvas && !here.lists.includes(n.__typename) ? VIEW_LIST.find((v) => v.homeOf.includes(n.__typename)) : undefined;
      if (home && home.id !== state.view) dispatch({ type: 'setView', view: home.id });
      // In its own view but not drawn (inside a group of a large map, or outside the focus): focus on it.
      if (!onCanvas && (home ?? here).focusable && (home ?? here).homeOf.includes(n.__typename)) {
        dispatch({ type: 'focus', id: n.id });
        return;
      }
      pendingCenter.current = n.id;
      dispatch({ type: 'select', selection: { type: 'node', id: n.id } });
    },
    [elements, state, dispatch],
  );
  const pickPathEnd = useCallback(
    (end: 'from' | 'to', n: NodeSummary) => {
      const label = n.__typename === 'Actor' ? n.abbreviation || n.name : n.__typename === 'Measure' ? `Tiltak ${n.number}` : 'name' in n ? n.name : n.title;
      setExtraLabels((x) => ({ ...x, [n.id]: label }));
      dispatch({ type: 'setPathEnd', end, id: n.id });
    },
    [dispatch],
  );
  return { labelOf, sel, preview, edgeInfo, nodeDetails, edgeDetails, doc, inView, select, selectAndCenter, chooseNode, pickPathEnd };
}
