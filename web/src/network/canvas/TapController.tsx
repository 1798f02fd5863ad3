import type { EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useCy } from './CyContext';

interface TapControllerProps {
  /** A node was tapped or clicked; `additive` with Shift, Ctrl or Cmd held. */
  onNodeTap: (key: string, additive: boolean) => void;
  /** The pseudo-node "+N" of `owner` was tapped. */
  onMoreTap: (owner: string) => void;
  onBackgroundTap: () => void;
}

/** Controller: turns taps and clicks on the canvas into the view's actions. Renders nothing. */
export function TapController({ onNodeTap, onMoreTap, onBackgroundTap }: TapControllerProps) {
  const cy = useCy();

  useEffect(
    function listenForTaps() {
      function nodeTapped(event: EventObject) {
        const node = event.target;
        if (node.data('kind') === 'more') return onMoreTap(node.data('owner'));
        // A region's box is no node of the data.
        if (node.data('kind') === 'group') return;
        const original = event.originalEvent as MouseEvent | undefined;
        onNodeTap(node.id(), Boolean(original && (original.shiftKey || original.ctrlKey || original.metaKey)));
      }
      function canvasTapped(event: EventObject) {
        if (event.target === cy) onBackgroundTap();
      }
      cy.on('tap', 'node', nodeTapped);
      cy.on('tap', canvasTapped);
      return function stopListeningForTaps() {
        cy.off('tap', 'node', nodeTapped);
        cy.off('tap', canvasTapped);
      };
    },
    [cy, onNodeTap, onMoreTap, onBackgroundTap],
  );

  return null;
}
