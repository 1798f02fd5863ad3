/// <reference lib="dom" />
import { toElements } from '@dsv-web/network/canvas/elements';
import { networkPalette } from '@dsv-web/network/data/palette';
import type { ElementDefinition } from 'cytoscape';
import { loadJson } from './page.js';

/** The generated graph (a GraphModel of web/src/network) as the app turns it into Cytoscape elements. */
export async function loadElements(nodes: number): Promise<ElementDefinition[]> {
  const graph = await loadJson<unknown>(`graph-${nodes}.json`);
  const options = {
    palette: networkPalette(['groz', 'jzojp', 'aig', 'kavels', 'nza', 'gezondin', 'lpa']),
    formatJaccard: (j: number) => j.toFixed(2),
    moreLabel: (n: number) => `+${n}`,
    clusterLabel: (name: string, n: number) => `${name} e.a. (${n})`,
  };
  return toElements(graph, options) as ElementDefinition[];
}
