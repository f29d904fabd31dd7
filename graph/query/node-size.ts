/**
 * How large the explorer draws a node, in model units (the px of an overview
 * layout's frame): one source for the explorer's element builder and the
 * server's overview layouts, which keep room for node bodies as well as
 * labels. Pure, with no dependencies, so the browser bundle takes it.
 */

/** Side of a body or measure node from its degree in the view. */
export function nodeSize(degree: number, type: string): number {
  if (type === 'Measure') return 34;
  return Math.round(30 + 7 * Math.sqrt(Math.max(0, degree)));
}

/** Height of a group node from its member count: 48 to 120 (its box is 1.6 times as wide). */
export function groupSize(members: number): number {
  return Math.round(Math.min(120, 40 + 8 * Math.sqrt(Math.max(1, members))));
}

/** An overview draws its group boxes smaller than the element builder's: dozens of them share the canvas with their labels. */
const OVERVIEW_GROUP_SCALE = 0.6;

/** The box a node of an overview is drawn as: a group's (with `members`), else a body's or measure's. */
export function overviewBox(node: { type: string; degree: number; members?: number | null }): { w: number; h: number } {
  if (node.type === 'Group') {
    const size = groupSize(node.members ?? 1);
    return { w: Math.round(size * 1.6 * OVERVIEW_GROUP_SCALE), h: Math.round(size * OVERVIEW_GROUP_SCALE) };
  }
  const size = nodeSize(node.degree, node.type);
  return { w: size, h: size };
}
