import { request } from '../api/graphql';

/** What the filter bar can offer, from the data that is loaded. */
export interface FilterOptions {
  networks: { key: string; name: string }[];
  themes: string[];
  provinces: string[];
  phases: number[];
  /** Party domain keys, e.g. `care`, `financier-municipality`. */
  domains: string[];
}

export const FILTER_OPTIONS_QUERY = /* GraphQL */ `
  query FilterOptions {
    filterOptions {
      networks {
        key
        name
      }
      themes
      provinces
      phases
      domains
    }
  }
`;

export async function fetchFilterOptions(signal?: AbortSignal): Promise<FilterOptions> {
  const data = await request<{ filterOptions: FilterOptions }>(FILTER_OPTIONS_QUERY, undefined, { signal });
  return data.filterOptions;
}
