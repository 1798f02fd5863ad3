import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from './CyContext';
import { fitGraph } from './fit';
import { createLayoutRunner, type LayoutRunner } from './layout/layoutRunner';
import { layoutRequest } from './layout/layoutRequest';
import { planLayout } from './layout/planLayout';

export type LayoutStatus = { state: 'running' } | { state: 'done'; ms: number; nodes: number };

interface LayoutControllerProps {
  /** Goes up each time nodes or links were added or removed: lay the graph out again. */
  request: number;
  onStatus: (status: LayoutStatus) => void;
}

/**
 * Controller: lays the graph out when its structure changes, with fcose in a Web
 * Worker (planLayout decides how, by size), then applies the positions in
 * one step and fits the view. A newer request cancels an older one. Renders nothing.
 */
export function LayoutController({ request, onStatus }: LayoutControllerProps) {
  const cy = useCy();
  const runner = useRef<LayoutRunner | null>(null);
  const laidOut = useRef(new Set<string>());

  useEffect(function stopWorkerOnUnmount() {
    return function stopLayoutWorker() {
      runner.current?.terminate();
      runner.current = null;
    };
  }, []);

  useEffect(
    function runLayout() {
      if (request === 0) return;
      let cancelled = false;
      const nodes = cy.nodes();
      const placed = nodes.filter((n) => laidOut.current.has(n.id())).length;
      const plan = planLayout(nodes.length, placed);
      const finish = (ms: number) => {
        if (cancelled) return;
        laidOut.current = new Set(cy.nodes().map((n) => n.id()));
        onStatus({ state: 'done', ms, nodes: nodes.length });
      };
      onStatus({ state: 'running' });
      if (plan.kind === 'grid') {
        gridLayout(cy);
        finish(0);
      } else if (plan.kind === 'keep') {
        fitGraph(cy);
        finish(0);
      } else {
        runner.current ??= createLayoutRunner();
        const request = layoutRequest(cy, plan);
        runner.current.run(request).then(
          (result) => {
            if (cancelled) return;
            cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false }).run();
            fitGraph(cy);
            finish(result.ms);
          },
          () => {
            if (cancelled) return;
            gridLayout(cy);
            finish(0);
          },
        );
      }
      return function cancelLayout() {
        cancelled = true;
      };
    },
    [cy, request, onStatus],
  );

  return null;
}

/** The fallback when the graph is too big for fcose or the worker fails: quick and predictable. */
function gridLayout(cy: Core) {
  cy.layout({ name: 'grid', fit: false, animate: false, avoidOverlap: true }).run();
  fitGraph(cy);
}
