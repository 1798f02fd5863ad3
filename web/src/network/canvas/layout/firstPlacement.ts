import type { Core, NodeCollection } from 'cytoscape';
import { FORCE_LIMIT } from './planLayout';
import { sunflower } from './sunflower';

/** Room per node of the first placement, in pixels. */
const SPACING = 40;

/** Whether `added` makes a large new graph: more nodes than fcose lays out, and most of the graph. */
export function isLargeNewGraph(cy: Core, added: NodeCollection): boolean {
  return added.length > FORCE_LIMIT && added.length >= cy.nodes().length / 2;
}

/**
 * The picture of a large new graph before any layout: its nodes on a sunflower
 * in the order they come (kind by kind). Cheap enough to draw at once, so the
 * graph is on screen while the worker works.
 */
export function placeFirst(added: NodeCollection): void {
  added.forEach((node, i) => void node.position(sunflower(i, SPACING)));
}
