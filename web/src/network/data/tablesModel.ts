import type { ApiDuplicatesGraph, ApiTablesGraph } from '../api/tablesGraph';
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

/** The region of a table whose municipalities are unknown: its box is named on screen. */
export const UNKNOWN_REGION = '';

/** The key of a region's box in the duplicates graph. */
export const regionKey = (name: string) => `group:${name}`;

/**
 * Tables mode by default: only the tables in a duplicate pair (a red link per pair, its
 * Jaccard as label), each in the box of its region (the province most of its
 * municipalities are in), and on demand the parties seated at both tables of a pair.
 */
export function duplicatesModel(api: ApiDuplicatesGraph, unknownRegion: string): GraphModel {
  const topLoad = new Set(api.partyLoad.map((p) => nodeKey('party', p.party.id)));
  const nodes = api.duplicateTableGraph.nodes.map(nodeFromApi).map((n) => {
    if (n.kind !== 'table') return topLoad.has(n.key) ? { ...n, emphasis: true } : n;
    return { ...n, parent: regionKey(n.province ?? unknownRegion) };
  });
  const regions = [...new Set(nodes.flatMap((n) => (n.kind === 'table' ? [n.province ?? unknownRegion] : [])))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const edges: GraphEdge[] = api.duplicateTableGraph.edges.map((e) =>
    e.relation === 'DUPLICATE'
      ? {
          key: edgeKey(e.source, 'duplicate', e.target),
          source: e.source,
          target: e.target,
          kind: 'duplicate',
          shared: e.shared ?? null,
          jaccard: e.weight ?? null,
        }
      : edgeFromApi(e),
  );
  return { nodes, edges, groups: regions.map((r) => ({ key: regionKey(r), label: r })) };
}
