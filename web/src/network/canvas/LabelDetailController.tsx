import type { ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import { useCy } from './CyContext';
import { applyLabelDetail, LABEL_ZOOM } from './labelDetail';

/**
 * Controller: the level of detail of a large graph's labels (elements.ts marks
 * the nodes `lod`): `far` (no label) while zoomed out, off from the zoom on
 * which their labels show, again when zooming out. A sync gives the nodes their
 * classes afresh, so it is applied again after each. Renders nothing.
 */
export function LabelDetailController({ elements }: { elements: readonly ElementDefinition[] }) {
  const cy = useCy();

  useEffect(
    function followZoom() {
      let near = applyLabelDetail(cy);
      const onZoom = () => {
        if (cy.zoom() >= LABEL_ZOOM !== near) near = applyLabelDetail(cy);
      };
      cy.on('zoom', onZoom);
      return () => void cy.off('zoom', onZoom);
    },
    [cy, elements],
  );

  return null;
}
