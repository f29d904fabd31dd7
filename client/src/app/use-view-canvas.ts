/**
 * From the current view's module to what the canvas draws: the view's
 * elements, a path laid over them, one layout path (the view's own
 * positions; the server's force-directed ones; "by level" and "by sector"
 * with Cytoscape's layouts; a focused subgraph in the layout worker), the
 * view's decorations, and the filters' result. Never a force layout on the
 * main thread.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { Path } from '../api/index.ts';
import { activeFilterCount, applyFilters, carriedPositions, layoutPositions, pathOverlay, placeMissing, spacingFor, spreadTo, withPositions, type LayoutName, type Positions } from '../graph/index.ts';
import { forceLayoutInWorker } from '../graph/layout-client.ts';
import type { AnyView, ViewRun } from '../views/index.ts';

/** Positions for `elements` under `layout`: sync when cheap, else from the layout worker (null until it answers). */
function useLayout(elements: ElementDefinition[], layout: LayoutName | null, sectorOrder: readonly string[]): { positions: Positions | null; error: string | null } {
  const sync = useMemo<Positions | null>(() => {
    if (layout === null) return {};
    if (layout !== 'force') return layoutPositions(elements, layout, sectorOrder);
    // The server's positions for the whole view; a node the layout did not see is placed next to its neighbours.
    const carried = carriedPositions(elements);
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    return Object.keys(carried).length > 0 && Object.keys(carried).length >= nodes / 2 ? placeMissing(elements, spreadTo(carried, spacingFor(elements))) : null;
  }, [elements, layout, sectorOrder]);
  const [worked, setWorked] = useState<{ for: ElementDefinition[]; positions: Positions | null; error: string | null } | null>(null);
  useEffect(() => {
    if (sync !== null) return;
    let live = true;
    // Scaled to the view's spacing as the server's positions are.
    forceLayoutInWorker(elements).then(
      (positions) => live && setWorked({ for: elements, positions: spreadTo(positions, spacingFor(elements)), error: null }),
      (err: unknown) => live && setWorked({ for: elements, positions: null, error: String((err as Error)?.message ?? err) }),
    );
    return () => {
      live = false;
    };
  }, [sync, elements]);
  if (sync !== null) return { positions: sync, error: null };
  return worked && worked.for === elements ? { positions: worked.positions, error: worked.error } : { positions: null, error: null };
}

/** A size change smaller than this (scrollbars, rounding) keeps the layout (GraphCanvas keeps its view below it too). */
const RESIZE_RELAYOUT_PX = 24;
/** How long the size must hold before a view laid out for it is laid out again (a panel's transition). */
const RESIZE_SETTLE_MS = 150;

/** The size of the element given to the returned ref, in CSS pixels, once it settles; null until measured. */
function useBoxSize(): [(el: HTMLElement | null) => void, { width: number; height: number } | null] {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    clearTimeout(timer.current);
    if (!el) return;
    const read = () => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.round(r.width), height: Math.round(r.height) };
      if (next.width === 0 || next.height === 0) return;
      setSize((prev) => (prev && Math.abs(prev.width - next.width) < RESIZE_RELAYOUT_PX && Math.abs(prev.height - next.height) < RESIZE_RELAYOUT_PX ? prev : next));
    };
    read();
    observer.current = new ResizeObserver(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(read, RESIZE_SETTLE_MS);
    });
    observer.current.observe(el);
  }, []);
  useEffect(() => () => {
    observer.current?.disconnect();
    clearTimeout(timer.current);
  }, []);
  return [ref, size];
}

/** The canvas's elements for the current view; `canvasBox` goes on the element the canvas fills. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useViewCanvas(view: AnyView, run: ViewRun<any, any, any>, path: Path | null, paletteReady = true) {
  const { state, slice, data, extra } = run;
  const [canvasBox, canvasSize] = useBoxSize();
  // A view laid out for the canvas's size gets it (and only such a view is built again when it changes).
  const sized = view.fitsCanvas ? canvasSize : null;
  const env = useMemo(() => (sized ? { ...run.env, canvas: sized } : run.env), [run.env, sized]);
  // Nothing is drawn before the sectors' colours are known: a map drawn grey would stay grey, as its ids do not change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const base = useMemo<ElementDefinition[]>(() => (paletteReady ? view.elements({ ...run, env }) : []), [view, slice, data, extra, env, state.focus, paletteReady]);
  const preset = view.layout(slice) === 'preset';
  const overlay = useMemo(() => pathOverlay(base, path, !preset), [base, path, preset]);
  const all = useMemo(() => [...base, ...overlay.extra], [base, overlay.extra]);
  const layout = useLayout(all, preset ? null : state.layout, env.sectorOrder);
  const positioned = useMemo(() => (preset ? all : layout.positions ? withPositions(all, layout.positions) : []), [preset, all, layout.positions]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const elements = useMemo(() => (view.decorate ? view.decorate(positioned, run) : positioned), [view, positioned, slice, data]);
  const structureKey = useMemo(
    // A view laid out for the canvas is drawn again when its layout changes (size, text scale), with the same ids.
    // The sectors too: their colours are in the elements' data (a new upload can bring a sector).
    () => `${view.id}|${JSON.stringify(slice)}|${preset ? '' : state.layout}|${env.lang}|${env.sectorOrder.join(',')}|${sized ? `${sized.width}x${sized.height}x${env.textScale}` : ''}|${elements.map((e) => e.data.id as string).join(',')}`,
    [elements, view.id, slice, preset, state.layout, env.lang, env.sectorOrder, sized, env.textScale],
  );
  const lit = useMemo(() => (activeFilterCount(state.filters) > 0 ? applyFilters(elements, state.filters) : null), [elements, state.filters]);
  const laying = !preset && base.length > 0 && !layout.positions && !layout.error;
  return { elements, overlay, structureKey, lit, laying, layoutError: layout.error, canvasBox };
}
