import { graphql } from '../data/gql';

/**
 * How many partnerships that pass the filter were valid on each date (the
 * API's activeCounts, one statement for all of them), and whether the data is
 * illustrative: the timeline's one request.
 */
export const ActiveCountsDocument = graphql(`
  query ActiveCounts($dates: [Date!]!, $filter: PartnershipFilter) {
    dataInfo {
      illustrative
    }
    activeCounts(dates: $dates, filter: $filter)
  }
`);
