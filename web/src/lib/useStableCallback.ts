import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that stays the same across renders but always calls the latest
 * `fn`. React Router's setters change with every URL change (every pan of the
 * map); handlers built on them would make the map redraw all its markers.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(function keepLatestCallback() {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
