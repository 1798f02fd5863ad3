/// <reference lib="dom" />
import { loadElements } from './graph.js';
import { drawNetwork } from './network-run.js';
import { expose } from './page.js';

/** Ours with Cytoscape's WebGL renderer even where WebGL is software only (as in headless Chromium here): what it costs or adds. */
expose(async function layoutAndDraw(size) {
  return drawNetwork(await loadElements(size), 'webgl');
});
