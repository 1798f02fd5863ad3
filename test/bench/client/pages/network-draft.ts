/// <reference lib="dom" />
import cytoscape, { type Core } from 'cytoscape';
import { canvasOptions } from '@dsv-web/network/canvas/cyStyle';
import { fitGraph } from '@dsv-web/network/canvas/fit';
import { layoutRequest } from '@dsv-web/network/canvas/layout/layoutRequest';
import { createLayoutRunner } from '@dsv-web/network/canvas/layout/layoutRunner';
import { loadElements } from './graph.js';
import { expose, nextFrame, round } from './page.js';

/** Above this many nodes the app drew a grid instead. */
const OLD_DRAFT_LIMIT = 10_000;

/**
 * Before the force layout: what the app did for a new graph of more than 300 nodes
 * (until 2026-11): fcose "draft" (spectral only) in the layout worker, applied as a
 * preset in one step, on the 2D canvas; nothing drawn until then. Above 10,000 nodes a grid.
 */
expose(async function layoutAndDraw(size) {
  const elements = await loadElements(size);
  const t0 = performance.now();
  const cy: Core = cytoscape(canvasOptions(document.getElementById('graph'), elements.length, 'canvas'));
  cy.batch(() => cy.add(elements));
  const tAdded = performance.now();
  let fcoseInWorker = 0;
  if (size <= OLD_DRAFT_LIMIT) {
    const runner = createLayoutRunner();
    const result = await runner.run({ kind: 'fcose', ...layoutRequest(cy, { kind: 'fcose', randomize: true, quality: 'draft' }) });
    runner.terminate();
    fcoseInWorker = result.ms;
    cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false } as cytoscape.LayoutOptions).run();
  } else cy.layout({ name: 'grid', fit: false, animate: false, avoidOverlap: true }).run();
  const tWorker = performance.now();
  fitGraph(cy);
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return {
    totalMs: round(t2 - t0),
    phases: {
      add: round(tAdded - t0),
      worker: round(tWorker - tAdded),
      fcoseInWorker,
      preset: round(t1 - tWorker),
      frame: round(t2 - t1),
    },
    drawn: { nodes: cy.nodes().length, edges: cy.edges().length },
  };
});
