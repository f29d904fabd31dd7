/**
 * Loading a large element set into a Cytoscape core without one long task.
 *
 * Cytoscape styles an element lazily, the first time anything asks for its
 * style: fitting the view, placing the labels or drawing the next frame (its
 * render loop brings every changed element up to date before it draws, or
 * before it fills its texture caches when it does not). For several hundred
 * bodies and their links that is a few hundred milliseconds in one task, and
 * the tab does not answer meanwhile (measured on the national
 * Samarbeidsnettverk, where a filter brings in individuals: 282–293 ms).
 *
 * Here the render loop is held in a Cytoscape batch (while batching it does
 * nothing at all) while the new elements are styled a chunk per task; then
 * the caller's steps (classes, fit, labels) run, each its own task; the
 * elements the steps changed (a label left out is a class) are styled again a
 * chunk per task; only then is the batch ended, and the finished map is drawn
 * in one frame. The old map stays on screen until then, and nothing
 * half-styled or unlabelled is ever drawn.
 */
import type { Collection, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';

/** Element sets up to this size load in one task, as before: the styling is cheap. */
export const STAGE_ABOVE = 400;
/** Elements styled per task. */
export const STAGE_CHUNK = 120;

export interface StagedLoad {
  /** Stops a load under way and ends its batch (the next load draws). */
  cancel(): void;
}

export interface StagedOptions {
  /** Runs after the elements are styled, each in its own task, nothing drawn yet (classes, fit, labels). */
  steps: Array<() => void>;
  /** Runs once the batch has ended and the map will be drawn. */
  done(): void;
  /** Elements styled per task. */
  chunk?: number;
  /** Schedules the next task (tests pass their own). */
  defer?(fn: () => void): () => void;
}

const nextTask = (fn: () => void) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/**
 * Replaces `cy`'s elements with `elements`, styling them `chunk` at a time,
 * one task each, then running `steps`, with nothing drawn until all are done.
 */
export function stagedReplace(cy: Core, elements: ElementDefinition[], options: StagedOptions): StagedLoad {
  const chunk = Math.max(1, options.chunk ?? STAGE_CHUNK);
  const defer = options.defer ?? nextTask;
  let held = false;
  const hold = () => {
    if (held) return;
    held = true;
    cy.startBatch();
  };
  const release = () => {
    if (!held) return;
    held = false;
    cy.endBatch();
  };
  let added: Collection | null = null;
  const tasks: Array<() => void> = [];
  const warmAll = () => {
    const n = added!.length;
    for (let from = 0; from < n; from += chunk) {
      const to = Math.min(n, from + chunk);
      tasks.push(() => {
        for (let i = from; i < to; i++) warm(added![i]);
      });
    }
  };
  let cancelNext: (() => void) | null = null;
  const run = () => {
    cancelNext = null;
    if (cy.destroyed()) return;
    if (!added) {
      // Outside a batch, so that the new elements are marked for styling now; held in the same task, before any frame.
      cy.elements().remove();
      added = cy.add(elements);
      hold();
      warmAll();
      tasks.push(...options.steps);
      // What the steps changed is marked for styling when a batch ends: end it and hold again at once, then style that.
      tasks.push(() => {
        release();
        hold();
      });
      warmAll();
    } else {
      const task = tasks.shift();
      if (task) task();
      else {
        release();
        options.done();
        return;
      }
    }
    cancelNext = defer(run);
  };
  cancelNext = defer(run);
  return {
    cancel() {
      cancelNext?.();
      cancelNext = null;
      if (!cy.destroyed()) release();
    },
  };
}

/** Styles one element now (and measures a node's label): what the fit and the first frame would otherwise do in one go. */
function warm(el: SingularElementArgument): void {
  if (el.isNode()) el.boundingBox({ includeLabels: true, includeOverlays: false });
  else el.numericStyle('width');
}
