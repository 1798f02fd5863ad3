import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import type { Peer } from '../api/peers';

interface PeersLayerProps {
  center: { lat: number; lon: number };
  radiusKm: number;
  peers: readonly Peer[];
  onSelect: (id: string) => void;
}

const RING = { color: '#000', weight: 3, fill: false } as const;

/** The radius around the selected partnership, and a ring around each peer inside it (click one to select it). */
export function PeersLayer({ center, radiusKm, peers, onSelect }: PeersLayerProps) {
  return (
    <>
      <Circle
        center={[center.lat, center.lon]}
        radius={radiusKm * 1000}
        interactive={false}
        pathOptions={{ color: '#1f2933', weight: 2, dashArray: '6 6', fillColor: '#1b4f8a', fillOpacity: 0.06 }}
      />
      {peers.map(({ partnership: p }) =>
        p.location ? (
          <CircleMarker
            key={p.id}
            className="dsv-peer-ring"
            center={[p.location.lat, p.location.lon]}
            radius={12}
            pathOptions={RING}
            eventHandlers={{ click: () => onSelect(p.id) }}
          >
            <Tooltip>{p.name}</Tooltip>
          </CircleMarker>
        ) : null,
      )}
    </>
  );
}
