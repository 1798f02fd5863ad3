import type { ElementDefinition, NodeCollection } from 'cytoscape';
import { useEffect } from 'react';
import { useCy } from './CyContext';

interface ElementsControllerProps {
  elements: ElementDefinition[];
  /** Called when a sync added or removed nodes or links: the layout may need to change. */
  onStructureChange: () => void;
}

/**
 * Controller: keeps Cytoscape's elements equal to `elements`, changing only
 * what differs, so nodes that stay keep their positions. New nodes start next
 * to a neighbour that is already placed. Renders nothing.
 */
export function ElementsController({ elements, onStructureChange }: ElementsControllerProps) {
  const cy = useCy();

  useEffect(
    function syncElements() {
      const wanted = new Set(elements.map((e) => e.data.id!));
      const added: ElementDefinition[] = [];
      let newNodes: NodeCollection = cy.collection();
      let removed = 0;
      cy.batch(() => {
        removed = cy
          .elements()
          .filter((el) => !wanted.has(el.id()))
          .remove().length;
        for (const def of elements) {
          const existing = cy.getElementById(def.data.id!);
          if (existing.empty()) added.push(def);
          else {
            // A parent is not data to Cytoscape: a node changes group by moving.
            const parent = (def.data.parent as string | undefined) ?? null;
            if (existing.isNode() && (existing.data('parent') ?? null) !== parent) existing.move({ parent });
            existing.data(def.data);
            existing.classes(def.classes ?? '');
          }
        }
        newNodes = cy.add(added).nodes();
      });
      if (added.length === 0 && removed === 0) return;
      placeNextToNeighbours(newNodes);
      onStructureChange();
    },
    [cy, elements, onStructureChange],
  );

  return null;
}

/** Puts each new node near an already placed neighbour, so an incremental layout starts from a sensible place. */
function placeNextToNeighbours(nodes: NodeCollection) {
  const fresh = new Set(nodes.map((n) => n.id()));
  nodes.forEach((node, i) => {
    const anchor = node.neighborhood('node').filter((n) => !fresh.has(n.id()))[0];
    if (!anchor) return;
    const angle = (i * 2.399963) % (2 * Math.PI); // golden angle: spread around the anchor
    const { x, y } = anchor.position();
    node.position({ x: x + 80 * Math.cos(angle), y: y + 80 * Math.sin(angle) });
  });
}
