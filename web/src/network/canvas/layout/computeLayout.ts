import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutNode {
  id: string;
  size: number;
  /** Where it is now; with randomize false the layout starts from here. */
  position?: { x: number; y: number };
  /** The group node it is drawn in: fcose keeps a group's nodes together. */
  parent?: string;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  /** `length`: the link's ideal length in pixels (default 70). */
  edges: { source: string; target: string; length?: number }[];
  /** Start from random positions (a new graph) or from the given ones (new nodes in a known graph). */
  randomize: boolean;
  /** fcose "default" (spectral + force-directed) or "draft" (spectral only, for big graphs). */
  quality: 'default' | 'draft';
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

/**
 * Runs fcose on a headless Cytoscape graph and returns the positions. Pure
 * computation, no DOM: it runs in the layout worker, off the page's thread.
 */
export function computeLayout(request: LayoutRequest): LayoutResult {
  const started = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    // Without it Cytoscape's default layout would put every node at (0, 0).
    layout: { name: 'preset' },
    elements: [
      // Groups before their members: Cytoscape needs a parent before its children.
      ...[...request.nodes]
        .sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined))
        .map((n) => ({ data: { id: n.id, size: n.size, ...(n.parent ? { parent: n.parent } : {}) }, position: n.position })),
      ...request.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, length: e.length ?? 70 } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality: request.quality,
    randomize: request.randomize,
    animate: false,
    fit: false,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => Number(edge.data('length')),
  } as cytoscape.LayoutOptions).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  cy.destroy();
  if (request.quality === 'draft') spreadOut(positions);
  return { positions, ms: Math.round(performance.now() - started) };
}

/**
 * The spectral draft packs any number of nodes into a few hundred pixels;
 * scale it so that nodes get room (a side of about 45 px per √node), as the
 * force-directed layout gives them.
 */
function spreadOut(positions: LayoutResult['positions']): void {
  const points = Object.values(positions);
  if (points.length < 2) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const factor = Math.max(1, (45 * Math.sqrt(points.length)) / side);
  for (const p of points) {
    p.x *= factor;
    p.y *= factor;
  }
}
