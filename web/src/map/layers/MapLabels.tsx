import { useEffect } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';

interface MapLabelsProps {
  /** The map's accessible name. */
  label: string;
  /** Id of the element with keyboard help. */
  describedBy: string;
}

/**
 * Controller: names the map for assistive technology. Leaflet's container is
 * focusable (arrow keys pan, +/- zoom); as a named region it says what it is.
 */
export function MapLabels({ label, describedBy }: MapLabelsProps) {
  const map = useLeafletMap();

  useEffect(
    function labelMap() {
      const el = map.getContainer();
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
      el.setAttribute('aria-describedby', describedBy);
      return function unlabelMap() {
        for (const name of ['role', 'aria-label', 'aria-describedby']) el.removeAttribute(name);
      };
    },
    [map, label, describedBy],
  );

  return null;
}
