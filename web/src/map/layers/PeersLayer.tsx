import L from 'leaflet';
import { useEffect } from 'react';
import type { Peer } from '../api/peers';
import { useLeafletMap } from '../leaflet/MapContext';
import { textContent } from '../leaflet/textContent';

interface PeersLayerProps {
  center: { lat: number; lon: number };
  radiusKm: number;
  peers: readonly Peer[];
  onSelect: (id: string) => void;
}

const RADIUS = { color: '#1f2933', weight: 2, dashArray: '6 6', fillColor: '#1b4f8a', fillOpacity: 0.06, interactive: false } as const;
const RING = { color: '#000', weight: 3, fill: false, radius: 12, className: 'dsv-peer-ring' } as const;

/** Controller: the radius around the selected partnership, and a ring around each peer inside it (click one to select it). */
export function PeersLayer({ center, radiusKm, peers, onSelect }: PeersLayerProps) {
  const map = useLeafletMap();
  const { lat, lon } = center;

  useEffect(
    function drawPeers() {
      const group = L.layerGroup().addTo(map);
      L.circle([lat, lon], { ...RADIUS, radius: radiusKm * 1000 }).addTo(group);
      for (const { partnership: p } of peers) {
        if (!p.location) continue;
        L.circleMarker([p.location.lat, p.location.lon], RING)
          .bindTooltip(() => textContent(p.name))
          .on('click', () => onSelect(p.id))
          .addTo(group);
      }
      return function removePeers() {
        group.remove();
      };
    },
    [map, lat, lon, radiusKm, peers, onSelect],
  );

  return null;
}
