/**
 * The one component that holds a Cytoscape core. It receives positioned
 * elements and classes to show (filtered, selected, on a path, in a story's
 * spotlight) and reports taps; it never decides what to show. It also exposes
 * PNG/SVG export and a `window.__samkart` hook for the browser tests. In a
 * presentation (`animate`) a new element set fades in and the viewport glides
 * to the spotlight.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import { buildStylesheet, getCytoscape, type FilterResult } from '../graph/index.ts';
import { sceneFromCy, sceneToSvg } from '../export/index.ts';
import type { Selection } from '../state/index.ts';

export interface GraphCanvasHandle {
  png(): Promise<Blob>;
  /** The whole graph as a PNG data URL, for the printed handout. */
  pngDataUrl(): string;
  svg(title: string): string;
  fit(): void;
  zoomBy(factor: number): void;
  center(ref: string): void;
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  /** Changes when the element set changes (not just classes): the canvas then reloads and fits. */
  structureKey: string;
  lit: FilterResult | null;
  filterMode: 'dim' | 'hide';
  selection: Selection | null;
  pathIds: Set<string>;
  /** Refs of nodes and edges in the spotlight; everything else is toned down. */
  spot: Set<string>;
  fontScale: number;
  highContrast?: boolean;
  /** Presentation: fade between element sets and glide the viewport to the spotlight. */
  animate?: boolean;
  label: string;
  onSelect(selection: Selection | null): void;
  ref?: Ref<GraphCanvasHandle>;
}

declare global {
  interface Window {
    __samkart?: { cy?: Core; state?: unknown; studio?: unknown };
  }
}

const PADDING = 36;
const SPOT_PADDING = 70;
const FADE_MS = 180;
const GLIDE_MS = 650;
/** A spotlight on one or two nodes should not fill the screen. */
const MAX_SPOT_ZOOM = 1.4;
/** How much closer than the whole graph a spotlight may bring the viewer. */
const SPOT_CONTEXT = 1.8;
/** A small graph (an overlapping pair) is not blown up to fill the canvas. */
const MAX_FIT_ZOOM = 1.35;

/** Zoom and pan that fit `eles` into the canvas with `padding`, zoomed in at most to `maxZoom`. */
function viewportFor(cy: Core, eles: Collection, padding: number, maxZoom: number): { zoom: number; pan: { x: number; y: number } } {
  const bb = eles.boundingBox({});
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(1, bb.w), h / Math.max(1, bb.h))));
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  return { zoom, pan: { x: cy.width() / 2 - zoom * cx, y: cy.height() / 2 - zoom * cyy } };
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const loadToken = useRef(0);
  const pending = useRef(false);
  /** True once the viewer pans, zooms or centres by hand: then a resize keeps their view instead of fitting again. */
  const moved = useRef(false);

  /** Filters, selection, path and spotlight as classes, from the latest props. */
  const applyClasses = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const { lit, filterMode, selection, pathIds, spot } = latest.current;
    cy.batch(() => {
      cy.elements().removeClass('dim hidden sel hl path path-faded spot spot-faded');
      if (lit) {
        const cls = filterMode === 'hide' ? 'hidden' : 'dim';
        cy.elements().forEach((el) => {
          const id = el.id();
          const pass = el.isNode() ? lit.nodes.has(id) : lit.edges.has(id);
          if (!pass) el.addClass(cls);
        });
      }
      if (pathIds.size > 0) {
        cy.elements().forEach((el) => {
          if (el.isNode() && typeof el.data('type') !== 'string') return;
          el.addClass(pathIds.has(el.id()) ? 'path' : 'path-faded');
        });
      }
      const spotted = spotElements(cy, spot);
      if (spotted.length > 0) {
        spotted.addClass('spot');
        cy.elements().forEach((el) => {
          if (el.isNode() && typeof el.data('type') !== 'string') return;
          if (!el.hasClass('spot')) el.addClass('spot-faded');
        });
      }
      if (selection) {
        const picked = cy.elements().filter((el) => el.data('ref') === selection.id);
        picked.addClass('sel');
        if (selection.type === 'node') picked.connectedEdges().addClass('hl');
        else picked.connectedNodes().addClass('hl');
      }
    });
  };

  /** Fits the graph, or in a presentation the spotlight; `glide` animates the move. */
  const fitView = (glide: boolean) => {
    const cy = cyRef.current;
    if (!cy || cy.elements().length === 0) return;
    const spotted = latest.current.animate ? spotElements(cy, latest.current.spot) : cy.collection();
    const whole = viewportFor(cy, cy.elements(), PADDING, MAX_FIT_ZOOM);
    // The spotlight, zoomed in at most SPOT_CONTEXT times the whole view, so a few bodies keep their surroundings.
    const viewport = spotted.length > 0 ? viewportFor(cy, spotted, SPOT_PADDING, Math.min(MAX_SPOT_ZOOM, whole.zoom * SPOT_CONTEXT)) : whole;
    moved.current = false;
    cy.stop(true, false);
    if (glide) cy.animate(viewport, { duration: GLIDE_MS, easing: 'ease-in-out-cubic' });
    else cy.viewport(viewport);
  };

  // Create the core once.
  useEffect(() => {
    const cytoscape = getCytoscape();
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet({ fontScale: latest.current.fontScale, highContrast: latest.current.highContrast }),
      layout: { name: 'preset' },
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      pixelRatio: 'auto',
    });
    const tapped = (target: { data(key: string): unknown }) => {
      const ref = target.data('ref') as string | undefined;
      if (!ref || target.data('inert') || ref.startsWith('path:')) return null;
      return ref;
    };
    cy.on('tap', 'node', (e) => {
      const ref = tapped(e.target);
      if (ref) latest.current.onSelect({ type: 'node', id: ref });
    });
    cy.on('tap', 'edge', (e) => {
      const ref = tapped(e.target);
      if (ref) latest.current.onSelect({ type: 'edge', id: ref });
    });
    cy.on('tap', (e) => {
      if (e.target === cy) latest.current.onSelect(null);
    });
    cy.on('dragpan scrollzoom pinchzoom', () => {
      moved.current = true;
    });
    cyRef.current = cy;
    window.__samkart = { ...(window.__samkart ?? {}), cy };
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      cy.resize();
      // Panels above the canvas (an overlap's texts, a presentation's frame) change its size: fit again once it settles.
      if (!moved.current) {
        clearTimeout(resizeTimer);
        resizeTimer = setTimeout(() => {
          if (!moved.current && !pending.current) fitView(false);
        }, 120);
      }
    });
    if (container.current) observer.observe(container.current);
    return () => {
      clearTimeout(resizeTimer);
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    cyRef.current?.style(buildStylesheet({ fontScale: props.fontScale, highContrast: props.highContrast }));
  }, [props.fontScale, props.highContrast]);

  // Replace the elements when the structure changes, then fit; in a presentation, fade through.
  useEffect(() => {
    const cy = cyRef.current;
    const box = container.current;
    if (!cy || !box) return;
    const token = ++loadToken.current;
    const replace = () => {
      if (token !== loadToken.current || cyRef.current !== cy) return;
      cy.stop(true, false);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(latest.current.elements);
      });
      applyClasses();
      fitView(false);
      pending.current = false;
      box.classList.remove('fading');
    };
    if (latest.current.animate && cy.elements().length > 0) {
      pending.current = true;
      box.classList.add('fading');
      const timer = setTimeout(replace, FADE_MS);
      return () => clearTimeout(timer);
    }
    replace();
  }, [props.structureKey]);

  // Classes follow filters, selection, path and spotlight; in a presentation a new spotlight glides into view.
  const spotKey = [...props.spot].sort().join(',');
  const previousSpot = useRef(spotKey);
  useEffect(() => {
    if (pending.current) return;
    applyClasses();
    if (props.animate && spotKey !== previousSpot.current) fitView(true);
    previousSpot.current = spotKey;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.lit, props.filterMode, props.selection, props.pathIds, spotKey, props.structureKey]);

  useImperativeHandle(
    props.ref,
    () => ({
      async png() {
        const cy = cyRef.current!;
        return cy.png({ output: 'blob-promise', full: true, scale: 3, bg: '#FFFFFF' });
      },
      pngDataUrl() {
        const cy = cyRef.current;
        if (!cy || cy.elements().length === 0) return '';
        return cy.png({ output: 'base64uri', full: true, scale: 2, maxWidth: 2400, bg: '#FFFFFF' });
      },
      svg(title: string) {
        return sceneToSvg(sceneFromCy(cyRef.current!), title);
      },
      fit() {
        moved.current = false;
        cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: PADDING } }, { duration: 250 });
      },
      zoomBy(factor: number) {
        const cy = cyRef.current;
        if (!cy) return;
        moved.current = true;
        cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 } } }, { duration: 150 });
      },
      center(ref: string) {
        const cy = cyRef.current;
        if (!cy) return;
        const eles = cy.elements().filter((el) => el.data('ref') === ref);
        if (eles.length === 0) return;
        moved.current = true;
        const zoom = Math.max(cy.zoom(), 0.9);
        cy.animate({ center: { eles }, zoom }, { duration: 300 });
      },
    }),
    [],
  );

  return (
    <div
      ref={container}
      className={`graph-canvas${props.animate ? ' animated' : ''}`}
      role="img"
      aria-label={props.label}
      data-testid="graph-canvas"
    />
  );
}

/** Elements whose ref is in the spotlight, and the edges between two of them. */
function spotElements(cy: Core, spot: Set<string>): Collection {
  if (spot.size === 0) return cy.collection();
  const direct = cy.elements().filter((el) => spot.has(el.data('ref') as string));
  const nodes = direct.nodes();
  return direct.union(nodes.edgesWith(nodes));
}
