/// <reference lib="dom" />
import { loadElements } from './graph.js';
import { drawNetwork } from './network-run.js';
import { expose } from './page.js';

/** Ours, as the app draws a new graph of this size: the force layout drawn as it settles, WebGL when large. */
expose(async function layoutAndDraw(size) {
  return drawNetwork(await loadElements(size), 'auto');
});
