import { graphql } from '../../data/gql';
import type { NeighbourhoodsQuery, NodePage } from '../../data/gql/graphql';
import { parseNodeKey } from '../state/nodeKey';
import { PAGE_SIZE, type Expansion } from '../state/viewState';
import type { ApiNodeKind } from './types';

/**
 * The loaded part of every expanded node's neighbourhood on the as-of date, in
 * one request: the URL alone says what to load, so a link restores the same graph.
 */
export const NeighbourhoodsDocument = graphql(`
  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter, $asOf: Date) {
    neighbourhoods(nodes: $nodes, filter: $filter, asOf: $asOf) {
      node {
        ...GraphNodeFields
      }
      neighbours {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
      total
    }
  }
`);

export type ApiNeighbourhood = NeighbourhoodsQuery['neighbourhoods'][number];

/** The pages to ask for: each expanded node with as many neighbours as it has pages open. */
export function neighbourhoodPages(expanded: readonly Expansion[]): NodePage[] {
  return expanded.flatMap(({ key, pages }) => {
    const ref = parseNodeKey(key);
    return ref ? [{ kind: ref.kind.toUpperCase() as ApiNodeKind, id: ref.id, offset: 0, limit: pages * PAGE_SIZE }] : [];
  });
}
