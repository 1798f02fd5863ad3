import type { ApiNeighbourhood } from '../api/neighbourhoods';
import type { GraphEdge, GraphModel, GraphNode } from './graphModel';
import { edgeFromApi, nodeFromApi } from './fromApi';

/**
 * Explore mode: the union of the loaded neighbourhoods. Each expanded node
 * knows how many of its neighbours are not loaded yet ("show more").
 */
export function exploreModel(hoods: readonly ApiNeighbourhood[]): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const hood of hoods) {
    for (const n of [hood.node, ...hood.neighbours]) if (!nodes.has(n.key)) nodes.set(n.key, nodeFromApi(n));
    for (const e of hood.edges.map(edgeFromApi)) edges.set(e.key, e);
  }
  for (const hood of hoods) {
    const centre = nodes.get(hood.node.key)!;
    centre.expanded = true;
    centre.more = Math.max(0, hood.total - hood.neighbours.length);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
