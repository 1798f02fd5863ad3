import { startTransition, useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { latestSearch } from '../../lib/latestSearch';

/** Changes to search parameters: a string sets, null or '' removes. */
export type ParamChanges = Readonly<Record<string, string | null>>;

export interface WriteOptions {
  /** Push a history entry (Back returns to the previous state); default: replace it, so sliders do not fill the Back button. */
  push?: boolean;
}

/**
 * A writer of search parameters for the page that calls it. It builds on the
 * address bar as it is right now (two quick writes both land), and writes
 * nothing once the component has unmounted or the browser has left the page
 * it was mounted on: a late event (a map's `moveend` during navigation) can
 * never drag the user back.
 */
export function useUrlWriter(): (changes: ParamChanges, options?: WriteOptions) => void {
  const [, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const mounted = useRef(false);
  useEffect(function trackMounted() {
    mounted.current = true;
    return function markUnmounted() {
      mounted.current = false;
    };
  }, []);
  return useCallback(
    (changes, options = {}) => {
      if (!mounted.current || window.location.pathname !== pathname) return;
      const next = latestSearch();
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      }
      if (next.toString() === latestSearch().toString()) return;
      startTransition(() => setParams(next, { replace: !options.push }));
    },
    [setParams, pathname],
  );
}
