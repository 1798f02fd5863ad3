import type { Core, NodeCollection } from 'cytoscape';
import { FORCE_LIMIT } from './planLayout';
import { sunflower } from './sunflower';

/** The class of links hidden while a large new graph settles: drawing them in every frame costs more than the layout. */
export const SETTLING = 'settling';
/** Room per node of the first placement, in pixels. */
const SPACING = 40;

/**
 * The picture of a large new graph before any layout: its nodes on a sunflower
 * in the order they come (kind by kind), links hidden until the layout has
 * settled. Cheap enough to draw at once, so the graph is on screen while the
 * worker works. Small graphs, and nodes added to a graph already drawn, are left as they are.
 */
export function placeFirst(cy: Core, added: NodeCollection): void {
  if (added.length <= FORCE_LIMIT || added.length < cy.nodes().length / 2) return;
  added.forEach((node, i) => void node.position(sunflower(i, SPACING)));
  cy.edges().addClass(SETTLING);
}
