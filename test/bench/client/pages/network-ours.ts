/// <reference lib="dom" />
import cytoscape, { type Core, type EdgeSingular } from 'cytoscape';
import { canvasOptions } from '@dsv-web/network/canvas/cyStyle';
import { fitGraph } from '@dsv-web/network/canvas/fit';
import { createLayoutRunner } from '@dsv-web/network/canvas/layout/layoutRunner';
import { planLayout } from '@dsv-web/network/canvas/layout/planLayout';
import { loadElements } from './graph.js';
import { expose, nextFrame, round } from './page.js';

/** As LayoutController's idealLength for links in the data. */
const idealLength = (edge: EdgeSingular) => (Number(edge.source().data('size')) + Number(edge.target().data('size'))) / 2 + 40;

/**
 * Our approach, as web/src/network does it for a new graph: the canvas
 * options of GraphCanvas, the layout planLayout picks for the size (fcose
 * "draft" in the layout worker above 500 nodes, a grid above 10,000), applied as a preset.
 */
expose(async function layoutAndDraw(size) {
  const elements = await loadElements(size);
  const t0 = performance.now();
  const cy: Core = cytoscape(canvasOptions(document.getElementById('graph'), elements.length));
  cy.batch(() => cy.add(elements));
  const tAdded = performance.now();
  const plan = planLayout(cy.nodes().length, 0);
  let layoutMs = 0;
  let tWorker = tAdded;
  if (plan.kind === 'fcose') {
    const runner = createLayoutRunner();
    const result = await runner.run({
      nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 20 })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), length: idealLength(e) })),
      randomize: plan.randomize,
      quality: plan.quality,
    });
    layoutMs = result.ms;
    tWorker = performance.now();
    cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false } as cytoscape.LayoutOptions).run();
    runner.terminate();
  } else {
    cy.layout({ name: 'grid', fit: false, animate: false, avoidOverlap: true }).run();
  }
  fitGraph(cy);
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return {
    totalMs: round(t2 - t0),
    phases: {
      add: round(tAdded - t0),
      worker: round(tWorker - tAdded),
      fcoseInWorker: layoutMs,
      preset: round(t1 - tWorker),
      layout: round(t1 - t0),
      frame: round(t2 - t1),
    },
    drawn: { nodes: cy.nodes().length, edges: cy.edges().length, plan: plan.kind === 'fcose' ? (plan.quality === 'draft' ? 1 : 2) : 0 },
  };
});
