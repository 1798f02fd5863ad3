/// <reference lib="dom" />
import './global-leaflet.js';
import L from 'leaflet';
import 'leaflet.markercluster';
import { appMap } from './map.js';
import { expose, loadJson, nextFrame, round } from './page.js';

interface Point {
  lat: number;
  lon: number;
}

/**
 * The same points with Leaflet.markercluster at its defaults, given its best
 * case: one shared divIcon for every marker and a single bulk addLayers.
 */
expose(async function clusterAndDraw() {
  const points = await loadJson<Point[]>('points.json');
  const map = appMap();
  const icon = L.divIcon({ className: 'dsv-marker', html: '<span class="dsv-point"></span>', iconSize: [14, 14] });
  await nextFrame();
  const t0 = performance.now();
  const markers = points.map((p) => L.marker([p.lat, p.lon], { icon }));
  const t1 = performance.now();
  const group = L.markerClusterGroup();
  group.addLayers(markers);
  map.addLayer(group);
  const t2 = performance.now();
  await nextFrame();
  const t3 = performance.now();
  return {
    totalMs: round(t3 - t0),
    phases: { markers: round(t1 - t0), cluster: round(t2 - t1), frame: round(t3 - t2) },
    drawn: { dom: document.querySelectorAll('.leaflet-marker-icon').length },
  };
});
