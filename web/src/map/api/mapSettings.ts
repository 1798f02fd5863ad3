import { request } from '../../api/graphql';

/** The base map, as the server is configured (TILE_URL, TILE_ATTRIBUTION). */
export interface MapSettings {
  /** Leaflet tile template; null draws no base map. */
  tileUrl: string | null;
  tileAttribution: string;
}

export const MAP_SETTINGS_QUERY = /* GraphQL */ `
  query MapSettings {
    mapSettings {
      tileUrl
      tileAttribution
    }
  }
`;

export async function fetchMapSettings(signal: AbortSignal): Promise<MapSettings> {
  const data = await request<{ mapSettings: MapSettings }>(MAP_SETTINGS_QUERY, undefined, { signal });
  return data.mapSettings;
}
