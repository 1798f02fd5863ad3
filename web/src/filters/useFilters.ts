import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { latestSearch } from '../lib/latestSearch';
import { useStableCallback } from '../lib/useStableCallback';
import { filtersFrom, withFilters, type Filters } from './filters';

/**
 * The shared filters from the URL, and a setter that merges a change into the
 * URL. The setter keeps its identity across URL changes, so views can pass it
 * down without re-rendering on every pan or click.
 */
export function useFilters(): [Filters, (change: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const update = useStableCallback((change: Partial<Filters>) => {
    const current = latestSearch();
    setParams(withFilters(current, { ...filtersFrom(current), ...change }), { replace: true });
  });
  return [filters, update];
}
