import type { ApiTablesGraph } from '../api/tablesGraph';
import { nodeKey } from '../state/nodeKey';
import { edgeKey, type GraphEdge, type GraphModel } from './graphModel';
import { edgeFromApi, nodeFromApi } from './fromApi';

/**
 * Tables mode: tables and their seated parties; duplicate-table pairs as
 * extra edges between the tables shown; the parties with the highest load stand out.
 */
export function tablesModel(api: ApiTablesGraph): GraphModel {
  const topLoad = new Set(api.partyLoad.map((p) => nodeKey('party', p.party.id)));
  const nodes = api.tableGraph.nodes.map(nodeFromApi).map((n) => (topLoad.has(n.key) ? { ...n, emphasis: true } : n));
  const shown = new Set(nodes.map((n) => n.key));
  const duplicates: GraphEdge[] = api.duplicateTables.flatMap((pair) => {
    const source = nodeKey('table', pair.a);
    const target = nodeKey('table', pair.b);
    if (!shown.has(source) || !shown.has(target)) return [];
    return [{ key: edgeKey(source, 'duplicate', target), source, target, kind: 'duplicate', shared: pair.shared, jaccard: pair.jaccard }];
  });
  return { nodes, edges: [...duplicates, ...api.tableGraph.edges.map(edgeFromApi)] };
}
