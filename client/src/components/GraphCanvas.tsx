/**
 * The one component that holds a Cytoscape core. It receives positioned
 * elements and classes to show (filtered, selected, on a path, in a story's
 * spotlight) and reports taps; it never decides what to show. It also exposes
 * PNG/SVG export and a `window.__samkart` hook for the browser tests. In a
 * presentation (`animate`) a new element set fades in and the viewport glides
 * to the spotlight.
 *
 * Labels stay readable at any zoom: each shown label is drawn at least
 * `minLabelPx` on screen, and where labels would collide the less connected
 * node's label is shortened or left out (label-placement.ts); hovering a node
 * shows its full name, kind and level in a tooltip (a plain element placed at
 * the node's rendered position: the canvas never scrolls and the tooltip
 * needs no flipping, so a popper library would add a dependency and a
 * Cytoscape extension for nothing). The view fits again when
 * the canvas changes size (a panel opens or closes) and when a filter hides
 * or brings back nodes, so the nodes shown are never left off screen.
 */
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Collection, Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import { buildStylesheet, FONT_STACK, getCytoscape, STAGE_ABOVE, stagedReplace, type FilterResult, type StagedLoad } from '../graph/index.ts';
import { isMessageKey } from '../i18n/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { placeLabels, type LabelCandidate, type LabelSide } from './label-placement.ts';
import { sceneFromCy, sceneToSvg, type FigureText } from '../export/index.ts';
import type { Selection } from '../state/index.ts';

export interface GraphCanvasHandle {
  png(): Promise<Blob>;
  /** The whole graph as a PNG data URL, for the printed handout. */
  pngDataUrl(): string;
  /** The drawing as SVG: bare with a title, or framed as a figure (title, date, legend, sources). */
  svg(title: string | FigureText): string;
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
  /** Smallest label size on screen, px: 12 at the desk, 18 on a projector. */
  minLabelPx?: number;
  /** Name of a level id, for the hover tooltip. */
  levelName?(id: string): string;
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
/** A size change smaller than this (scrollbars, rounding) keeps the view as it is. */
const RESIZE_REFIT_PX = 24;
const LABEL_FONT_WEIGHT = 600;
/** Space between a node and its label on screen, px. */
const LABEL_MARGIN_PX = 3;

/** The classes the canvas sets from its props (applyClasses); views' own classes are left alone. */
const CANVAS_CLASSES = ['dim', 'hidden', 'sel', 'hl', 'path', 'path-faded', 'spot', 'spot-faded'] as const;

/** Cytoscape label alignment for a side (or corner) of the node, `margin` in model units. */
function sideStyle(side: LabelSide, margin: number): Record<string, string | number> {
  // Every side sets all four, so that a label moved from one side to another needs no style removed first.
  if (side === 'center') return { 'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 0 };
  const [v, h] = side.includes('-') ? (side.split('-') as ['top' | 'bottom', 'left' | 'right']) : side === 'left' || side === 'right' ? ['center', side] : [side, 'center'];
  return {
    'text-valign': v,
    'text-halign': h,
    'text-margin-x': h === 'right' ? margin : h === 'left' ? -margin : 0,
    'text-margin-y': v === 'bottom' ? margin : v === 'top' ? -margin : 0,
  };
}

/** The label properties the placement sets on a node. */
const LABEL_PROPS = 'label font-size text-max-width text-wrap text-valign text-halign text-margin-x text-margin-y';
/** A node's label as its stylesheet gives it (size in model px, side), and the label style last set on it (its key; '' for none). */
interface LabelStyle {
  fontPx: number;
  valign: 'center' | 'bottom';
  set: string;
}

/** Nodes whose labels the placement manages: graph nodes, not the matrix's boxes and headers (sized for their own text). */
const managed = (n: NodeSingular) => typeof n.data('type') === 'string' && !n.hasClass('mx-actor') && !n.data('inert');

/**
 * The elements to fit: the nodes shown (a hiding filter leaves the rest out), else all nodes. Nodes only, as the
 * lines run between them: an edge's bounding box needs its curve, and computing the curves of tens of thousands
 * of edges took seconds before the first frame. Shown by class (`.hidden` is the stylesheet's only rule that hides),
 * so that fitting does not compute every element's style first.
 */
function shownElements(cy: Core): Collection {
  const shown: Collection = cy.nodes().not('.hidden');
  return shown.length > 0 ? shown : cy.nodes().union(cy.collection());
}

export interface HoverInfo {
  x: number;
  y: number;
  name: string;
  label: string;
  kind: string;
  levels: string[];
}

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
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const loadToken = useRef(0);
  const pending = useRef(false);
  /** True once the viewer pans or zooms by hand: then a resize keeps their view instead of fitting again. */
  const moved = useRef(false);
  /** The node last centred on (search, table): a resize centres it again. */
  const centred = useRef<string | null>(null);
  const measureCtx = useRef<CanvasRenderingContext2D | null>(null);
  const labelTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Per node, its stylesheet's label and the label style set on it; null when the stylesheet changed (then every node is read again). */
  const labelStyles = useRef<WeakMap<NodeSingular, LabelStyle> | null>(new WeakMap());
  /** The stylesheet the core has (its options as a key). */
  const sheetKey = useRef('');
  /** The props the classes were last applied for (classesKeyOf). */
  const classesForRef = useRef<unknown[]>([]);

  /** Label text and size of every managed node, so that each shown label is at least `minLabelPx` on screen and none overlap. */
  const layoutLabels = () => {
    const cy = cyRef.current;
    if (!cy || cy.width() === 0) return;
    const minPx = latest.current.minLabelPx ?? 12;
    const zoom = cy.zoom();
    const nodes = cy.nodes().filter((n) => managed(n) && typeof n.data('label') === 'string' && n.data('label') !== '');
    if (nodes.length === 0) return;
    if (!measureCtx.current) measureCtx.current = document.createElement('canvas').getContext('2d');
    const ctx = measureCtx.current;
    // What each node's stylesheet gives (read once per element and stylesheet), and the label style last set on it.
    if (!labelStyles.current) {
      nodes.removeStyle(LABEL_PROPS);
      labelStyles.current = new WeakMap();
    }
    const styles = labelStyles.current;
    const styleOf = (n: NodeSingular): LabelStyle => {
      let st = styles.get(n);
      if (!st) styles.set(n, (st = { fontPx: parseFloat(n.style('font-size')), valign: n.style('text-valign') === 'center' ? 'center' : 'bottom', set: '' }));
      return st;
    };
    cy.batch(() => {
      const selected = latest.current.selection?.id;
      const spot = latest.current.spot;
      const candidates: LabelCandidate[] = [];
      let fontPx = minPx;
      nodes.forEach((n) => {
        if (!n.visible()) return;
        const st = styleOf(n);
        fontPx = Math.max(fontPx, Math.min(st.fontPx * zoom, minPx * 1.6));
        const p = n.renderedPosition();
        const ref = n.data('ref') as string;
        // Most connected in the view first (links drawn here), the data's degree breaking ties.
        const priority = (ref === selected ? 1e6 : 0) + (spot.has(ref) ? 1e5 : 0) + (n.hasClass('broker') ? 1e4 : 0) + n.degree(false) + ((n.data('degree') as number) ?? 0) / 1000;
        candidates.push({
          id: n.id(),
          text: n.data('label') as string,
          short: (n.data('short') as string | undefined) ?? undefined,
          priority,
          x: p.x,
          y: p.y,
          w: n.renderedOuterWidth(),
          h: n.renderedOuterHeight(),
          valign: st.valign,
        });
      });
      // Labels are drawn at the larger of the stylesheet's size on screen and the minimum; where that does not fit, at the minimum.
      const font = (px: number) => `${LABEL_FONT_WEIGHT} ${px}px ${FONT_STACK}`;
      const measure = (text: string) => {
        if (!ctx) return text.length * fontPx * 0.6;
        ctx.font = font(fontPx);
        return ctx.measureText(text).width;
      };
      // The box Cytoscape draws (measured in Chromium): the text with about 3.5 px of background padding each side, 1.56 em high,
      // reaching about 1 px over the node's edge towards it; a little more is reserved, so that drawn boxes never overlap.
      const placed = placeLabels(candidates, { fontPx, minFontPx: minPx, measure, margin: -1.5, padX: 4, boxEm: 1.62, gap: 1.5, bounds: { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() } });
      nodes.forEach((n) => {
        const choice = placed.get(n.id());
        const st = styleOf(n);
        // Set, and changed, only where it changes: every style change computes the node's whole style again, and
        // most nodes of a large map keep their label, or stay without one, from one placement to the next.
        let want: Record<string, string | number> | null = null;
        if (choice?.text) {
          // text-wrap none: the box the placement measured is the box drawn, on the side it chose.
          const width = (measure(choice.text) * choice.fontPx) / fontPx;
          want = { label: choice.text, 'font-size': choice.fontPx / zoom, 'text-wrap': 'none', 'text-max-width': `${Math.ceil((width + choice.fontPx) / zoom)}px`, ...sideStyle(choice.side, LABEL_MARGIN_PX / zoom) };
        }
        const key = want ? JSON.stringify(want) : '';
        if (key !== st.set) {
          if (want) n.style(want);
          else n.removeStyle(LABEL_PROPS);
          st.set = key;
        }
        // A class, not a bypass: Cytoscape ignores an empty label bypass.
        if (choice && n.hasClass('label-off') !== !choice.text) n.toggleClass('label-off', !choice.text);
      });
    });
  };
  const scheduleLabels = () => {
    clearTimeout(labelTimer.current);
    labelTimer.current = setTimeout(layoutLabels, 60);
  };
  /** Labels now, and none pending: what a fit just scheduled is already done. */
  const labelsNow = () => {
    clearTimeout(labelTimer.current);
    layoutLabels();
  };
  /** Whether the selected node's label is drawn in full already: then selecting it changes no placement worth redoing. */
  const selectionLabelShown = () => {
    const cy = cyRef.current;
    const id = latest.current.selection?.id;
    if (!cy || !id) return true;
    const nodes = cy.nodes().filter((n) => n.data('ref') === id && managed(n));
    return nodes.toArray().every((n) => !n.hasClass('label-off') && n.style('label') === n.data('label'));
  };

  /**
   * Filters, selection, path and spotlight as classes, from the latest props.
   * Only elements whose classes change are touched: Cytoscape restyles every
   * element whose classes change, and a click that selects one node should not
   * restyle ten thousand.
   */
  const applyClasses = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const { lit, filterMode, selection, pathIds, spot } = latest.current;
    const want = new Map<string, string[]>();
    const put = (el: { id(): string }, cls: string) => {
      const list = want.get(el.id());
      if (list) list.push(cls);
      else want.set(el.id(), [cls]);
    };
    const graphElement = (el: SingularElementArgument) => !el.isNode() || typeof el.data('type') === 'string';
    if (lit) {
      const cls = filterMode === 'hide' ? 'hidden' : 'dim';
      cy.elements().forEach((el) => {
        const id = el.id();
        const pass = el.isNode() ? lit.nodes.has(id) : lit.edges.has(id);
        if (!pass) put(el, cls);
      });
    }
    if (pathIds.size > 0) {
      cy.elements().forEach((el) => {
        if (graphElement(el)) put(el, pathIds.has(el.id()) ? 'path' : 'path-faded');
      });
    }
    const spotted = spotElements(cy, spot);
    if (spotted.length > 0) {
      spotted.forEach((el) => put(el, 'spot'));
      cy.elements().forEach((el) => {
        if (graphElement(el) && !spotted.has(el)) put(el, 'spot-faded');
      });
    }
    if (selection) {
      const picked = cy.elements().filter((el) => el.data('ref') === selection.id);
      picked.forEach((el) => put(el, 'sel'));
      (selection.type === 'node' ? picked.connectedEdges() : picked.connectedNodes()).forEach((el) => put(el, 'hl'));
    }
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const mine = want.get(el.id());
        for (const cls of CANVAS_CLASSES) {
          const on = !!mine && mine.includes(cls);
          if (el.hasClass(cls) !== on) el.toggleClass(cls, on);
        }
      });
    });
  };

  /** Fits the graph, or in a presentation the spotlight; `glide` animates the move. */
  const fitView = (glide: boolean) => {
    const cy = cyRef.current;
    if (!cy || cy.elements().length === 0) return;
    const spotted = latest.current.animate ? spotElements(cy, latest.current.spot) : cy.collection();
    const whole = viewportFor(cy, shownElements(cy), PADDING, MAX_FIT_ZOOM);
    // The spotlight, zoomed in at most SPOT_CONTEXT times the whole view, so a few bodies keep their surroundings.
    const viewport = spotted.length > 0 ? viewportFor(cy, spotted, SPOT_PADDING, Math.min(MAX_SPOT_ZOOM, whole.zoom * SPOT_CONTEXT)) : whole;
    moved.current = false;
    centred.current = null;
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
      centred.current = null;
    });
    cy.on('viewport', scheduleLabels);
    const box = container.current;
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (!tapped(n) || !box) return;
      box.style.cursor = 'pointer';
      const p = n.renderedPosition();
      setHover({
        x: p.x,
        y: p.y - n.renderedOuterHeight() / 2,
        name: (n.data('name') as string) || (n.data('label') as string) || '',
        label: (n.data('label') as string) || '',
        kind: (n.data('kind') as string) || (n.data('type') as string) || '',
        levels: (n.data('levelIds') as string[] | undefined) ?? [],
      });
    });
    cy.on('mouseout', 'node', () => {
      if (box) box.style.cursor = '';
      setHover(null);
    });
    cy.on('mouseover', 'edge', (e) => {
      if (box && tapped(e.target)) box.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'edge', () => {
      if (box) box.style.cursor = '';
    });
    cy.on('viewport tap', () => setHover(null));
    cyRef.current = cy;
    window.__samkart = { ...(window.__samkart ?? {}), cy };
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    let size = { w: container.current?.clientWidth ?? 0, h: container.current?.clientHeight ?? 0 };
    const observer = new ResizeObserver(() => {
      cy.resize();
      const now = { w: container.current?.clientWidth ?? 0, h: container.current?.clientHeight ?? 0 };
      const delta = { w: now.w - size.w, h: now.h - size.h };
      if (Math.abs(delta.w) < RESIZE_REFIT_PX && Math.abs(delta.h) < RESIZE_REFIT_PX) return;
      size = now;
      // A view moved by hand keeps the point it had in the middle.
      if (moved.current) cy.panBy({ x: delta.w / 2, y: delta.h / 2 });
      // A panel opening or closing (details, filters, an overlap's texts, a presentation's frame) changes the canvas's size:
      // once it settles, fit again, or centre again on the node last centred; a view moved by hand keeps its centre.
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (pending.current) return;
        const ref = centred.current;
        const target = ref ? cy.elements().filter((el) => el.data('ref') === ref) : cy.collection();
        if (!moved.current && target.length > 0) cy.center(target);
        else if (!moved.current) fitView(false);
        scheduleLabels();
      }, 120);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      clearTimeout(resizeTimer);
      clearTimeout(labelTimer.current);
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
    // The core is made once; its handlers read the latest props through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const key = `${props.fontScale}|${props.highContrast}`;
    if (sheetKey.current && sheetKey.current !== key) {
      cyRef.current?.style(buildStylesheet({ fontScale: props.fontScale, highContrast: props.highContrast }));
      labelStyles.current = null;
    }
    sheetKey.current = key;
    scheduleLabels();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.fontScale, props.highContrast, props.minLabelPx]);

  // Replace the elements when the structure changes, then fit; in a presentation, fade through.
  useEffect(() => {
    const cy = cyRef.current;
    const box = container.current;
    if (!cy || !box) return;
    const token = ++loadToken.current;
    let staged: StagedLoad | null = null;
    const settled = () => {
      pending.current = false;
      box.classList.remove('fading');
      classesForRef.current = classesKeyOf(latest.current);
    };
    const replace = () => {
      if (token !== loadToken.current || cyRef.current !== cy) return;
      cy.stop(true, false);
      const elements = latest.current.elements;
      if (elements.length > STAGE_ABOVE) {
        // Hundreds of bodies: styled, fitted and labelled over several tasks, drawn once when done (staged-load.ts),
        // and without fades (class quiet).
        pending.current = true;
        let appliedFor: unknown[] = [];
        const quiet = elements.map((el) => ({ ...el, classes: Array.isArray(el.classes) ? [...el.classes, 'quiet'] : el.classes ? `${el.classes} quiet` : 'quiet' }));
        staged = stagedReplace(cy, quiet, {
          steps: [
            () => {
              appliedFor = classesKeyOf(latest.current);
              applyClasses();
              fitView(false);
            },
            labelsNow,
          ],
          done: () => {
            settled();
            // A filter or selection that changed while the map was loading (its effect waited for the load).
            if (classesForRef.current.some((v, i) => v !== appliedFor[i])) {
              applyClasses();
              scheduleLabels();
            }
          },
        });
        return;
      }
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      applyClasses();
      fitView(false);
      settled();
      labelsNow();
    };
    if (latest.current.animate && cy.elements().length > 0) {
      pending.current = true;
      box.classList.add('fading');
      const timer = setTimeout(replace, FADE_MS);
      return () => {
        clearTimeout(timer);
        staged?.cancel();
      };
    }
    replace();
    return () => staged?.cancel();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.structureKey]);

  // Classes follow filters, selection, path and spotlight; in a presentation a new spotlight glides into view.
  // A hiding filter changes what is shown: fit to what is left (or comes back), unless the viewer has moved the view
  // and something shown is still on screen. This is what kept the canvas blank after a fit to a filtered few.
  const spotKey = [...props.spot].sort().join(',');
  const previousSpot = useRef(spotKey);
  const shownKey = props.filterMode === 'hide' && props.lit ? `${props.lit.nodes.size}:${[...props.lit.nodes].sort().join(',')}` : 'all';
  const previousShown = useRef(shownKey);
  useEffect(() => {
    if (pending.current) return;
    // A new element set applied its classes itself (replace); a selection alone needs the labels placed again
    // only when the selected node's label is not drawn in full.
    const now = classesKeyOf(latest.current);
    const before = classesForRef.current;
    classesForRef.current = now;
    if (now.every((v, i) => v === before[i])) {
      previousSpot.current = spotKey;
      previousShown.current = shownKey;
      return;
    }
    applyClasses();
    const cy = cyRef.current;
    if (props.animate && spotKey !== previousSpot.current) fitView(true);
    else if (cy && shownKey !== previousShown.current && (!moved.current || !anyOnScreen(cy))) fitView(false);
    previousSpot.current = spotKey;
    previousShown.current = shownKey;
    const onlySelection = now.every((v, i) => i === 2 || v === before[i]);
    if (!onlySelection || !selectionLabelShown()) scheduleLabels();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.lit, props.filterMode, props.selection, props.pathIds, spotKey, props.structureKey, shownKey]);

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
      svg(title: string | FigureText) {
        return sceneToSvg(sceneFromCy(cyRef.current!), title);
      },
      fit() {
        const cy = cyRef.current;
        if (!cy) return;
        moved.current = false;
        centred.current = null;
        cy.animate(viewportFor(cy, shownElements(cy), PADDING, cy.maxZoom()), { duration: 250 });
      },
      zoomBy(factor: number) {
        const cy = cyRef.current;
        if (!cy) return;
        moved.current = true;
        centred.current = null;
        cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 } } }, { duration: 150 });
      },
      center(ref: string) {
        const cy = cyRef.current;
        if (!cy) return;
        const eles = cy.elements().filter((el) => el.data('ref') === ref);
        if (eles.length === 0) return;
        centred.current = ref;
        const zoom = Math.max(cy.zoom(), 0.9);
        cy.animate({ center: { eles }, zoom }, { duration: 300 });
      },
    }),
    [],
  );

  const kindLabel = (k: string) => {
    const key = `kind.${k}`;
    if (isMessageKey(key)) return t(key);
    const typeKey = `type.${k}`;
    return isMessageKey(typeKey) ? t(typeKey) : k;
  };
  return (
    <>
      <div
        ref={container}
        className={`graph-canvas${props.animate ? ' animated' : ''}`}
        role="img"
        aria-label={props.label}
        data-testid="graph-canvas"
      />
      {hover && (
        <div className="node-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }} data-testid="node-tooltip">
          <strong>{hover.name}</strong>
          {/* The short name, unless the full name already starts with it (a group: "Direktorat · Helse · 3 aktører"). */}
          {hover.label && !hover.name.startsWith(hover.label) && <span className="tip-short"> ({hover.label})</span>}
          <span className="tip-meta">
            {[kindLabel(hover.kind), ...hover.levels.map((l) => props.levelName?.(l) ?? l)].filter(Boolean).join(' · ')}
          </span>
        </div>
      )}
    </>
  );
}

/** What the canvas's classes depend on, to tell whether they need applying again. */
function classesKeyOf(p: GraphCanvasProps): unknown[] {
  const spotKey = [...p.spot].sort().join(',');
  const shownKey = p.filterMode === 'hide' && p.lit ? `${p.lit.nodes.size}:${[...p.lit.nodes].sort().join(',')}` : 'all';
  return [p.lit, p.filterMode, p.selection, p.pathIds, spotKey, p.structureKey, shownKey];
}

/** Whether any shown node lies within the viewport. */
function anyOnScreen(cy: Core): boolean {
  const ext = cy.extent();
  return (
    cy.nodes().filter((n) => {
      if (!n.visible()) return false;
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    }).length > 0
  );
}

/** Elements whose ref is in the spotlight, and the edges between two of them. */
function spotElements(cy: Core, spot: Set<string>): Collection {
  if (spot.size === 0) return cy.collection();
  const direct = cy.elements().filter((el) => spot.has(el.data('ref') as string));
  const nodes = direct.nodes();
  return direct.union(nodes.edgesWith(nodes));
}
