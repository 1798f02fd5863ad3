import type { Core, ElementDefinition, NodeCollection, Position } from 'cytoscape';
import { layerEdges, onEdgeLayer, previewNodes, setLayerEdges } from './edgeLayer';
import { fitGraph } from './fit';
import { isLargeNewGraph, placeFirst } from './layout/firstPlacement';
import { sunflower } from './layout/sunflower';

/**
 * Makes Cytoscape's elements and the edge layer equal to `elements` (a large
 * graph's plain links on the layer, the rest on Cytoscape's canvas), changing
 * only what differs, so nodes that stay keep their positions. A large new
 * graph starts on a sunflower (firstPlacement); other new nodes where the
 * cluster they were drawn in was (an opened community), else next to a
 * neighbour that is already placed. Answers whether nodes or links came or
 * went (the layout may need to change).
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): boolean {
  return sync(cy, elements).changed;
}

/** Cytoscape's picture of a previewed graph comes at the latest this long after the preview. */
const PREVIEW_MAX_MS = 2500;
const PREVIEW_KEY = 'dsvPreview';

/**
 * syncElements, but a large new graph (its nodes placed first, its links on
 * the edge layer) is first painted by the edge layer alone: links and nodes
 * as dots, fitted, while Cytoscape's updates wait in a batch. Cytoscape's own
 * picture (shapes, pies, outlines, clickable; styling, measuring and drawing
 * 5,000 nodes takes it most of a second here) comes when the layout places
 * the nodes (endPreview), so it is drawn once, on the laid-out graph rather
 * than on the first placement and again; at the latest after PREVIEW_MAX_MS.
 * `drawn` is called when Cytoscape has its elements to draw (at once for any
 * other change). Answers as syncElements.
 */
export function syncElementsDrawingFirst(cy: Core, elements: readonly ElementDefinition[], drawn?: () => void): boolean {
  endPreview(cy);
  cy.startBatch();
  let result: { changed: boolean; placedFirst: boolean };
  try {
    result = sync(cy, elements);
  } catch (err) {
    cy.endBatch();
    throw err;
  }
  if (!result.placedFirst || layerEdges(cy).length === 0) {
    cy.endBatch();
    drawn?.();
    return result.changed;
  }
  fitGraph(cy);
  previewNodes(cy, true);
  const end = () => {
    clearTimeout(timer);
    if (cy.destroyed() || cy.scratch(PREVIEW_KEY) !== end) return;
    cy.removeScratch(PREVIEW_KEY);
    previewNodes(cy, false);
    cy.endBatch();
    drawn?.();
  };
  const timer = setTimeout(end, PREVIEW_MAX_MS);
  cy.scratch(PREVIEW_KEY, end);
  return result.changed;
}

/** Ends a preview (syncElementsDrawingFirst): Cytoscape draws from now on. Does nothing without one. */
export function endPreview(cy: Core): void {
  if (cy.destroyed()) return;
  (cy.scratch(PREVIEW_KEY) as (() => void) | undefined)?.();
}

function sync(cy: Core, elements: readonly ElementDefinition[]): { changed: boolean; placedFirst: boolean } {
  const layered = elements.filter((def) => onEdgeLayer(elements.length, def));
  const before = new Set(layerEdges(cy).map((e) => e.data.id!));
  const layerChanged = layered.length !== before.size || layered.some((e) => !before.has(e.data.id!));
  const onLayer = new Set(layered.map((e) => e.data.id!));
  const wanted = new Set(elements.flatMap((e) => (onLayer.has(e.data.id!) ? [] : [e.data.id!])));
  const added: ElementDefinition[] = [];
  let newNodes: NodeCollection = cy.collection();
  let removed = 0;
  let placedFirst = false;
  const gone = new Map<string, Position>();
  cy.batch(() => {
    const leaving = cy.elements().filter((el) => !wanted.has(el.id()));
    leaving.nodes().forEach((n) => void gone.set(n.id(), { ...n.position() }));
    removed = leaving.remove().length;
    for (const def of elements) {
      if (onLayer.has(def.data.id!)) continue;
      const existing = cy.getElementById(def.data.id!);
      if (existing.nonempty()) {
        // A parent is not data to Cytoscape: a node changes group by moving.
        const parent = (def.data.parent as string | undefined) ?? null;
        if (existing.isNode() && (existing.data('parent') ?? null) !== parent) existing.move({ parent });
        existing.data(def.data);
        existing.classes(def.classes ?? '');
      } else added.push(def);
    }
    // Nodes first: a link needs both its ends.
    newNodes = cy.add(added.filter((def) => def.group === 'nodes')).nodes();
    cy.add(added.filter((def) => def.group !== 'nodes'));
    placedFirst = isLargeNewGraph(cy, newNodes);
    if (placedFirst) placeFirst(newNodes);
    else placeNextToNeighbours(newNodes, gone, elements);
  });
  if (layerChanged) setLayerEdges(cy, layered);
  return { changed: added.length > 0 || removed > 0 || layerChanged, placedFirst };
}

/**
 * Puts each new node where the cluster it was drawn in stood (spread on a small
 * sunflower), else near an already placed neighbour (linked in `elements`,
 * on either canvas), so an incremental layout starts from a sensible place.
 */
function placeNextToNeighbours(nodes: NodeCollection, gone: ReadonlyMap<string, Position>, elements: readonly ElementDefinition[]) {
  if (nodes.empty()) return;
  const fresh = new Set(nodes.map((n) => n.id()));
  const inCluster = new Map<string, number>();
  const anchorOf = new Map<string, string>();
  for (const def of elements) {
    if (def.group !== 'edges') continue;
    const [a, b] = [def.data.source as string, def.data.target as string];
    if (fresh.has(a) && !fresh.has(b) && !anchorOf.has(a)) anchorOf.set(a, b);
    if (fresh.has(b) && !fresh.has(a) && !anchorOf.has(b)) anchorOf.set(b, a);
  }
  nodes.forEach((node, i) => {
    const home = gone.get(node.data('home') as string);
    if (home) {
      const j = inCluster.get(node.data('home') as string) ?? 0;
      inCluster.set(node.data('home') as string, j + 1);
      const p = sunflower(j, 30);
      node.position({ x: home.x + p.x, y: home.y + p.y });
      return;
    }
    const anchor = node.cy().getElementById(anchorOf.get(node.id()) ?? '');
    if (anchor.empty()) return;
    const angle = (i * 2.399963) % (2 * Math.PI); // golden angle: spread around the anchor
    const { x, y } = anchor.position();
    node.position({ x: x + 80 * Math.cos(angle), y: y + 80 * Math.sin(angle) });
  });
}
