import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { FORCE_LIMIT } from './planLayout';
import { sunflower } from './sunflower';

/** Room per node of the first placement, in pixels. */
const SPACING = 40;
/** Where a Cytoscape instance keeps the links it holds back (its scratch pad, so each instance has its own). */
const HELD = 'dsvHeldEdges';

/**
 * Whether `added` makes a large new graph: more nodes than fcose lays out, and
 * most of the graph. Such a graph is drawn in two steps (placeFirst, releaseEdges).
 */
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

/**
 * Keeps a large new graph's links off the canvas until its layout has settled:
 * Cytoscape styles, measures and draws every link in every frame, which costs
 * several times the layout (5,000 nodes and 20,000 links: the first frame 4.6 s
 * with the links hidden by a class, 2.3 s without them on a loaded machine). The
 * layout still gets them (heldEdges). Replaces what was held before.
 */
export function holdEdges(cy: Core, edges: ElementDefinition[]): void {
  cy.scratch(HELD, edges);
}

/** The links held back from the canvas, for the layout. */
export function heldEdges(cy: Core): readonly ElementDefinition[] {
  return (cy.scratch(HELD) as ElementDefinition[] | undefined) ?? [];
}

/** Puts the held links on the canvas (those whose ends are still there), in one batch. */
export function releaseEdges(cy: Core): void {
  const held = heldEdges(cy);
  if (held.length === 0) return;
  holdEdges(cy, []);
  const present = held.filter((e) => cy.hasElementWithId(e.data.source as string) && cy.hasElementWithId(e.data.target as string));
  cy.batch(() => void cy.add(present));
}
