import type { Core } from 'cytoscape';

/** A handful of nodes should not fill the screen: fitting never zooms in beyond this. */
const MAX_FIT_ZOOM = 1.5;
/** Room around the graph, in pixels. */
const PADDING = 30;
/** Above this many nodes labels are left out of the box: measuring thousands of them costs more than the fit, and they are hidden at that zoom. */
const MEASURE_LABELS_UP_TO = 300;

/** Shows the whole graph, but a small one at a readable size. */
export function fitGraph(cy: Core): void {
  const small = cy.nodes().length <= MEASURE_LABELS_UP_TO;
  const box = (small ? cy.elements() : cy.nodes()).boundingBox({ includeLabels: small });
  if (!Number.isFinite(box.w) || !Number.isFinite(box.h)) return;
  const fitting = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, cy.maxZoom(), fitting));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 } });
}
