import { graphql } from '../data/gql';
import type { ChangedPartnershipsQuery, CrowdingChangeQuery, NetworkChangeQuery } from '../data/gql/graphql';

/** Per network: partnerships on each date, and those that joined and left in between (DESIGN.md §9.3). */
export const NetworkChangeDocument = graphql(`
  query NetworkChange($from: Date!, $to: Date!) {
    dataInfo {
      illustrative
    }
    networks {
      key
      name
    }
    networkChange(from: $from, to: $to) {
      network
      before
      after
      joined
      left
    }
  }
`);

/** The crowding index of every municipality (no type) or region on both dates, by |delta| desc, then code. */
export const CrowdingChangeDocument = graphql(`
  query CrowdingChange($from: Date!, $to: Date!, $type: RegionType) {
    crowdingChange(from: $from, to: $to, type: $type) {
      code
      name
      before
      after
      delta
    }
  }
`);

/** One page of the partnerships valid on a date, with their own dates and their networks of that date. */
export const ChangedPartnershipsDocument = graphql(`
  query ChangedPartnerships($asOf: Date!, $first: Int!, $after: String) {
    partnerships(asOf: $asOf, first: $first, after: $after) {
      nodes {
        id
        name
        validFrom
        validTo
        networks {
          key
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export type NetworkChangeData = NetworkChangeQuery;
export type NetworkChangeRow = NetworkChangeQuery['networkChange'][number];
export type CrowdingChangeRow = CrowdingChangeQuery['crowdingChange'][number];
export type DatedPartnership = ChangedPartnershipsQuery['partnerships']['nodes'][number];
