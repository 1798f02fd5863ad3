import type { FilterOptionsQuery } from '../data/gql/graphql';
import type { QueryResult } from '../data/result';
import { useGql } from '../data/useGql';
import { FilterOptionsDocument, type FilterOptions } from './filterOptions';

const selectOptions = (result: FilterOptionsQuery) => result.filterOptions;

/** The filter options (networks, themes, provinces, phases, domains), fetched once and shared by every view. */
export function useFilterOptions(): QueryResult<FilterOptions> {
  return useGql(FilterOptionsDocument, {}, { select: selectOptions });
}
