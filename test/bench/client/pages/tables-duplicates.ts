/// <reference lib="dom" />
import cytoscape, { type Core } from 'cytoscape';
import { canvasOptions } from '@dsv-web/network/canvas/cyStyle';
import { toElements } from '@dsv-web/network/canvas/elements';
import { fitGraph } from '@dsv-web/network/canvas/fit';
import { layoutRequest } from '@dsv-web/network/canvas/layout/layoutRequest';
import { createLayoutRunner } from '@dsv-web/network/canvas/layout/layoutRunner';
import { planLayout } from '@dsv-web/network/canvas/layout/planLayout';
import { networkPalette } from '@dsv-web/network/data/palette';
import { expose, loadJson, nextFrame, round } from './page.js';

/**
 * The tables graph's default view as web/src/network draws a new one: the tables in a
 * duplicate pair boxed by region (arg 0), or with the parties at both tables (arg 1);
 * elements, plan and layout request as GraphCanvas and LayoutController make them.
 */
expose(async function layoutDuplicates(withParties) {
  const graph = await loadJson<{ nodes: unknown[]; groups?: unknown[] }>(`duplicates-${withParties ? 'parties' : 'tables'}.json`);
  const elements = toElements(graph, {
    palette: networkPalette([]),
    formatJaccard: (j: number) => j.toFixed(2),
    moreLabel: (n: number) => `+${n}`,
  });
  const t0 = performance.now();
  const cy: Core = cytoscape(canvasOptions(document.getElementById('graph'), elements.length));
  cy.batch(() => cy.add(elements));
  const tAdded = performance.now();
  const plan = planLayout(cy.nodes().length, 0);
  if (plan.kind !== 'fcose') throw new Error(`expected an fcose layout for ${cy.nodes().length} nodes`);
  const runner = createLayoutRunner();
  const result = await runner.run(layoutRequest(cy, plan));
  const tWorker = performance.now();
  cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false } as cytoscape.LayoutOptions).run();
  runner.terminate();
  fitGraph(cy);
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return {
    totalMs: round(t2 - t0),
    phases: {
      add: round(tAdded - t0),
      worker: round(tWorker - tAdded),
      fcoseInWorker: result.ms,
      preset: round(t1 - tWorker),
      frame: round(t2 - t1),
    },
    drawn: { nodes: graph.nodes.length, groups: graph.groups?.length ?? 0, edges: cy.edges().length },
  };
});
