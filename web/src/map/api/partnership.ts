import { graphql } from '../../data/gql';
import type { MapPartnershipQuery } from '../../data/gql/graphql';

export const MapPartnershipDocument = graphql(`
  query MapPartnership($id: ID!, $asOf: Date) {
    partnership(id: $id, asOf: $asOf) {
      id
      name
      description
      phase
      startYear
      website
      source
      location {
        lat
        lon
      }
      locationIsCentroid
      networks {
        key
        name
      }
      members {
        role
        party {
          id
          name
          domain
        }
      }
      missingDomains
      themes
      municipalities {
        code
        name
      }
      tables {
        id
        name
        level
        theme
      }
      initiatives {
        id
        name
        scalingStatus
      }
    }
  }
`);

/** Everything the side panel shows about one partnership. */
export type PartnershipDetail = NonNullable<MapPartnershipQuery['partnership']>;
