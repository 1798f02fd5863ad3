import { useEffect } from 'react';
import { useCy } from './CyContext';

/** Controller: tells Cytoscape when its box changes size (window, sidebar, zoom). Renders nothing. */
export function ResizeController() {
  const cy = useCy();

  useEffect(
    function followContainerSize() {
      const container = cy.container();
      if (!container) return;
      const observer = new ResizeObserver(() => cy.resize());
      observer.observe(container);
      return function stopFollowingContainerSize() {
        observer.disconnect();
      };
    },
    [cy],
  );

  return null;
}
