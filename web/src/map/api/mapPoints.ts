import { graphql } from '../../data/gql';
import type { MapPointsQuery } from '../../data/gql/graphql';

export const MapPointsDocument = graphql(`
  query MapPoints($filter: PartnershipFilter, $asOf: Date) {
    mapPoints(filter: $filter, asOf: $asOf) {
      id
      name
      lat
      lon
      phase
      networks
    }
    partnerships(filter: $filter, asOf: $asOf, first: 1) {
      totalCount
    }
  }
`);

export type MapPointsResult = ReturnType<typeof selectMapPoints>;

/** Every matching partnership with a location, and how many match in all (with or without one). */
export function selectMapPoints(result: MapPointsQuery) {
  return { points: result.mapPoints, matching: result.partnerships.totalCount };
}
