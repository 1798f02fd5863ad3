import { latestSearch } from '../../lib/latestSearch';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { mapViewFrom, withMapView, type MapView } from './mapUrl';
import { useStableCallback } from '../../lib/useStableCallback';

/**
 * The map's view state from the URL, and a setter that merges a change into it
 * (replacing the history entry). The setter is the same function for the life
 * of the component.
 */
export function useMapView(): [MapView, (change: Partial<MapView>) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the text, so an unrelated re-render keeps the same object.
  const view = useMemo(() => mapViewFrom(new URLSearchParams(search)), [search]);
  const update = useStableCallback((change: Partial<MapView>) => setParams(withMapView(latestSearch(), change), { replace: true }));
  return [view, update];
}
