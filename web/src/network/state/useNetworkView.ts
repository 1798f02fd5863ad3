import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { latestSearch } from '../../lib/latestSearch';
import { viewFrom, withView, type ViewState } from './viewState';

export interface ViewChangeOptions {
  /** A new history entry (a mode or a new start), so the back button returns; default: replace. */
  push?: boolean;
}

/** A change, or a function of the current view that returns one (for toggles that depend on it). */
export type ViewChange = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);

export type SetView = (change: ViewChange, options?: ViewChangeOptions) => void;

/** The network view's state from the URL, and a setter that merges a change into the URL. */
export function useNetworkView(): [ViewState, SetView] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFrom(params), [params]);
  const update = useCallback<SetView>(
    (change, options = {}) => {
      const current = latestSearch();
      const base = viewFrom(current);
      const next = { ...base, ...(typeof change === 'function' ? change(base) : change) };
      setParams(withView(current, next), { replace: !options.push });
    },
    [setParams],
  );
  return [view, update];
}
