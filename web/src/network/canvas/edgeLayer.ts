import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { OUTLINE } from '../data/palette';

/** Above this many elements a graph is large: its plain links go to the edge layer, and the canvas trades detail for speed. */
export const LARGE_GRAPH = 3000;
/** The look of a plain link, on Cytoscape's canvas (cyStyle) and on the edge layer alike. */
export const LINK_COLOR = '#8a96a3';
export const LINK_OPACITY = 0.7;
/** Links with a look or a label of their own stay Cytoscape elements in any graph. */
const OWN_LOOK = new Set(['overlap', 'duplicate', 'bundle', 'more']);
/** A draw slower than this while the user moves the view hides the links until it stops (as Cytoscape's hideEdgesOnViewport). */
const SLOW_DRAW_MS = 30;
/** The view has stopped moving when it has not moved for this long. */
const SETTLE_MS = 200;
const KEY = 'dsvEdgeLayer';

/**
 * Whether a link of a graph of `elementCount` elements is drawn on the edge
 * layer: the plain ones (width 1, no label) of a large graph.
 */
export function onEdgeLayer(elementCount: number, def: ElementDefinition): boolean {
  return def.group === 'edges' && elementCount > LARGE_GRAPH && !OWN_LOOK.has(def.data.kind as string);
}

interface LayerState {
  edges: readonly ElementDefinition[];
  /** Both ends of each edge, looked up once per change of the nodes. */
  ends: [NodeSingular, NodeSingular][] | null;
  /** Draws the layer again (set once attached). */
  redraw: () => void;
  /** Whether the layer also draws the nodes, as dots: the first picture of a large graph (previewNodes). */
  dots: boolean;
}

function state(cy: Core): LayerState {
  let s = cy.scratch(KEY) as LayerState | undefined;
  if (!s) {
    s = { edges: [], ends: null, redraw: () => {}, dots: false };
    cy.scratch(KEY, s);
  }
  return s;
}

/** The links on the edge layer (the layout needs them as much as the others). */
export function layerEdges(cy: Core): readonly ElementDefinition[] {
  return state(cy).edges;
}

/** Puts these links (and only these) on the edge layer. */
export function setLayerEdges(cy: Core, edges: readonly ElementDefinition[]): void {
  const s = state(cy);
  s.edges = edges;
  s.ends = null;
  s.redraw();
}

function endsOf(cy: Core, s: LayerState): [NodeSingular, NodeSingular][] {
  s.ends ??= s.edges.flatMap((e) => {
    const source = cy.getElementById(e.data.source as string);
    const target = cy.getElementById(e.data.target as string);
    return source.nonempty() && target.nonempty() ? [[source as NodeSingular, target as NodeSingular]] : [];
  });
  return s.ends;
}

/**
 * Draws the layer's links with `context` already set to model coordinates:
 * all in one path (one stroke instead of one per link), then the links of
 * selected nodes darker on top, as cyStyle's `selected-edge`.
 */
function drawLinks(context: CanvasRenderingContext2D, ends: readonly [NodeSingular, NodeSingular][]): void {
  const strokeAll = (pairs: readonly [NodeSingular, NodeSingular][], color: string, opacity: number) => {
    if (pairs.length === 0) return;
    context.beginPath();
    for (const [a, b] of pairs) {
      const p = a.position();
      const q = b.position();
      context.moveTo(p.x, p.y);
      context.lineTo(q.x, q.y);
    }
    context.globalAlpha = opacity;
    context.strokeStyle = color;
    context.lineWidth = 1;
    context.stroke();
  };
  strokeAll(ends, LINK_COLOR, LINK_OPACITY);
  strokeAll(
    ends.filter(([a, b]) => a.hasClass('selected') || b.hasClass('selected')),
    OUTLINE,
    1,
  );
  context.globalAlpha = 1;
}

/** Each node a dot of its size and colour: enough to see the graph while Cytoscape prepares its own picture. */
function drawDots(context: CanvasRenderingContext2D, cy: Core): void {
  const byColor = new Map<string, { x: number; y: number; r: number }[]>();
  cy.nodes().forEach((node) => {
    if (node.isParent()) return;
    const color = String(node.data('color') ?? LINK_COLOR);
    const { x, y } = node.position();
    const list = byColor.get(color) ?? [];
    list.push({ x, y, r: (Number(node.data('size')) || 20) / 2 });
    byColor.set(color, list);
  });
  for (const [color, dots] of byColor) {
    context.beginPath();
    for (const { x, y, r } of dots) {
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
    }
    context.fillStyle = color;
    context.fill();
  }
}

/**
 * Draws (or, `false`, stops drawing) the nodes on the edge layer as well, as
 * dots: the first picture of a large new graph, painted while Cytoscape's own
 * (styles, bounds and textures of thousands of nodes: most of a second at
 * 5,000) waits for the layout (syncElementsDrawingFirst).
 */
export function previewNodes(cy: Core, on: boolean): void {
  const s = state(cy);
  s.dots = on;
  if (on) s.redraw();
}

/**
 * The edge layer: a canvas under Cytoscape's on which a large graph's plain
 * links are drawn, following every frame Cytoscape draws (positions, pan,
 * zoom, selection). Cytoscape styles, measures and draws each link as an
 * element of its own, several times what the layout costs at 20,000 links
 * (bench/RESULTS.md, client); a plain line needs none of that. Answers a
 * function that takes it away again.
 */
export function attachEdgeLayer(cy: Core): () => void {
  const container = cy.container();
  if (!container) return () => {};
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;inset:0;pointer-events:none';
  container.prepend(canvas);
  const context = canvas.getContext('2d')!;
  const s = state(cy);
  let lastDrawMs = 0;
  let hidden = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  function draw() {
    const started = performance.now();
    if (canvas.width !== cy.width() || canvas.height !== cy.height()) {
      canvas.width = cy.width();
      canvas.height = cy.height();
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (hidden || (s.edges.length === 0 && !s.dots)) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    drawLinks(context, endsOf(cy, s));
    if (s.dots) drawDots(context, cy);
    lastDrawMs = performance.now() - started;
  }
  function viewportMoved() {
    if (lastDrawMs < SLOW_DRAW_MS && !hidden) return;
    hidden = true;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      hidden = false;
      draw();
    }, SETTLE_MS);
  }
  function nodesChanged() {
    s.ends = null;
  }
  s.redraw = draw;
  cy.on('render', draw);
  // The user's moves only: a fit while the layout settles draws every frame.
  cy.on('scrollzoom pinchzoom dragpan', viewportMoved);
  cy.on('add remove', 'node', nodesChanged);
  draw();
  return function detachEdgeLayer() {
    clearTimeout(settleTimer);
    cy.off('render', draw);
    cy.off('scrollzoom pinchzoom dragpan', viewportMoved);
    cy.off('add remove', 'node', nodesChanged);
    s.redraw = () => {};
    canvas.remove();
  };
}

/**
 * The whole graph as a PNG (`cy.png` with `full`), with the edge layer's links
 * drawn under Cytoscape's picture at the same scale.
 */
export async function graphPng(cy: Core, options: { scale: number; maxSide: number; background: string }): Promise<Blob> {
  const png = (bg?: string) =>
    cy.png({
      output: 'blob-promise',
      full: true,
      scale: options.scale,
      maxWidth: options.maxSide,
      maxHeight: options.maxSide,
      ...(bg ? { bg } : {}),
    });
  const s = state(cy);
  if (s.edges.length === 0) return png(options.background);
  const picture = await createImageBitmap(await png());
  // cy.png draws the elements' bounding box (its width rounded up) scaled to the picture's size.
  const box = cy.elements().boundingBox();
  const scale = picture.width / Math.ceil(box.w);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = options.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.setTransform(scale, 0, 0, scale, -box.x1 * scale, -box.y1 * scale);
  drawLinks(context, endsOf(cy, s));
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(picture, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG: the browser made no picture'))), 'image/png'),
  );
}
