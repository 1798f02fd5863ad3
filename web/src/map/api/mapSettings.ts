import { graphql } from '../../data/gql';
import type { MapSettingsQuery } from '../../data/gql/graphql';

export const MapSettingsDocument = graphql(`
  query MapSettings {
    mapSettings {
      tileUrl
      tileAttribution
    }
  }
`);

/** The base map, as the server is configured (TILE_URL, TILE_ATTRIBUTION); a null tileUrl draws no base map. */
export type MapSettings = MapSettingsQuery['mapSettings'];
