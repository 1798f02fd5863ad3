import { request } from '../../api/graphql';

/** Crowding in one municipality (DESIGN.md §4). */
export interface AreaCrowding {
  code: string;
  name: string;
  province: string;
  location: { lat: number; lon: number } | null;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  /** partnerships + tables */
  index: number;
}

/** More than the Netherlands has municipalities (342 in 2024): all of them. */
const ALL_MUNICIPALITIES = 1000;

export const CROWDING_QUERY = /* GraphQL */ `
  query Crowding($top: Int) {
    crowding(top: $top) {
      code
      name
      province
      location {
        lat
        lon
      }
      partnerships
      networks
      tables
      parties
      index
    }
  }
`;

export async function fetchCrowding(signal: AbortSignal): Promise<AreaCrowding[]> {
  const data = await request<{ crowding: AreaCrowding[] }>(CROWDING_QUERY, { top: ALL_MUNICIPALITIES }, { signal });
  return data.crowding;
}
