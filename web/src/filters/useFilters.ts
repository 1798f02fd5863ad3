import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFrom, withFilters, type Filters } from './filters';

/** The shared filters from the URL, and a setter that merges a change into the URL. */
export function useFilters(): [Filters, (change: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const update = useCallback(
    (change: Partial<Filters>) => setParams((current) => withFilters(current, { ...filtersFrom(current), ...change }), { replace: true }),
    [setParams],
  );
  return [filters, update];
}
