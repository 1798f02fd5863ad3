import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { DUPLICATE_COLOR, OUTLINE } from '../data/palette';
import { LARGE_GRAPH, LINK_COLOR, LINK_OPACITY } from './edgeLayer';
import { PIE_SLICES } from './elements';

const pieSlices = Object.fromEntries(
  Array.from({ length: PIE_SLICES }, (_, i) => [
    [`pie-${i + 1}-background-color`, `data(p${i + 1}c)`],
    [`pie-${i + 1}-background-size`, `data(p${i + 1}s)`],
  ]).flat(),
);

const edgeLabel = {
  label: 'data(label)',
  'font-size': 11,
  color: OUTLINE,
  'text-background-color': '#ffffff',
  'text-background-opacity': 1,
  'text-background-padding': '2px',
} as const;

/**
 * The graph's look. Shapes tell the kind (also in the legend): networks and
 * partnerships round, parties diamonds, tables hexagons, municipalities
 * rounded squares. Sizes, colours and labels come with the data (elements.ts).
 */
export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': OUTLINE,
      label: 'data(label)',
      'font-size': 11,
      color: OUTLINE,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '150px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels appear as you zoom in, so a big graph stays readable and fast.
      'min-zoomed-font-size': 10,
    },
  },
  {
    selector: 'node[kind = "network"]',
    style: { 'font-size': 13, 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'text-wrap': 'wrap', 'text-max-width': '170px' },
  },
  { selector: 'node[kind = "partnership"]', style: { shape: 'ellipse', 'pie-size': '100%', ...pieSlices } },
  { selector: 'node[kind = "party"]', style: { shape: 'diamond' } },
  { selector: 'node[kind = "table"]', style: { shape: 'hexagon' } },
  { selector: 'node[kind = "municipality"]', style: { shape: 'round-rectangle' } },
  // A large graph zoomed out: no labels to measure (they would not show at that zoom anyway) and no thin
  // outline (under a pixel there); LabelDetailController.
  { selector: 'node.far', style: { label: '', 'border-width': 0 } },
  {
    selector: 'node[kind = "more"]',
    style: { shape: 'round-tag', 'border-style': 'dashed', 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 10, width: 40 },
  },
  {
    // A community drawn as one node (a big chart): a double ring, its name always shown.
    selector: 'node[kind = "cluster"]',
    style: {
      shape: 'ellipse',
      'border-style': 'double',
      'border-width': 4,
      'font-weight': 'bold',
      'font-size': 12,
      'min-zoomed-font-size': 0,
      'text-max-width': '180px',
    },
  },
  {
    // A region's box around its tables, labelled at the top.
    selector: 'node[kind = "group"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f3f5f7',
      'background-opacity': 0.6,
      'border-width': 1,
      'border-color': '#6b7885',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-weight': 'bold',
      'font-size': 14,
      'min-zoomed-font-size': 0,
      padding: '12px',
    },
  },
  {
    selector: 'node.marked',
    style: { 'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'z-index': 20 },
  },
  { selector: 'node.unmarked', style: { opacity: 0.35 } },
  { selector: 'node.expanded', style: { 'border-width': 2 } },
  { selector: 'node.emphasis', style: { 'border-width': 4, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
  { selector: 'node.duplicate', style: { 'border-width': 4, 'border-color': DUPLICATE_COLOR } },
  {
    selector: 'edge',
    style: { width: 'data(width)', 'line-color': LINK_COLOR, 'curve-style': 'haystack', 'haystack-radius': 0, opacity: LINK_OPACITY },
  },
  { selector: 'edge[kind = "more"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[kind = "bundle"]', style: { 'line-color': '#5c6670', opacity: 0.6 } },
  { selector: 'edge[kind = "overlap"]', style: { 'curve-style': 'straight', 'line-color': '#5c6670', opacity: 0.85, ...edgeLabel } },
  {
    selector: 'edge[kind = "duplicate"]',
    // Drawn above the nodes and bowed out, so the pair and its Jaccard index stay
    // visible even when the parties they share pull the two tables together.
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': [70],
      'control-point-weights': [0.5],
      'line-color': DUPLICATE_COLOR,
      opacity: 1,
      'z-index-compare': 'manual',
      'z-index': 40,
      ...edgeLabel,
      color: DUPLICATE_COLOR,
      'font-weight': 'bold',
    },
  },
  { selector: 'edge.selected-edge', style: { 'line-color': OUTLINE, opacity: 1, 'z-index': 5 } },
  { selector: 'edge[kind = "duplicate"].selected-edge', style: { 'line-color': DUPLICATE_COLOR } },
  {
    selector: 'node.selected',
    style: {
      label: 'data(label)',
      'border-width': 4,
      'underlay-color': '#ffbf47',
      'underlay-opacity': 1,
      'underlay-padding': 6,
      'underlay-shape': 'ellipse',
      'min-zoomed-font-size': 0,
      'z-index': 20,
    },
  },
  { selector: 'node.active', style: { 'outline-width': 3, 'outline-color': '#000000', 'outline-offset': 4, 'z-index': 30 } },
];

/**
 * Whether this browser draws WebGL 2 in hardware (asked once). A software WebGL
 * (SwiftShader, llvmpipe: headless Chromium, a machine without a GPU) drew our large
 * graphs slower than the 2D canvas in the benchmark, so it counts as none.
 */
let hardwareWebgl: boolean | undefined;
export function webglAvailable(): boolean {
  if (hardwareWebgl === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    hardwareWebgl = gl !== null && !/swiftshader|llvmpipe|softpipe|software/i.test(name);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return hardwareWebgl;
}

export type Renderer = 'webgl' | 'canvas';

/** WebGL (Cytoscape's experimental renderer) for a large graph where the browser has it in hardware; the 2D canvas otherwise. */
export function rendererFor(elementCount: number): Renderer {
  return elementCount > LARGE_GRAPH && webglAvailable() ? 'webgl' : 'canvas';
}

/**
 * Cytoscape's options for the network canvas (taken only when it is made). A
 * large graph is drawn with WebGL; on the 2D canvas (no WebGL) it drops edges
 * and uses a texture while panning, at pixel ratio 1.
 */
export function canvasOptions(container: HTMLElement | null, elementCount: number, renderer: Renderer = 'canvas'): CytoscapeOptions {
  const large = elementCount > LARGE_GRAPH;
  const slim = large && renderer === 'canvas';
  return {
    container,
    style: graphStyle,
    minZoom: 0.05,
    maxZoom: 5,
    autounselectify: true,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: slim,
    textureOnViewport: slim,
    pixelRatio: large ? 1 : 'auto',
    // Cytoscape ≥ 3.31: the canvas renderer drawing nodes, edges and labels through WebGL.
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions;
}
