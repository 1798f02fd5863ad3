import type { Core, ElementDefinition, NodeCollection, Position } from 'cytoscape';
import { heldEdges, holdEdges, isLargeNewGraph, placeFirst } from './layout/firstPlacement';
import { sunflower } from './layout/sunflower';

/**
 * Makes Cytoscape's elements equal to `elements`, changing only what differs,
 * so nodes that stay keep their positions. New nodes start where the cluster
 * they were drawn in was (an opened community), else next to a neighbour that
 * is already placed; a large new graph starts on a sunflower, its links held
 * back until its layout has settled (firstPlacement) — links held back before
 * stay held while they are wanted. Answers whether nodes or links came or went
 * (the layout may need to change).
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): boolean {
  const wanted = new Set(elements.map((e) => e.data.id!));
  const wasHeld = new Set(heldEdges(cy).map((e) => e.data.id!));
  const added: ElementDefinition[] = [];
  const stillHeld: ElementDefinition[] = [];
  let newNodes: NodeCollection = cy.collection();
  let removed = 0;
  const gone = new Map<string, Position>();
  cy.batch(() => {
    const leaving = cy.elements().filter((el) => !wanted.has(el.id()));
    leaving.nodes().forEach((n) => void gone.set(n.id(), { ...n.position() }));
    removed = leaving.remove().length;
    for (const def of elements) {
      const existing = cy.getElementById(def.data.id!);
      if (existing.nonempty()) {
        // A parent is not data to Cytoscape: a node changes group by moving.
        const parent = (def.data.parent as string | undefined) ?? null;
        if (existing.isNode() && (existing.data('parent') ?? null) !== parent) existing.move({ parent });
        existing.data(def.data);
        existing.classes(def.classes ?? '');
      } else if (wasHeld.has(def.data.id!)) stillHeld.push(def);
      else added.push(def);
    }
    newNodes = cy.add(added.filter((def) => def.group === 'nodes')).nodes();
    const newEdges = added.filter((def) => def.group !== 'nodes');
    if (isLargeNewGraph(cy, newNodes)) {
      placeFirst(newNodes);
      holdEdges(cy, [...stillHeld, ...newEdges]);
    } else {
      holdEdges(cy, stillHeld);
      cy.add(newEdges);
    }
  });
  if (added.length === 0 && removed === 0) return false;
  placeNextToNeighbours(newNodes, gone);
  return true;
}

/**
 * Puts each new node where the cluster it was drawn in stood (spread on a small
 * sunflower), else near an already placed neighbour, so an incremental layout
 * starts from a sensible place.
 */
function placeNextToNeighbours(nodes: NodeCollection, gone: ReadonlyMap<string, Position>) {
  const fresh = new Set(nodes.map((n) => n.id()));
  const inCluster = new Map<string, number>();
  nodes.forEach((node, i) => {
    const home = gone.get(node.data('home') as string);
    if (home) {
      const j = inCluster.get(node.data('home') as string) ?? 0;
      inCluster.set(node.data('home') as string, j + 1);
      const p = sunflower(j, 30);
      node.position({ x: home.x + p.x, y: home.y + p.y });
      return;
    }
    const anchor = node.neighborhood('node').filter((n) => !fresh.has(n.id()))[0];
    if (!anchor) return;
    const angle = (i * 2.399963) % (2 * Math.PI); // golden angle: spread around the anchor
    const { x, y } = anchor.position();
    node.position({ x: x + 80 * Math.cos(angle), y: y + 80 * Math.sin(angle) });
  });
}
