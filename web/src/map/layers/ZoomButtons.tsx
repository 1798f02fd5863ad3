import L from 'leaflet';
import { useEffect } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';

/** Controller: Leaflet's zoom buttons, top left, with titles in the UI language. */
export function ZoomButtons({ zoomIn, zoomOut }: { zoomIn: string; zoomOut: string }) {
  const map = useLeafletMap();

  useEffect(
    function addZoomButtons() {
      const control = L.control.zoom({ position: 'topleft', zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(map);
      return function removeZoomButtons() {
        control.remove();
      };
    },
    [map, zoomIn, zoomOut],
  );

  return null;
}
