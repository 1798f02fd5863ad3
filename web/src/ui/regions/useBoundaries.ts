import { useEffect, useState } from 'react';
import { loadBoundaries, type Boundaries } from './boundaries';

/** The boundaries, loaded on first use (a chunk of their own); null until they are there, `failed` when they could not load. */
export function useBoundaries(): { boundaries: Boundaries | null; failed: boolean } {
  const [state, setState] = useState<{ boundaries: Boundaries | null; failed: boolean }>({ boundaries: null, failed: false });
  useEffect(function loadOnce() {
    let live = true;
    loadBoundaries().then(
      (boundaries) => live && setState({ boundaries, failed: false }),
      () => live && setState({ boundaries: null, failed: true }),
    );
    return function ignoreLate() {
      live = false;
    };
  }, []);
  return state;
}
