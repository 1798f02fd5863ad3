import { request } from '../../api/graphql';

/** Another partnership within the radius (DESIGN.md §4). */
export interface Peer {
  partnership: { id: string; name: string; phase: number | null; location: { lat: number; lon: number } | null };
  distanceKm: number;
  sharedThemes: number;
  sharedParties: number;
}

/** The API's own maximum: every peer within the radius, up to 500. */
export const PEERS_LIMIT = 500;

export const PEERS_QUERY = /* GraphQL */ `
  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int) {
    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit) {
      partnership {
        id
        name
        phase
        location {
          lat
          lon
        }
      }
      distanceKm
      sharedThemes
      sharedParties
    }
  }
`;

/** Peers by shared themes (desc), distance, name: the API's order. */
export async function fetchPeers(id: string, radiusKm: number, signal: AbortSignal): Promise<Peer[]> {
  const data = await request<{ peersNearby: Peer[] }>(PEERS_QUERY, { id, radiusKm, limit: PEERS_LIMIT }, { signal });
  return data.peersNearby;
}
