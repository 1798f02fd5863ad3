import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useCy } from './CyContext';
import { fitGraph } from './fit';
import { applyFrame } from './layout/applyFrame';
import type { ForceFrame } from './layout/layoutJob';
import { createLayoutRunner, type LayoutRunner } from './layout/layoutRunner';
import { forceRequest, layoutRequest } from './layout/layoutRequest';
import { planLayout, type LayoutPlan } from './layout/planLayout';
import { endPreview } from './syncElements';

export type LayoutEngine = LayoutPlan['kind'];

export type LayoutStatus =
  /** `drawn`: a first picture is on screen (the nodes on their first placement) while the layout settles. */
  | { state: 'running'; engine: LayoutEngine; drawn: boolean }
  /** `drawn`: the nodes of the data on the canvas; `clusters`: the nodes that each stand for a group of them. */
  | { state: 'done'; engine: LayoutEngine; ms: number; drawn: number; clusters: number };

interface LayoutControllerProps {
  /** Goes up each time nodes or links were added or removed: lay the graph out again. */
  request: number;
  onStatus: (status: LayoutStatus) => void;
}

/** Nodes that stand for no node of the data: group boxes and "+N" buttons. */
const AUXILIARY = new Set(['group', 'more', 'cluster']);

/**
 * Controller: lays the graph out when its structure changes, in a Web Worker
 * (planLayout decides how, by size): fcose's positions are applied in one
 * step; the force layout's graph is shown on its first placement at once, then
 * its frames as they come, one per animation frame, the view fitted to each
 * until the user pans or zooms. A newer request cancels an
 * older one. Renders nothing.
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
      let frameRequest = 0;
      let userMoved = false;
      const moved = () => (userMoved = true);
      cy.on('scrollzoom pinchzoom dragpan grab', moved);
      const nodes = cy.nodes();
      const placed = nodes.filter((n) => laidOut.current.has(n.id())).length;
      const plan = planLayout(nodes.length, placed, nodes.parents().nonempty());
      const finish = (ms: number) => {
        if (cancelled) return;
        laidOut.current = new Set(cy.nodes().map((n) => n.id()));
        const drawn = cy.nodes().filter((n) => !AUXILIARY.has(n.data('kind') as string)).length;
        onStatus({ state: 'done', engine: plan.kind, ms, drawn, clusters: cy.nodes('[kind = "cluster"]').length });
      };
      const fallBack = () => {
        if (cancelled) return;
        endPreview(cy);
        gridLayout(cy);
        finish(0);
      };
      // The force layout's graph is on screen at once, on its first placement (syncElements; a large new one as a preview).
      onStatus({ state: 'running', engine: plan.kind, drawn: plan.kind === 'force' });
      if (plan.kind === 'grid') {
        endPreview(cy);
        gridLayout(cy);
        finish(0);
      } else if (plan.kind === 'keep') {
        endPreview(cy);
        fitGraph(cy);
        finish(0);
      } else if (plan.kind === 'force') {
        fitGraph(cy);
        runner.current ??= createLayoutRunner();
        let latest: ForceFrame | null = null;
        const draw = () => {
          frameRequest = 0;
          if (cancelled || !latest) return;
          const frame = latest;
          latest = null;
          // A large new graph's preview (syncElementsDrawingFirst) gives way: Cytoscape draws the laid-out graph.
          endPreview(cy);
          applyFrame(nodes, frame.xy);
          if (!userMoved) fitGraph(cy);
          if (frame.done) finish(frame.ms);
          else requestAnimationFrame(() => runner.current?.painted());
        };
        const show = (frame: ForceFrame) => {
          latest = frame;
          frameRequest ||= requestAnimationFrame(draw);
        };
        runner.current.run({ kind: 'force', ...forceRequest(cy) }, show).then(show, fallBack);
      } else {
        runner.current ??= createLayoutRunner();
        runner.current.run({ kind: 'fcose', ...layoutRequest(cy, plan) }).then((result) => {
          if (cancelled) return;
          endPreview(cy);
          cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false }).run();
          fitGraph(cy);
          finish(result.ms);
        }, fallBack);
      }
      return function cancelLayout() {
        cancelled = true;
        cancelAnimationFrame(frameRequest);
        cy.off('scrollzoom pinchzoom dragpan grab', moved);
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
