import L from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';

/** The icon: a bold ring with a white halo (CSS .dsv-selected), the same for every selection. */
function selectedIcon(): L.DivIcon {
  return L.divIcon({ className: 'dsv-marker dsv-selected', iconSize: [34, 34] });
}

/**
 * A ring around the selected partnership, above every cluster and point, so
 * it shows even when the partnership sits inside a cluster. It only marks the
 * place: the panel and the point itself are what you interact with.
 */
export function SelectionMarker({ lat, lon }: { lat: number; lon: number }) {
  const icon = useMemo(selectedIcon, []);
  return <Marker position={[lat, lon]} icon={icon} interactive={false} keyboard={false} zIndexOffset={10_000} />;
}
