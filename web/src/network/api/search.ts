import { graphql } from '../../data/gql';
import type { NetworkSearchQuery } from '../../data/gql/graphql';

/** Partnerships, parties, tables and municipalities whose name matches, best first. */
export const NetworkSearchDocument = graphql(`
  query NetworkSearch($text: String!) {
    search(text: $text, limit: 10) {
      kind
      id
      name
    }
  }
`);

export type SearchHit = NetworkSearchQuery['search'][number];

export const selectHits = (result: NetworkSearchQuery) => result.search;
