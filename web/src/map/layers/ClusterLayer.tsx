import L from 'leaflet';
import { useEffect } from 'react';
import { CLUSTER_MAX_ZOOM, isCluster, networkCounts, type ClusterIndex, type IndexFeature, type PointProps } from '../data/clusterIndex';
import type { NetworkPalette } from '../data/networkColors';
import { useLeafletMap } from '../leaflet/MapContext';
import { textContent, textList } from '../leaflet/textContent';
import { clusterIcon, pointIcon } from './markerIcons';

export interface ClusterTexts {
  /** Accessible name of a cluster badge. */
  cluster: (count: number) => string;
  /** The number on a badge: short for large counts ("1,3K"). */
  badge: (count: number) => string;
  /** Accessible name of a point. */
  point: (name: string, networks: readonly string[]) => string;
  /** One line of a cluster's tooltip. */
  networkLine: (key: string, count: number) => string;
  /** The tooltip line for partnerships in more than one network. */
  multiLine: (count: number) => string;
}

interface ClusterLayerProps {
  index: ClusterIndex;
  palette: NetworkPalette;
  texts: ClusterTexts;
  onSelect: (id: string) => void;
  /** Partnerships at one position that no zoom can split. */
  onStack: (points: PointProps[]) => void;
}

/**
 * Controller: draws the clusters and points that the index has for the
 * current view as divIcon markers, and redraws on every move. Markers that
 * stay in view are kept, so panning does not flicker. Markers are no tab
 * stops (hundreds of them would bury the page): the partnerships table is the
 * keyboard path, and its focused row rings its marker. Renders nothing itself.
 */
export function ClusterLayer({ index, palette, texts, onSelect, onStack }: ClusterLayerProps) {
  const map = useLeafletMap();

  useEffect(
    function drawClusters() {
      const group = L.layerGroup().addTo(map);
      const markers = new Map<string, L.Marker>();
      // Many badges share a count: word each count once (i18next plural rules are not free).
      const clusterNames = new Map<number, string>();
      const clusterName = (count: number) => clusterNames.get(count) ?? clusterNames.set(count, texts.cluster(count)).get(count)!;

      function activate(feature: IndexFeature) {
        if (!isCluster(feature)) return onSelect(feature.properties.id);
        const id = feature.properties.cluster_id;
        const zoom = index.getClusterExpansionZoom(id);
        // Partnerships at (nearly) one position: no zoom splits them, so list them instead.
        if (zoom > CLUSTER_MAX_ZOOM) return onStack(index.getLeaves(id, Infinity).map((f) => f.properties));
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        map.setView([lat, lon], Math.min(zoom, map.getMaxZoom()));
      }

      function markerFor(feature: IndexFeature): L.Marker {
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const cluster = isCluster(feature);
        const icon = cluster
          ? clusterIcon(feature.properties, feature.properties.point_count, texts.badge(feature.properties.point_count), palette)
          : pointIcon(feature.properties.networks, palette);
        const name = cluster
          ? clusterName(feature.properties.point_count)
          : texts.point(feature.properties.name, feature.properties.networks);
        const marker = L.marker([lat, lon], { icon, keyboard: false, riseOnHover: true });
        marker.on('add', function labelMarker() {
          const el = marker.getElement();
          // A named picture for screen readers that explore the map; not a control.
          el?.setAttribute('role', 'img');
          el?.setAttribute('aria-label', name);
          // What the badge stands for, exactly (the badge may abbreviate): for tests and tools.
          if (el) el.dataset.count = String(cluster ? feature.properties.point_count : 1);
        });
        marker.on('click', () => activate(feature));
        // Built when it first opens, not for every marker drawn; text nodes, never HTML.
        marker.bindTooltip(() => (cluster ? clusterTooltip(name, feature.properties, texts) : textContent(feature.properties.name)), {
          direction: 'top',
          offset: [0, -12],
        });
        return marker;
      }

      function redraw() {
        // A margin around the view, so a short pan finds its markers already there.
        const bounds = map.getBounds().pad(0.1);
        const bbox: [number, number, number, number] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
        const features = index.getClusters(bbox, Math.min(Math.round(map.getZoom()), CLUSTER_MAX_ZOOM));
        const keep = new Set<string>();
        for (const feature of features) {
          const key = isCluster(feature) ? `c${feature.properties.cluster_id}` : `p${feature.properties.id}`;
          keep.add(key);
          if (!markers.has(key)) markers.set(key, markerFor(feature).addTo(group));
        }
        for (const [key, marker] of markers) {
          if (keep.has(key)) continue;
          group.removeLayer(marker);
          markers.delete(key);
        }
      }

      redraw();
      map.on('moveend', redraw);
      return function removeClusters() {
        map.off('moveend', redraw);
        group.remove();
      };
    },
    [map, index, palette, texts, onSelect, onStack],
  );

  return null;
}

/** The cluster's name, then the networks inside it, one line each. */
function clusterTooltip(title: string, props: Parameters<typeof networkCounts>[0], texts: ClusterTexts): HTMLElement {
  const lines = networkCounts(props).map(({ key, count }) => texts.networkLine(key, count));
  if (props.multi > 0) lines.push(texts.multiLine(props.multi));
  return textList(title, lines, 'dsv-cluster-tip');
}
