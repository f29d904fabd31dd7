import { describe, expect, it } from 'vitest';
import type { Core, ElementDefinition } from 'cytoscape';
import { getCytoscape } from './cytoscape.ts';
import { stagedReplace } from './staged-load.ts';

/** A headless core whose node width is computed by a function, so that each node's styling is seen when it happens. */
function core(styled: string[]): Core {
  const cytoscape = getCytoscape();
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: (n: { id(): string }) => (styled.push(n.id()), 10), label: 'data(id)' } }],
  });
}

const chain = (n: number): ElementDefinition[] => [
  ...Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: i * 10, y: 0 } })),
  ...Array.from({ length: n - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` } })),
];

/** Tasks queued by the load, run one at a time by the test. */
function queue() {
  const tasks: Array<() => void> = [];
  return {
    defer(fn: () => void) {
      tasks.push(fn);
      return () => tasks.splice(tasks.indexOf(fn), 1);
    },
    runOne() {
      tasks.shift()?.();
    },
    get length() {
      return tasks.length;
    },
  };
}


/** Whether the core is in a batch (its render loop then does nothing); public in Cytoscape, left out of its typings. */
const batching = (cy: Core) => (cy as unknown as { batching(): boolean }).batching();

describe('stagedReplace', () => {
  it('styles the new elements a chunk per task, then runs the steps, each in its own task, with the render loop held until the end', () => {
    const styled: string[] = [];
    const cy = core(styled);
    cy.add(chain(3));
    const q = queue();
    const seen: string[] = [];
    let done = false;
    stagedReplace(cy, chain(10), {
      chunk: 4,
      defer: (fn) => q.defer(fn),
      steps: [
        () => seen.push(`fit with ${new Set(styled).size} styled`),
        () => {
          // As the label placement does for a label it leaves out: a class, which leaves the node to be styled again.
          cy.nodes().addClass('label-off');
          seen.push('labels');
        },
      ],
      done: () => (done = true),
    });
    expect(cy.elements().length).toBe(5);
    q.runOne(); // the old elements out, the new in, and the render loop held
    expect(batching(cy)).toBe(true);
    expect(cy.nodes().length).toBe(10);
    expect(cy.edges().length).toBe(9);
    const styledAfterAdd = new Set(styled).size;
    expect(styledAfterAdd).toBe(0);
    // 19 elements, 4 per task: five tasks; nodes' styles are computed in them, in order.
    const perTask: number[] = [];
    for (let i = 0; i < 5; i++) {
      q.runOne();
      perTask.push(new Set(styled).size);
    }
    expect(perTask).toEqual([4, 8, 10, 10, 10]);
    expect(seen).toEqual([]);
    q.runOne();
    expect(seen).toEqual(['fit with 10 styled']);
    const before = styled.length;
    q.runOne();
    expect(seen[1]).toBe('labels');
    expect(styled.length).toBe(before);
    q.runOne(); // the steps' changes marked for styling
    expect(batching(cy)).toBe(true);
    // Styled again, a chunk per task, before anything is drawn.
    const again: number[] = [];
    for (let i = 0; i < 5; i++) {
      q.runOne();
      again.push(styled.length - before);
    }
    expect(again).toEqual([4, 8, 10, 10, 10]);
    expect(done).toBe(false);
    expect(batching(cy)).toBe(true);
    q.runOne(); // release
    expect(done).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(q.length).toBe(0);
  });

  it('cancelled, stops where it is and ends its batch', () => {
    const cy = core([]);
    const q = queue();
    const seen: string[] = [];
    const load = stagedReplace(cy, chain(10), { chunk: 4, defer: (fn) => q.defer(fn), steps: [() => seen.push('fit')], done: () => seen.push('done') });
    q.runOne();
    q.runOne();
    expect(batching(cy)).toBe(true);
    load.cancel();
    expect(q.length).toBe(0);
    expect(batching(cy)).toBe(false);
    expect(seen).toEqual([]);
  });

  it('stops quietly when the core is destroyed under it', () => {
    const cy = core([]);
    const q = queue();
    const seen: string[] = [];
    stagedReplace(cy, chain(5), { defer: (fn) => q.defer(fn), steps: [() => seen.push('fit')], done: () => seen.push('done') });
    cy.destroy();
    q.runOne();
    expect(q.length).toBe(0);
    expect(seen).toEqual([]);
  });
});
