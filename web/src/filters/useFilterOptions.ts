import { fetchFilterOptions, type FilterOptions } from './filterOptions';
import { useQuery, type QueryResult } from '../api/useQuery';

/** The filter options (networks, themes, provinces, phases, domains), fetched once per mount. */
export function useFilterOptions(): QueryResult<FilterOptions> {
  return useQuery(fetchFilterOptions);
}
