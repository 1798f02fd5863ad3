import L from 'leaflet';
import { useEffect } from 'react';
import type { MapSettings } from '../api/mapSettings';
import { useLeafletMap } from '../leaflet/MapContext';

/** Tile errors before any tile loaded that mean the tile server is out of reach. */
const FAILED_AFTER = 4;

interface BaseTilesProps {
  settings: MapSettings | null;
  /** Told true when tiles fail to load (none loaded, several errors), false when one loads. */
  onFailing?: (failing: boolean) => void;
}

/**
 * Controller: the base map from the server's settings. Without it (no
 * TILE_URL, offline, a failing tile server) the outlines, points, clusters and
 * crowding still draw, and the figure says quietly that the tiles are missing.
 */
export function BaseTiles({ settings, onFailing }: BaseTilesProps) {
  const map = useLeafletMap();
  const url = settings?.tileUrl ?? null;
  const attribution = settings?.tileAttribution;

  useEffect(
    function addTiles() {
      if (!url) return;
      let errors = 0;
      let loaded = false;
      const tiles = L.tileLayer(url, { attribution, maxZoom: 19, crossOrigin: 'anonymous' })
        .on('tileerror', () => {
          errors += 1;
          if (!loaded && errors === FAILED_AFTER) onFailing?.(true);
        })
        .on('tileload', () => {
          if (!loaded) onFailing?.(false);
          loaded = true;
        })
        .addTo(map);
      return function removeTiles() {
        tiles.off();
        tiles.remove();
      };
    },
    [map, url, attribution, onFailing],
  );

  return null;
}
