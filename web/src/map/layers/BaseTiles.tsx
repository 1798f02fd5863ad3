import { TileLayer } from 'react-leaflet';
import type { MapSettings } from '../api/mapSettings';

/**
 * The base map from the server's settings. Without it (no TILE_URL, offline,
 * a failing tile server) the points, clusters and crowding still draw.
 */
export function BaseTiles({ settings }: { settings: MapSettings | null }) {
  if (!settings?.tileUrl) return null;
  return <TileLayer url={settings.tileUrl} attribution={settings.tileAttribution} maxZoom={19} crossOrigin="anonymous" />;
}
