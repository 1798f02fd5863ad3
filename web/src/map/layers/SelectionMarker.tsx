import L from 'leaflet';
import { useEffect } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';

interface RingMarkerProps {
  lat: number;
  lon: number;
  /** CSS class of the ring: `dsv-selected` (the selection) or `dsv-highlight` (the table row in focus). */
  className: string;
  size: number;
  zIndexOffset: number;
}

/**
 * Controller: a ring at a position, above every cluster and point, so it shows
 * even when the partnership sits inside a cluster. It only marks the place: it
 * takes no clicks and no focus.
 */
export function RingMarker({ lat, lon, className, size, zIndexOffset }: RingMarkerProps) {
  const map = useLeafletMap();

  useEffect(
    function addRing() {
      const icon = L.divIcon({ className: `dsv-marker ${className}`, iconSize: [size, size] });
      const ring = L.marker([lat, lon], { icon, interactive: false, keyboard: false, zIndexOffset });
      ring.on('add', function markPosition() {
        // Where the ring stands, for tests and tools (the icon is decoration).
        const el = ring.getElement();
        el?.setAttribute('aria-hidden', 'true');
        if (el) Object.assign(el.dataset, { lat: String(lat), lon: String(lon) });
      });
      ring.addTo(map);
      return function removeRing() {
        ring.remove();
      };
    },
    [map, lat, lon, className, size, zIndexOffset],
  );

  return null;
}

/** The selected partnership: a bold ring with a white halo (CSS .dsv-selected). */
export function SelectionMarker({ lat, lon }: { lat: number; lon: number }) {
  return <RingMarker lat={lat} lon={lon} className="dsv-selected" size={34} zIndexOffset={10_000} />;
}

/** The partnership whose table row has focus or the pointer (CSS .dsv-highlight). */
export function HighlightMarker({ lat, lon }: { lat: number; lon: number }) {
  return <RingMarker lat={lat} lon={lon} className="dsv-highlight" size={44} zIndexOffset={20_000} />;
}
