/// <reference lib="dom" />
import L from 'leaflet';
import { buildClusterIndex, CLUSTER_MAX_ZOOM, isCluster } from '@dsv-web/map/data/clusterIndex';
import { networkPalette } from '@dsv-web/map/data/networkColors';
import { clusterIcon, pointIcon } from '@dsv-web/map/layers/markerIcons';
import { appMap } from './map.js';
import { expose, loadJson, nextFrame, round } from './page.js';

interface Point {
  id: string;
  name: string;
  lat: number;
  lon: number;
  networks: string[];
}

const compact = new Intl.NumberFormat('nl', { notation: 'compact' });

/**
 * Our map layer as web/src/map draws it: the supercluster index
 * (buildClusterIndex), then what ClusterLayer's redraw does for the view —
 * one keyboard-reachable divIcon marker per cluster or point in view.
 */
expose(async function clusterAndDraw() {
  const points = await loadJson<Point[]>('points.json');
  const map = appMap();
  const palette = networkPalette(['groz', 'jzojp', 'aig', 'kavels', 'nza', 'gezondin', 'lpa']);
  await nextFrame();
  const t0 = performance.now();
  const index = buildClusterIndex(points.map((p) => ({ ...p, phase: null })));
  const t1 = performance.now();
  const group = L.layerGroup().addTo(map);
  const bounds = map.getBounds().pad(0.1);
  const features = index.getClusters(
    [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    Math.min(Math.round(map.getZoom()), CLUSTER_MAX_ZOOM),
  );
  for (const feature of features) {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const cluster = isCluster(feature);
    const count: number = cluster ? feature.properties.point_count : 1;
    const icon = cluster
      ? clusterIcon(feature.properties, count, compact.format(count), palette)
      : pointIcon(feature.properties.networks, palette);
    const name = cluster ? `${count} samenwerkingsverbanden` : String(feature.properties.name);
    const marker = L.marker([lat, lon], { icon, keyboard: true, riseOnHover: true });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
    marker.on('click', () => undefined);
    marker.bindTooltip(() => name, { direction: 'top', offset: [0, -12] });
    marker.addTo(group);
  }
  const t2 = performance.now();
  await nextFrame();
  const t3 = performance.now();
  return {
    totalMs: round(t3 - t0),
    phases: { cluster: round(t1 - t0), markers: round(t2 - t1), frame: round(t3 - t2) },
    drawn: { markers: features.length, dom: document.querySelectorAll('.leaflet-marker-icon').length },
  };
});
