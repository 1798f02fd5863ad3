import { graphql } from '../data/gql';
import type { FilterOptionsQuery } from '../data/gql/graphql';

export const FilterOptionsDocument = graphql(`
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
`);

/** What the filter bar can offer, from the data that is loaded (domains are keys, e.g. `financier-municipality`). */
export type FilterOptions = FilterOptionsQuery['filterOptions'];
