import { request } from '../../api/graphql';

import type { MapPoint } from '../data/mapPoint';

export type { MapPoint };

export interface MapPointsResult {
  points: MapPoint[];
  /** Every partnership that matches the filter, with or without a location. */
  matching: number;
}

export const MAP_POINTS_QUERY = /* GraphQL */ `
  query MapPoints($filter: PartnershipFilter) {
    mapPoints(filter: $filter) {
      id
      name
      lat
      lon
      phase
      networks
    }
    partnerships(filter: $filter, first: 1) {
      totalCount
    }
  }
`;

interface MapPointsData {
  mapPoints: MapPoint[];
  partnerships: { totalCount: number };
}

/** Every matching partnership with a location, and how many match in all. */
export async function fetchMapPoints(filter: Record<string, unknown>, signal: AbortSignal): Promise<MapPointsResult> {
  const data = await request<MapPointsData>(MAP_POINTS_QUERY, { filter }, { signal });
  return { points: data.mapPoints, matching: data.partnerships.totalCount };
}
