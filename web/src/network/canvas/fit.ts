import type { Core } from 'cytoscape';

/** A handful of nodes should not fill the screen: fitting never zooms in beyond this. */
const MAX_FIT_ZOOM = 1.5;

/** Shows the whole graph, but a small one at a readable size. */
export function fitGraph(cy: Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}
