import type { Core, EdgeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from './CyContext';
import { fitGraph } from './fit';
import { createLayoutRunner, type LayoutRunner } from './layout/layoutRunner';
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
        const request = {
          nodes: nodes.map((n) => ({
            id: n.id(),
            size: Number(n.data('size')) || 20,
            parent: (n.data('parent') as string | undefined) ?? undefined,
            position: plan.randomize ? undefined : { ...n.position() },
          })),
          edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), length: idealLength(e) })),
          randomize: plan.randomize,
          quality: plan.quality,
        };
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

/**
 * Room for both ends; more for a duplicate-table pair (the parties they share
 * pull duplicates together, and their red link must stay visible) and for
 * the networks' overlap.
 */
function idealLength(edge: EdgeSingular): number {
  const ends = (Number(edge.source().data('size')) + Number(edge.target().data('size'))) / 2 || 30;
  if (edge.data('kind') === 'duplicate') return 160 + ends;
  // Networks carry long labels: give them room to be read.
  if (edge.data('kind') === 'overlap') return 150 + ends;
  return 40 + ends;
}

/** The fallback when the graph is too big for fcose or the worker fails: quick and predictable. */
function gridLayout(cy: Core) {
  cy.layout({ name: 'grid', fit: false, animate: false, avoidOverlap: true }).run();
  fitGraph(cy);
}
