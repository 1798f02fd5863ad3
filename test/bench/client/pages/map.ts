/// <reference lib="dom" />
import L from 'leaflet';
import { DEFAULT_CENTER, DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, ZOOM_SNAP } from '@dsv-web/map/state/mapUrl';

/** A Leaflet map in `#map` with the app's opening view and zoom limits: both map pages start from it. */
export function appMap(): L.Map {
  return L.map('map', {
    center: [DEFAULT_CENTER.lat, DEFAULT_CENTER.lon],
    zoom: DEFAULT_ZOOM,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    zoomSnap: ZOOM_SNAP,
  });
}
