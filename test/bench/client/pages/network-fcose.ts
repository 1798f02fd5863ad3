/// <reference lib="dom" />
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from '@dsv-web/network/canvas/cyStyle';
import { loadElements } from './graph.js';
import { expose, nextFrame, round } from './page.js';

cytoscape.use(fcose);

/**
 * The same elements and stylesheet with fcose at its defaults (quality
 * "default", randomize, fit), on the page's thread, except `animate: false`:
 * fcose's default 1 s animation would only add to its time.
 */
expose(async function layoutAndDraw(size) {
  const elements = await loadElements(size);
  const t0 = performance.now();
  const cy: Core = cytoscape({ container: document.getElementById('graph'), style: graphStyle, elements });
  cy.layout({ name: 'fcose', animate: false } as cytoscape.LayoutOptions).run();
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return {
    totalMs: round(t2 - t0),
    phases: { layout: round(t1 - t0), frame: round(t2 - t1) },
    drawn: { nodes: cy.nodes().length, edges: cy.edges().length },
  };
});
