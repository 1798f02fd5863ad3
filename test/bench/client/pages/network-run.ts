/// <reference lib="dom" />
import cytoscape, { type Core } from 'cytoscape';
import { canvasOptions, rendererFor } from '@dsv-web/network/canvas/cyStyle';
import { fitGraph } from '@dsv-web/network/canvas/fit';
import { applyFrame } from '@dsv-web/network/canvas/layout/applyFrame';
import { attachEdgeLayer, layerEdges } from '@dsv-web/network/canvas/edgeLayer';
import { forceRequest, layoutRequest } from '@dsv-web/network/canvas/layout/layoutRequest';
import { createLayoutRunner } from '@dsv-web/network/canvas/layout/layoutRunner';
import { planLayout } from '@dsv-web/network/canvas/layout/planLayout';
import { endPreview, syncElementsDrawingFirst } from '@dsv-web/network/canvas/syncElements';
import type { ElementDefinition } from 'cytoscape';
import { nextFrame, round, type PageRun } from './page.js';

type Frame = { xy: Float32Array; iterations: number; done: boolean; ms: number };

/**
 * A new graph as web/src/network draws it (GraphCanvas, ElementsController and
 * LayoutController): the canvas options and renderer for its size (`renderer` 'auto':
 * as the app chooses, WebGL when large and in hardware, else the 2D canvas; 'webgl':
 * WebGL even in software), a large graph's plain links on the edge layer, the layout
 * planLayout picks, in the layout worker. The force layout's graph is fitted on its
 * first placement at once, then its frames are applied as they come, the view fitted
 * to each; fcose's positions in one step. Times from having the elements to the first
 * painted frame with positions (`firstFrame`: placeFirst's; for a large new graph the
 * edge layer's preview, links and nodes as dots, syncElementsDrawingFirst), to Cytoscape's
 * own first frame painted (`cytoscapeFrame`: shapes, pies, clickable; after a preview the
 * laid-out graph, endPreview; otherwise at once, the nodes where they were put before the
 * layout), to the first of the
 * worker's frames painted (`seedFrame`: the settled one for a layout done before the
 * worker sends frames), and to the settled layout painted (the total).
 */
export async function drawNetwork(elements: ElementDefinition[], renderer: 'auto' | 'webgl'): Promise<PageRun> {
  const t0 = performance.now();
  const chosen = renderer === 'auto' ? rendererFor(elements.length) : 'webgl';
  const cy: Core = cytoscape(canvasOptions(document.getElementById('graph'), elements.length, chosen));
  const detachLayer = attachEdgeLayer(cy);
  let cyDrawn = 0;
  // Cytoscape's own first picture: drawn in the first frame after it has the elements to draw (any renderer), painted.
  const cyPainted = new Promise<void>((resolve) =>
    syncElementsDrawingFirst(cy, elements, () => void nextFrame().then(() => ((cyDrawn = performance.now() - t0), resolve()))),
  );
  const tAdded = performance.now();
  const nodes = cy.nodes();
  const plan = planLayout(nodes.length, 0, nodes.parents().nonempty());
  const runner = createLayoutRunner();
  let firstFrame = 0;
  let seedFrame = 0;
  let workerMs = 0;
  let iterations = 0;
  let frames = 0;
  try {
    if (plan.kind === 'force') {
      // The first picture (the nodes where placeFirst put them, fitted) is painted while the worker starts.
      fitGraph(cy);
      const painted = nextFrame().then(() => (firstFrame = performance.now() - t0));
      let painting = Promise.resolve();
      const show = (frame: Frame) => {
        frames++;
        endPreview(cy);
        applyFrame(nodes, frame.xy);
        fitGraph(cy);
        painting = nextFrame().then(() => {
          seedFrame ||= performance.now() - t0;
          if (!frame.done) runner.painted();
        });
      };
      const last = (await runner.run({ kind: 'force', ...forceRequest(cy) }, show)) as Frame;
      show(last);
      await Promise.all([painted, painting, cyPainted]);
      workerMs = last.ms;
      iterations = last.iterations;
    } else if (plan.kind === 'fcose') {
      const result = await runner.run({ kind: 'fcose', ...layoutRequest(cy, plan) });
      workerMs = result.ms;
      endPreview(cy);
      cy.layout({ name: 'preset', positions: result.positions, fit: false, animate: false } as cytoscape.LayoutOptions).run();
      fitGraph(cy);
      await nextFrame();
      firstFrame = seedFrame = performance.now() - t0;
      frames = 1;
      await cyPainted;
    } else throw new Error(`bench: unexpected layout plan ${plan.kind} for ${nodes.length} nodes`);
  } finally {
    runner.terminate();
    detachLayer();
  }
  const total = performance.now() - t0;
  return {
    totalMs: round(total),
    phases: {
      add: round(tAdded - t0),
      firstFrame: round(firstFrame),
      cytoscapeFrame: round(cyDrawn),
      seedFrame: round(seedFrame),
      inWorker: workerMs,
      settled: round(total),
    },
    drawn: {
      nodes: cy.nodes().length - cy.nodes(':parent').length,
      edges: cy.edges().length + layerEdges(cy).length,
      iterations,
      frames,
      webgl: chosen === 'webgl' ? 1 : 0,
    },
  };
}
