import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Controller: tells Leaflet when its box changes size (layout, window), so tiles and markers fill it. */
export function SizeWatcher() {
  const map = useMap();

  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => map.invalidateSize());
      observer.observe(map.getContainer());
      return function stopWatchingSize() {
        observer.disconnect();
      };
    },
    [map],
  );

  return null;
}
