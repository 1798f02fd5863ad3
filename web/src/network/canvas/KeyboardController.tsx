import type { NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from './CyContext';

/** Every node but the boxes around groups: the keyboard moves between nodes of the data. */
const DATA_NODES = '[kind != "group"]';
/** "+N" and a community drawn as one node open with Enter; they are no node of the data to select. */
const NOT_SELECTABLE = new Set(['more', 'cluster']);
import { fitGraph } from './fit';
import { ARROW_KEYS, nearestInDirection } from './navigate';

interface KeyboardControllerProps {
  /** The focusable box around the canvas. */
  target: HTMLElement;
  /** The node the keyboard is on. */
  active: string | null;
  onActiveChange: (key: string | null) => void;
  /** Enter: what a click does. */
  onActivate: (key: string) => void;
  /** Space: add to or take from the selection. */
  onToggleSelect: (key: string) => void;
  /** Escape: clear the selection. */
  onClear: () => void;
  onMore: (owner: string) => void;
}

const ZOOM_STEP = 1.25;

/**
 * Controller: the graph by keyboard. Arrow keys move to the nearest node in
 * that direction, Enter acts like a click, Space selects, Escape clears,
 * + and − zoom, 0 fits the whole graph. Renders nothing.
 */
export function KeyboardController({
  target,
  active,
  onActiveChange,
  onActivate,
  onToggleSelect,
  onClear,
  onMore,
}: KeyboardControllerProps) {
  const cy = useCy();
  // The node the keyboard is on, also between a key press and the re-render it causes.
  const current = useRef(active);

  useEffect(
    function followActiveNode() {
      current.current = active;
    },
    [active],
  );

  useEffect(
    function listenForKeys() {
      function moveTo(key: string | null) {
        current.current = key;
        onActiveChange(key);
      }
      function startNode(): NodeSingular | undefined {
        const selected = cy.nodes('.selected')[0];
        if (selected) return selected;
        return cy.nodes(DATA_NODES).max((n) => Number(n.data('size')) || 0).ele as NodeSingular | undefined;
      }
      function keyPressed(event: KeyboardEvent) {
        if (event.target !== target || event.altKey || event.ctrlKey || event.metaKey) return;
        const found = current.current ? cy.getElementById(current.current) : undefined;
        const node = found && found.nonempty() ? (found as NodeSingular) : undefined;
        const direction = ARROW_KEYS[event.key];
        let handled = true;
        if (direction) {
          if (!node) moveTo(startNode()?.id() ?? null);
          else {
            const points = cy.nodes(DATA_NODES).map((n) => ({ id: n.id(), ...n.position() }));
            const next = nearestInDirection(points, { id: node.id(), ...node.position() }, direction);
            if (next) moveTo(next);
          }
        } else if (event.key === 'Enter' && node) {
          if (node.data('kind') === 'more') onMore(node.data('owner'));
          else onActivate(node.id());
        } else if (event.key === ' ' && node && !NOT_SELECTABLE.has(node.data('kind') as string)) onToggleSelect(node.id());
        else if (event.key === 'Escape') onClear();
        else if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
        else if (event.key === '-') zoomBy(1 / ZOOM_STEP);
        else if (event.key === '0') fitGraph(cy);
        else handled = false;
        if (handled) event.preventDefault();
      }
      function zoomBy(factor: number) {
        const { width, height } = target.getBoundingClientRect();
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
      }
      target.addEventListener('keydown', keyPressed);
      return function stopListeningForKeys() {
        target.removeEventListener('keydown', keyPressed);
      };
    },
    [cy, target, onActiveChange, onActivate, onToggleSelect, onClear, onMore],
  );

  useEffect(
    function markActiveNode() {
      if (!active) return;
      const node = cy.getElementById(active);
      node.addClass('active');
      const box = node.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
      return function unmarkActiveNode() {
        node.removeClass('active');
      };
    },
    [cy, active],
  );

  return null;
}
