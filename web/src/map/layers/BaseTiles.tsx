import L from 'leaflet';
import { useEffect } from 'react';
import type { MapSettings } from '../api/mapSettings';
import { useLeafletMap } from '../leaflet/MapContext';

/**
 * Controller: the base map from the server's settings. Without it (no
 * TILE_URL, offline, a failing tile server) the points, clusters and crowding
 * still draw.
 */
export function BaseTiles({ settings }: { settings: MapSettings | null }) {
  const map = useLeafletMap();
  const url = settings?.tileUrl ?? null;
  const attribution = settings?.tileAttribution;

  useEffect(
    function addTiles() {
      if (!url) return;
      const tiles = L.tileLayer(url, { attribution, maxZoom: 19, crossOrigin: 'anonymous' }).addTo(map);
      return function removeTiles() {
        tiles.remove();
      };
    },
    [map, url, attribution],
  );

  return null;
}
