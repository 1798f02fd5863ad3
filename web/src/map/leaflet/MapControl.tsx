import L from 'leaflet';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLeafletMap } from './MapContext';

interface MapControlProps {
  position: L.ControlPosition;
  className?: string;
  children: ReactNode;
}

/**
 * React content in one of Leaflet's control corners (legend, layer switch).
 * The control's box keeps clicks and wheel turns to itself, so using a radio
 * button or scrolling a long legend does not pan or zoom the map.
 */
export function MapControl({ position, className, children }: MapControlProps) {
  const map = useLeafletMap();
  const [box, setBox] = useState<HTMLElement | null>(null);

  useEffect(
    function addControl() {
      const control = new L.Control({ position });
      control.onAdd = function createBox() {
        const el = L.DomUtil.create('div', `leaflet-control dsv-map-control ${className ?? ''}`.trim());
        L.DomEvent.disableClickPropagation(el);
        L.DomEvent.disableScrollPropagation(el);
        return el;
      };
      control.addTo(map);
      setBox(control.getContainer() ?? null);
      return function removeControl() {
        setBox(null);
        control.remove();
      };
    },
    [map, position, className],
  );

  return box ? createPortal(children, box) : null;
}
