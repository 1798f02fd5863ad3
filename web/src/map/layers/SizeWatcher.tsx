import { useEffect } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';

/** Controller: tells Leaflet when its box changes size (layout, window), so tiles and markers fill it. */
export function SizeWatcher() {
  const map = useLeafletMap();

  useEffect(
    function watchSize() {
      const box = map.getContainer();
      // A box taken out of the page (leaving the map) has no size: nothing to fit then.
      const observer = new ResizeObserver(() => box.isConnected && box.clientWidth > 0 && map.invalidateSize());
      observer.observe(box);
      return function stopWatchingSize() {
        observer.disconnect();
      };
    },
    [map],
  );

  return null;
}
