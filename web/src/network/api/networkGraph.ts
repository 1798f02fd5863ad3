import { graphql } from '../../data/gql';
import type { NetworkGraphQuery } from '../../data/gql/graphql';

/** The networks and their overlap among the partnerships that pass the filters on the as-of date. */
export const NetworkGraphDocument = graphql(`
  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {
    networkGraph(basis: $basis, filter: $filter, asOf: $asOf) {
      networks {
        key
        name
        reportedCount
        partnerships
        size
      }
      pairs {
        a
        b
        shared
        jaccard
      }
    }
  }
`);

export type ApiNetworkGraph = NetworkGraphQuery['networkGraph'];
