import type { ApiNetworkGraph } from '../api/networkGraph';
import { nodeKey } from '../state/nodeKey';
import { edgeKey, graphNode, type GraphModel } from './graphModel';

/** Networks mode: one node per network (size = its partnerships), one edge per overlapping pair. */
export function networksModel(api: ApiNetworkGraph): GraphModel {
  return {
    nodes: api.networks.map((n) =>
      graphNode({
        key: nodeKey('network', n.key),
        kind: 'network',
        id: n.key,
        name: n.name,
        weight: n.partnerships,
        networks: [n.key],
        size: n.size,
      }),
    ),
    edges: api.pairs.map((p) => {
      const source = nodeKey('network', p.a);
      const target = nodeKey('network', p.b);
      return { key: edgeKey(source, 'overlap', target), source, target, kind: 'overlap', shared: p.shared, jaccard: p.jaccard };
    }),
  };
}
