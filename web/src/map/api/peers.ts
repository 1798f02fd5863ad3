import { graphql } from '../../data/gql';
import type { PeersNearbyQuery } from '../../data/gql/graphql';

/** The API's own maximum: every peer within the radius, up to 500. */
export const PEERS_LIMIT = 500;

/** Peers by shared themes (desc), distance, name: the API's order. */
export const PeersNearbyDocument = graphql(`
  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int, $asOf: Date) {
    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit, asOf: $asOf) {
      partnership {
        id
        name
        phase
        location {
          lat
          lon
        }
        networks {
          key
        }
      }
      distanceKm
      sharedThemes
      sharedParties
      themesInCommon
      partiesInCommon {
        id
        name
      }
    }
  }
`);

/** Another partnership within the radius (DESIGN.md §4). */
export type Peer = PeersNearbyQuery['peersNearby'][number];
