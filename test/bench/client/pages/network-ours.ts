/// <reference lib="dom" />
import { loadElements } from './graph.js';
import { drawNetwork } from './network-run.js';
import { expose } from './page.js';

/** Ours, as the app draws a new graph of this size: the force layout drawn at once and as it settles, the plain links of a large graph on the edge layer, WebGL when large and in hardware. */
expose(async function layoutAndDraw(size) {
  return drawNetwork(await loadElements(size), 'auto');
});
