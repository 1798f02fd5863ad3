import type L from 'leaflet';
import { createContext, useContext } from 'react';

/** The Leaflet map that MapCanvas made; null outside a MapCanvas. */
export const MapContext = createContext<L.Map | null>(null);

/**
 * The map the component is drawn into. Controllers (layers, controls, sync)
 * call it; outside a MapCanvas it throws, so a misplaced layer fails loudly
 * instead of drawing nowhere.
 */
export function useLeafletMap(): L.Map {
  const map = useContext(MapContext);
  if (map === null) throw new Error('useLeafletMap: no map here. Render this component inside <MapCanvas>.');
  return map;
}
