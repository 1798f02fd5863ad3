import L from 'leaflet';
import { useEffect } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';

/** A request to show a whole circle; a new object each time the user asks. */
export interface FitRequest {
  lat: number;
  lon: number;
  radiusKm: number;
}

/**
 * Controller: when the user turns peers on or changes the radius, the map
 * zooms to show the whole circle. Only on request, so a link keeps its view.
 */
export function FitCircle({ request }: { request: FitRequest | null }) {
  const map = useLeafletMap();

  useEffect(
    function fitCircle() {
      if (!request) return;
      map.fitBounds(L.latLng(request.lat, request.lon).toBounds(request.radiusKm * 2000), { padding: [16, 16] });
    },
    [map, request],
  );

  return null;
}
