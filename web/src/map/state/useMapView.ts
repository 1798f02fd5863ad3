import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { latestSearch } from '../../lib/latestSearch';
import { useStableCallback } from '../../lib/useStableCallback';
import { mapViewFrom, withMapView, type MapView } from './mapUrl';

/**
 * The map's view state from the URL, and a setter that merges a change into it
 * (replacing the history entry, so Back leaves the map instead of walking its
 * pans). The setter is the same function for the life of the component, and
 * writes nothing once the map is no longer the page on screen: after it has
 * unmounted, or once a link has already put another page in the address bar
 * (React Router renders that change as a transition, so the map is briefly
 * still there). Without this guard a late map move sent the user back to the map.
 */
export function useMapView(): [MapView, (change: Partial<MapView>) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const mounted = useRef(false);
  const search = params.toString();
  // Keyed on the text, so an unrelated re-render keeps the same object.
  const view = useMemo(() => mapViewFrom(new URLSearchParams(search)), [search]);

  useEffect(function trackMounted() {
    mounted.current = true;
    return function markUnmounted() {
      mounted.current = false;
    };
  }, []);

  const update = useStableCallback((change: Partial<MapView>) => {
    if (!mounted.current || window.location.pathname !== pathname) return;
    setParams(withMapView(latestSearch(), change), { replace: true });
  });
  return [view, update];
}
