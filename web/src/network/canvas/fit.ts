import type { Core } from 'cytoscape';

/** A handful of nodes should not fill the screen: fitting never zooms in beyond this. */
const MAX_FIT_ZOOM = 1.5;
/** Room around the graph, in pixels. */
const PADDING = 30;
/** Above this many nodes labels are left out of the box: measuring thousands of them costs more than the fit, and they are hidden at that zoom. */
const MEASURE_LABELS_UP_TO = 300;

/** The room a node takes when its size is not in its data. */
const DEFAULT_SIZE = 40;

/**
 * The box around the nodes' centres grown by half their size: what Cytoscape's
 * boundingBox gives for nodes without labels, but without making it compute
 * every node's style first (about 430 ms at 5,000 nodes, before anything is
 * painted). Compound parents are left out: their children fix their box.
 */
function nodesBox(cy: Core): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((node) => {
    if (node.isParent()) return;
    const { x, y } = node.position();
    const half = (Number(node.data('size')) || DEFAULT_SIZE) / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Shows the whole graph, but a small one at a readable size. */
export function fitGraph(cy: Core): void {
  const small = cy.nodes().length <= MEASURE_LABELS_UP_TO;
  const box = small ? cy.elements().boundingBox({ includeLabels: true }) : nodesBox(cy);
  if (!Number.isFinite(box.w) || !Number.isFinite(box.h)) return;
  const fitting = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, cy.maxZoom(), fitting));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 } });
}
