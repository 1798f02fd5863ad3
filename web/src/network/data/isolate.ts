import type { GraphModel } from './graphModel';

/**
 * Focus mode: the selected nodes, their direct neighbours and the links among
 * them. Without a selection, the whole graph.
 */
export function isolateSelection(graph: GraphModel, selected: readonly string[]): GraphModel {
  const present = new Set(graph.nodes.map((n) => n.key));
  const chosen = new Set(selected.filter((key) => present.has(key)));
  if (chosen.size === 0) return graph;
  const keep = new Set(chosen);
  for (const e of graph.edges) {
    if (chosen.has(e.source)) keep.add(e.target);
    if (chosen.has(e.target)) keep.add(e.source);
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.key)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
