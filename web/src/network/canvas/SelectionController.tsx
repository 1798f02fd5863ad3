import type { ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import { useCy } from './CyContext';

interface SelectionControllerProps {
  selected: readonly string[];
  /** The current elements: a sync may add a node that is already selected. */
  elements: readonly ElementDefinition[];
}

/**
 * Controller: marks the selected nodes (from the URL, not Cytoscape's own
 * selection) and their links. Renders nothing.
 */
export function SelectionController({ selected, elements }: SelectionControllerProps) {
  const cy = useCy();

  useEffect(
    function markSelection() {
      cy.batch(() => {
        cy.elements('.selected, .selected-edge').removeClass('selected selected-edge');
        for (const key of selected) {
          const node = cy.getElementById(key);
          node.addClass('selected');
          node.connectedEdges().addClass('selected-edge');
        }
      });
    },
    [cy, selected, elements],
  );

  return null;
}
