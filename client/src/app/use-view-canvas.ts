/**
 * From the current view's module to what the canvas draws: the view's
 * elements, a path laid over them, one layout path (the view's own
 * positions; the server's force-directed ones; "by level" and "by sector"
 * with Cytoscape's layouts; a focused subgraph in the layout worker), the
 * view's decorations, and the filters' result. Never a force layout on the
 * main thread.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { Path } from '../api/index.ts';
import { activeFilterCount, applyFilters, carriedPositions, layoutPositions, pathOverlay, placeMissing, spacingFor, spreadTo, withPositions, type LayoutName, type Positions } from '../graph/index.ts';
import { forceLayoutInWorker } from '../graph/layout-client.ts';
import type { AnyView, ViewRun } from '../views/index.ts';

/** Positions for `elements` under `layout`: sync when cheap, else from the layout worker (null until it answers). */
function useLayout(elements: ElementDefinition[], layout: LayoutName | null, sectorOrder: readonly string[]): { positions: Positions | null; error: string | null } {
  const sync = useMemo<Positions | null>(() => {
    if (layout === null) return {};
    if (layout !== 'fcose') return layoutPositions(elements, layout, sectorOrder);
    // The server's positions for the whole view; a node the layout did not see is placed next to its neighbours.
    const carried = carriedPositions(elements);
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    return Object.keys(carried).length > 0 && Object.keys(carried).length >= nodes / 2 ? placeMissing(elements, spreadTo(carried, spacingFor(elements))) : null;
  }, [elements, layout, sectorOrder]);
  const [worked, setWorked] = useState<{ for: ElementDefinition[]; positions: Positions | null; error: string | null } | null>(null);
  useEffect(() => {
    if (sync !== null) return;
    let live = true;
    forceLayoutInWorker(elements, sectorOrder).then(
      (positions) => live && setWorked({ for: elements, positions, error: null }),
      (err: unknown) => live && setWorked({ for: elements, positions: null, error: String((err as Error)?.message ?? err) }),
    );
    return () => {
      live = false;
    };
  }, [sync, elements, sectorOrder]);
  if (sync !== null) return { positions: sync, error: null };
  return worked && worked.for === elements ? { positions: worked.positions, error: worked.error } : { positions: null, error: null };
}

/** The canvas's elements for the current view. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useViewCanvas(view: AnyView, run: ViewRun<any, any, any>, path: Path | null) {
  const { state, slice, data, extra, env } = run;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const base = useMemo<ElementDefinition[]>(() => view.elements(run), [view, slice, data, extra, env, state.focus]);
  const preset = view.layout(slice) === 'preset';
  const overlay = useMemo(() => pathOverlay(base, path, !preset), [base, path, preset]);
  const all = useMemo(() => [...base, ...overlay.extra], [base, overlay.extra]);
  const layout = useLayout(all, preset ? null : state.layout, env.sectorOrder);
  const positioned = useMemo(() => (preset ? all : layout.positions ? withPositions(all, layout.positions) : []), [preset, all, layout.positions]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const elements = useMemo(() => (view.decorate ? view.decorate(positioned, run) : positioned), [view, positioned, slice, data]);
  const structureKey = useMemo(
    () => `${view.id}|${JSON.stringify(slice)}|${preset ? '' : state.layout}|${env.lang}|${elements.map((e) => e.data.id as string).join(',')}`,
    [elements, view.id, slice, preset, state.layout, env.lang],
  );
  const lit = useMemo(() => (activeFilterCount(state.filters) > 0 ? applyFilters(elements, state.filters) : null), [elements, state.filters]);
  const laying = !preset && base.length > 0 && !layout.positions && !layout.error;
  return { elements, overlay, structureKey, lit, laying, layoutError: layout.error };
}
