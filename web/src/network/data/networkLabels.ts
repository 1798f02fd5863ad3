import type { Labels } from '../../ui/labels';
import type { GraphModel } from './graphModel';

/**
 * The graph with its network nodes named by the kit's labels (the report's
 * names, in the UI language) instead of the names the data gives them; other
 * nodes keep their own names. The same graph when there is nothing to rename.
 */
export function withNetworkLabels(graph: GraphModel, labels: Labels): GraphModel {
  if (!graph.nodes.some((n) => n.kind === 'network')) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.kind === 'network' ? { ...n, name: labels.network(n.id, n.name) } : n)) };
}
