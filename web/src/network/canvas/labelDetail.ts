import type { Core } from 'cytoscape';

/** From this zoom on, a node's label of 11 px is shown (cyStyle: min-zoomed-font-size 10). */
export const LABEL_ZOOM = 10 / 11;

/** The `lod` nodes' labels for the zoom: `far` (none) below LABEL_ZOOM, shown from it on. Answers whether they show. */
export function applyLabelDetail(cy: Core): boolean {
  const near = cy.zoom() >= LABEL_ZOOM;
  cy.batch(() => {
    if (near) cy.nodes('.lod.far').removeClass('far');
    else cy.nodes('.lod').not('.far').addClass('far');
  });
  return near;
}
