import { useEffect, useRef } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';
import type { Bbox } from '../data/bounds';
import { roundCoord } from '../state/mapUrl';

export interface MapMove {
  lat: number;
  lon: number;
  zoom: number;
  bbox: Bbox;
}

interface ViewSyncProps {
  lat: number;
  lon: number;
  zoom: number;
  onMove: (move: MapMove) => void;
}

/**
 * Controller: keeps the map and the URL's centre and zoom in step. Every move
 * is reported (and the container carries it as data-lat/lon/zoom); a URL
 * change that the map did not make itself (a link, "show on map") moves the map.
 * It stops listening before the map is removed, and ignores moves of a map
 * whose box has left the page.
 */
export function ViewSync({ lat, lon, zoom, onMove }: ViewSyncProps) {
  const map = useLeafletMap();
  const written = useRef({ lat: roundCoord(lat), lon: roundCoord(lon), zoom });

  useEffect(
    function reportMoves() {
      let listening = true;
      function onMoveEnd() {
        // Moves of a map on its way out (leaving the page) are not the user's: never reported.
        if (!listening || !map.getContainer().isConnected) return;
        const c = map.getCenter();
        const b = map.getBounds();
        const move = { lat: c.lat, lon: c.lng, zoom: map.getZoom(), bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as Bbox };
        written.current = { lat: roundCoord(move.lat), lon: roundCoord(move.lon), zoom: move.zoom };
        const el = map.getContainer();
        el.dataset.lat = String(written.current.lat);
        el.dataset.lon = String(written.current.lon);
        el.dataset.zoom = String(move.zoom);
        onMove(move);
      }
      onMoveEnd();
      map.on('moveend', onMoveEnd);
      return function stopReportingMoves() {
        listening = false;
        map.off('moveend', onMoveEnd);
      };
    },
    [map, onMove],
  );

  useEffect(
    function followUrlView() {
      const w = written.current;
      if (w.lat === roundCoord(lat) && w.lon === roundCoord(lon) && w.zoom === zoom) return;
      map.setView([lat, lon], zoom);
    },
    [map, lat, lon, zoom],
  );

  return null;
}
