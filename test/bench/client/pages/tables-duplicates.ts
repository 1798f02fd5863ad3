/// <reference lib="dom" />
import { toElements } from '@dsv-web/network/canvas/elements';
import { networkPalette } from '@dsv-web/network/data/palette';
import { drawNetwork } from './network-run.js';
import { expose, loadJson } from './page.js';

/**
 * The tables graph's default view as web/src/network draws a new one: the tables in a
 * duplicate pair boxed by region (arg 0), or with the parties at both tables (arg 1);
 * elements, renderer, plan and layout as GraphCanvas and LayoutController make them.
 */
expose(async function layoutDuplicates(withParties) {
  const graph = await loadJson<{ nodes: unknown[]; groups?: unknown[] }>(`duplicates-${withParties ? 'parties' : 'tables'}.json`);
  const elements = toElements(graph, {
    palette: networkPalette([]),
    formatJaccard: (j: number) => j.toFixed(2),
    moreLabel: (n: number) => `+${n}`,
    clusterLabel: (name: string, n: number) => `${name} e.a. (${n})`,
  });
  const run = await drawNetwork(elements, 'auto');
  return { ...run, drawn: { ...run.drawn, groups: graph.groups?.length ?? 0 } };
});
