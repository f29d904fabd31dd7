/**
 * "Readable" measured: what the explorer's canvas shows as node labels, read
 * from Cytoscape in the page, and a check of it (issue 14.5). Reusable: the
 * scale suite runs it at 12 px for every view, and presentation mode can run
 * it at 18 px (`minPx`).
 *
 * `readLabels(page)` reads, through the page's test hook
 * (`window.__samkart.cy`), every node's shown label: the text Cytoscape draws
 * (the `label` style, so the canvas's own label placement counts), its size
 * on screen (font-size × zoom), and its box on screen
 * (`boundingBox({ includeLabels })` without the node body, times zoom plus
 * pan). A label counts as shown when the node is visible, its text is not
 * empty, its text and the node are not transparent, and its size on screen is
 * not below Cytoscape's `min-zoomed-font-size` (which stops drawing it).
 *
 * `checkLabels(reading, options)` is pure and says what fails:
 * - a shown label smaller than `minPx` on screen;
 * - one of the `top` most connected graph nodes (degree in the view; nodes
 *   with a `type` and a label) whose label is not shown, so hiding every label
 *   fails;
 * - two shown labels whose boxes overlap by more than `tolerancePx` each way.
 */
import type { Page } from 'playwright-core';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NodeLabel {
  id: string;
  /** The label the data gives the node ('' when it has none). */
  dataLabel: string;
  /** The text Cytoscape draws for it ('' when none). */
  text: string;
  /** Graph node (an actor, measure …: it has a `type`), as opposed to the matrix's headers and cells. */
  graphNode: boolean;
  degree: number;
  /** Font size on screen, px. */
  fontPx: number;
  shown: boolean;
  /** Why the label is not shown, when it is not. */
  hiddenBecause: string | null;
  /** The drawn label's box on screen, px. */
  box: Box | null;
}

export interface LabelReading {
  zoom: number;
  width: number;
  height: number;
  nodes: NodeLabel[];
}

export interface LabelCheckOptions {
  /** Smallest readable label on screen, px (12 at the desk; 18 for presentation mode). */
  minPx?: number;
  /** How many of the most connected graph nodes must show their labels. */
  top?: number;
  /** Overlap allowed between two label boxes, px each way (anti-aliasing, rounding). */
  tolerancePx?: number;
}

export interface LabelCheck {
  ok: boolean;
  minPx: number;
  /** Shown labels, and graph nodes that carry a label. */
  shown: number;
  labelled: number;
  smallestPx: number | null;
  tooSmall: { id: string; text: string; fontPx: number }[];
  /** Most connected graph nodes whose labels are not shown. */
  topHidden: { id: string; label: string; degree: number; why: string }[];
  overlaps: { a: string; b: string; dx: number; dy: number }[];
  /** Shown labels that run past the canvas's edge (a label cut off cannot be read). */
  cutOff: { id: string; text: string }[];
  /** One line per kind of failure, for a test's message. */
  problems: string[];
}

/** Reads every node's label as the canvas draws it now. Call when the canvas has settled (support.ts: canvasReady). */
export async function readLabels(page: Page): Promise<LabelReading> {
  return page.evaluate(() => {
    const cy = window.__samkart?.cy;
    if (!cy) throw new Error('no Cytoscape core in window.__samkart.cy');
    const zoom = cy.zoom();
    const pan = cy.pan();
    const px = (v: unknown) => (typeof v === 'number' ? v : parseFloat(String(v)) || 0);
    const nodes = cy.nodes().map((n) => {
      const text = String(n.style('label') ?? '').trim();
      const fontPx = px(n.style('font-size')) * zoom;
      const minZoomed = px(n.style('min-zoomed-font-size'));
      const hiddenBecause = !n.visible()
        ? 'node not visible'
        : text === ''
          ? 'no label drawn'
          : px(n.style('text-opacity')) === 0 || n.effectiveOpacity() === 0
            ? 'transparent'
            : minZoomed > 0 && fontPx < minZoomed
              ? `below min-zoomed-font-size (${fontPx.toFixed(1)} < ${minZoomed} px)`
              : null;
      let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
      if (hiddenBecause === null) {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeOverlays: false } as never);
        if (Number.isFinite(b.x1) && b.w > 0 && b.h > 0) box = { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
      }
      return {
        id: n.id(),
        dataLabel: String(n.data('label') ?? ''),
        text,
        graphNode: typeof n.data('type') === 'string',
        degree: n.degree(false),
        fontPx,
        shown: hiddenBecause === null,
        hiddenBecause,
        box,
      };
    });
    return { zoom, width: cy.width(), height: cy.height(), nodes };
  });
}

/** Reads the labels until two readings 250 ms apart are the same (the canvas places labels shortly after a viewport change). */
export async function waitForLabels(page: Page, timeoutMs = 30_000): Promise<LabelReading> {
  const key = (r: LabelReading) =>
    `${r.zoom.toFixed(4)}|${r.nodes.map((n) => `${n.text}:${n.fontPx.toFixed(1)}:${n.box ? `${Math.round(n.box.x1)},${Math.round(n.box.y1)}` : '-'}`).join(';')}`;
  const until = Date.now() + timeoutMs;
  let last = await readLabels(page);
  for (;;) {
    await page.waitForTimeout(250);
    const next = await readLabels(page);
    if (key(next) === key(last)) return next;
    if (Date.now() > until) throw new Error(`labels still changing after ${timeoutMs} ms`);
    last = next;
  }
}

/** What in `reading` is not readable. */
export function checkLabels(reading: LabelReading, options: LabelCheckOptions = {}): LabelCheck {
  const minPx = options.minPx ?? 12;
  const top = options.top ?? 30;
  const tol = options.tolerancePx ?? 1;
  const shown = reading.nodes.filter((n) => n.shown);
  // Rounding: font sizes are set to a tenth of a pixel.
  const tooSmall = shown.filter((n) => n.fontPx < minPx - 0.05).map((n) => ({ id: n.id, text: n.text, fontPx: n.fontPx }));
  const labelled = reading.nodes.filter((n) => n.graphNode && n.dataLabel.trim() !== '');
  const ranked = [...labelled].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The `top` most connected, with ties: every node more connected than the `top`-th must show
  // its label, and of the nodes tied with it, as many as are needed to make up `top` (which of
  // the tied ones is the placement's choice).
  const cut = top <= 0 ? Infinity : ranked.length > top ? ranked[top - 1].degree : -Infinity;
  const above = ranked.filter((n) => n.degree > cut);
  const tied = ranked.filter((n) => n.degree === cut);
  const tiedNeeded = Math.max(0, Math.min(Math.max(top, 0), ranked.length) - above.length);
  const tiedShortBy = Math.max(0, tiedNeeded - tied.filter((n) => n.shown).length);
  const topHidden = [...above.filter((n) => !n.shown), ...tied.filter((n) => !n.shown).slice(0, tiedShortBy)].map((n) => ({
    id: n.id,
    label: n.dataLabel,
    degree: n.degree,
    why: n.hiddenBecause ?? '',
  }));

  // Overlaps: sweep the boxes left to right.
  const boxes = shown.filter((n) => n.box).sort((a, b) => a.box!.x1 - b.box!.x1);
  const overlaps: LabelCheck['overlaps'] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i].box!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j].box!;
      if (b.x1 >= a.x2 - tol) break;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > tol && dy > tol) overlaps.push({ a: boxes[i].id, b: boxes[j].id, dx, dy });
    }
  }

  const cutOff = shown
    .filter((n) => n.box && (n.box.x1 < -tol || n.box.y1 < -tol || n.box.x2 > reading.width + tol || n.box.y2 > reading.height + tol))
    .map((n) => ({ id: n.id, text: n.text }));

  const problems: string[] = [];
  const sample = <T>(xs: T[], f: (x: T) => string) => `${xs.slice(0, 5).map(f).join('; ')}${xs.length > 5 ? ` … (${xs.length} in all)` : ''}`;
  if (tooSmall.length) problems.push(`${tooSmall.length} shown labels are smaller than ${minPx} px on screen: ${sample(tooSmall, (x) => `"${x.text}" ${x.fontPx.toFixed(1)} px`)}`);
  if (topHidden.length) problems.push(`${topHidden.length} of the ${Math.min(top, ranked.length)} most connected nodes show no label: ${sample(topHidden, (x) => `"${x.label}" (degree ${x.degree}, ${x.why})`)}`);
  if (overlaps.length) problems.push(`${overlaps.length} pairs of shown labels overlap: ${sample(overlaps, (o) => `${o.a} × ${o.b} (${o.dx.toFixed(0)}×${o.dy.toFixed(0)} px)`)}`);
  if (cutOff.length) problems.push(`${cutOff.length} shown labels run past the canvas's edge: ${sample(cutOff, (x) => `"${x.text}"`)}`);
  if (ranked.length > 0 && shown.length === 0) problems.push('no label is shown at all');
  return {
    ok: problems.length === 0,
    minPx,
    shown: shown.length,
    labelled: labelled.length,
    smallestPx: shown.length ? Math.min(...shown.map((n) => n.fontPx)) : null,
    tooSmall,
    topHidden,
    overlaps,
    cutOff,
    problems,
  };
}
