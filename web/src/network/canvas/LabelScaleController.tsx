import { useEffect } from 'react';
import { useCy } from './CyContext';

/** The labels that are always shown: network names and the Jaccard numbers on links. */
const ALWAYS_LABELLED = [
  { selector: 'node[kind = "network"]', fontSize: 13, maxWidth: 170 },
  { selector: 'edge[kind = "overlap"], edge[kind = "duplicate"]', fontSize: 11, maxWidth: 0 },
] as const;
/** Labels never grow past this factor, so zooming far out does not bury the graph in text. */
const MAX_SCALE = 3;

/**
 * Controller: keeps the always-shown labels readable when the graph is zoomed
 * out to fit a small screen (a phone would draw them ~5 px high), by growing
 * their font size as the zoom shrinks below 1. Renders nothing.
 */
export function LabelScaleController() {
  const cy = useCy();

  useEffect(
    function keepLabelsReadable() {
      let scale = 0;
      let pending = 0;
      function apply() {
        pending = 0;
        cy.batch(() => {
          for (const { selector, fontSize, maxWidth } of ALWAYS_LABELLED) {
            const elements = cy.$(selector);
            elements.style('font-size', fontSize * scale);
            if (maxWidth) elements.style('text-max-width', `${Math.round(maxWidth * scale)}px`);
          }
        });
      }
      function rescale() {
        const next = Math.min(MAX_SCALE, Math.max(1, 1 / cy.zoom()));
        if (Math.abs(next - scale) < 0.05) return;
        scale = next;
        apply();
      }
      rescale();
      cy.on('zoom', rescale);
      // New elements (an expansion, another mode) get the current size too: once
      // per frame, not once per element ('add' fires for each).
      function applySoon() {
        pending ||= requestAnimationFrame(apply);
      }
      cy.on('add', applySoon);
      return function stopKeepingLabelsReadable() {
        cy.off('zoom', rescale);
        cy.off('add', applySoon);
        cancelAnimationFrame(pending);
      };
    },
    [cy],
  );

  return null;
}
