import { request } from '../../api/graphql';
import { parseNodeKey } from '../state/nodeKey';
import { PAGE_SIZE, type Expansion } from '../state/viewState';
import { NODE_FIELDS, type ApiEdge, type ApiFilter, type ApiNode, type ApiNodeKind } from './types';

export interface ApiNeighbourhood {
  node: ApiNode;
  neighbours: ApiNode[];
  edges: ApiEdge[];
  total: number;
}

const QUERY = /* GraphQL */ `
  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter) {
    neighbourhoods(nodes: $nodes, filter: $filter) {
      node { ${NODE_FIELDS} }
      neighbours { ${NODE_FIELDS} }
      edges { source target relation }
      total
    }
  }
`;

/**
 * The loaded part of every expanded node's neighbourhood, in one request: the
 * URL alone says what to load, so a link restores the same graph.
 */
export async function fetchNeighbourhoods(
  expanded: readonly Expansion[],
  filter: ApiFilter,
  signal: AbortSignal,
): Promise<ApiNeighbourhood[]> {
  const nodes = expanded.flatMap(({ key, pages }) => {
    const ref = parseNodeKey(key);
    return ref ? [{ kind: ref.kind.toUpperCase() as ApiNodeKind, id: ref.id, offset: 0, limit: pages * PAGE_SIZE }] : [];
  });
  if (nodes.length === 0) return [];
  const data = await request<{ neighbourhoods: ApiNeighbourhood[] }>(QUERY, { nodes, filter }, { signal });
  return data.neighbourhoods;
}
