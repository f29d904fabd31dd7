/**
 * The one component that holds a Cytoscape core. It receives positioned
 * elements and classes to show (filtered, selected, on a path) and reports
 * taps; it never decides what to show. It also exposes PNG/SVG export and a
 * `window.__samkart` hook for the browser tests.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { buildStylesheet, getCytoscape, type FilterResult } from '../graph/index.ts';
import { sceneFromCy, sceneToSvg } from '../export/index.ts';
import type { Selection } from '../state/index.ts';

export interface GraphCanvasHandle {
  png(): Promise<Blob>;
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
  fontScale: number;
  label: string;
  onSelect(selection: Selection | null): void;
  ref?: Ref<GraphCanvasHandle>;
}

declare global {
  interface Window {
    __samkart?: { cy?: Core; state?: unknown };
  }
}

const PADDING = 36;

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;

  // Create the core once.
  useEffect(() => {
    const cytoscape = getCytoscape();
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet({ fontScale: props.fontScale }),
      layout: { name: 'preset' },
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      pixelRatio: 'auto',
    });
    cy.on('tap', 'node', (e) => {
      const ref = e.target.data('ref') as string | undefined;
      if (ref) onSelect.current({ type: 'node', id: ref });
    });
    cy.on('tap', 'edge', (e) => {
      const ref = e.target.data('ref') as string | undefined;
      if (ref && !ref.startsWith('path:')) onSelect.current({ type: 'edge', id: ref });
    });
    cy.on('tap', (e) => {
      if (e.target === cy) onSelect.current(null);
    });
    cyRef.current = cy;
    window.__samkart = { ...(window.__samkart ?? {}), cy };
    const observer = new ResizeObserver(() => cy.resize());
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    cyRef.current?.style(buildStylesheet({ fontScale: props.fontScale }));
  }, [props.fontScale]);

  // Replace the elements when the structure changes, then fit.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(props.elements);
    });
    cy.fit(undefined, PADDING);
    // Classes are applied by the effect below, which runs after this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.structureKey]);

  // Filters, selection and path as classes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { lit, filterMode, selection, pathIds } = props;
    cy.batch(() => {
      cy.elements().removeClass('dim hidden sel hl path path-faded');
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
      if (selection) {
        const picked = cy.elements().filter((el) => el.data('ref') === selection.id);
        picked.addClass('sel');
        if (selection.type === 'node') {
          picked.connectedEdges().addClass('hl');
        } else {
          picked.connectedNodes().addClass('hl');
        }
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.lit, props.filterMode, props.selection, props.pathIds, props.structureKey]);

  useImperativeHandle(
    props.ref,
    () => ({
      async png() {
        const cy = cyRef.current!;
        return cy.png({ output: 'blob-promise', full: true, scale: 3, bg: '#FFFFFF' });
      },
      svg(title: string) {
        return sceneToSvg(sceneFromCy(cyRef.current!), title);
      },
      fit() {
        cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: PADDING } }, { duration: 250 });
      },
      zoomBy(factor: number) {
        const cy = cyRef.current;
        if (!cy) return;
        cy.animate({ zoom: { level: cy.zoom() * factor, position: { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 } } }, { duration: 150 });
      },
      center(ref: string) {
        const cy = cyRef.current;
        if (!cy) return;
        const eles = cy.elements().filter((el) => el.data('ref') === ref);
        if (eles.length === 0) return;
        const zoom = Math.max(cy.zoom(), 0.9);
        cy.animate({ center: { eles }, zoom }, { duration: 300 });
      },
    }),
    [],
  );

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={props.label}
      data-testid="graph-canvas"
    />
  );
}
