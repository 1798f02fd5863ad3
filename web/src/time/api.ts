import { graphql } from '../data/gql';
import type { ActiveByQuarterQuery, ActiveByQuarterQueryVariables } from '../data/gql/graphql';

/**
 * How many partnerships that pass the filter were valid on each of
 * 12 dates (one request; the API allows 15 aliases), and whether the data is
 * illustrative. The timeline asks it once per 12 quarters.
 */
export const ActiveByQuarterDocument = graphql(`
  query ActiveByQuarter(
    $filter: PartnershipFilter
    $d0: Date!
    $d1: Date!
    $d2: Date!
    $d3: Date!
    $d4: Date!
    $d5: Date!
    $d6: Date!
    $d7: Date!
    $d8: Date!
    $d9: Date!
    $d10: Date!
    $d11: Date!
  ) {
    dataInfo {
      illustrative
    }
    q0: partnerships(filter: $filter, asOf: $d0, first: 1) {
      totalCount
    }
    q1: partnerships(filter: $filter, asOf: $d1, first: 1) {
      totalCount
    }
    q2: partnerships(filter: $filter, asOf: $d2, first: 1) {
      totalCount
    }
    q3: partnerships(filter: $filter, asOf: $d3, first: 1) {
      totalCount
    }
    q4: partnerships(filter: $filter, asOf: $d4, first: 1) {
      totalCount
    }
    q5: partnerships(filter: $filter, asOf: $d5, first: 1) {
      totalCount
    }
    q6: partnerships(filter: $filter, asOf: $d6, first: 1) {
      totalCount
    }
    q7: partnerships(filter: $filter, asOf: $d7, first: 1) {
      totalCount
    }
    q8: partnerships(filter: $filter, asOf: $d8, first: 1) {
      totalCount
    }
    q9: partnerships(filter: $filter, asOf: $d9, first: 1) {
      totalCount
    }
    q10: partnerships(filter: $filter, asOf: $d10, first: 1) {
      totalCount
    }
    q11: partnerships(filter: $filter, asOf: $d11, first: 1) {
      totalCount
    }
  }
`);

/** The dates one request counts on. */
export const DATES_PER_REQUEST = 12;

export type DateVariables = Omit<ActiveByQuarterQueryVariables, 'filter'>;

/** The request's variables for up to 12 dates; a short list repeats its last date. */
export function dateVariables(dates: readonly string[]): DateVariables {
  const padded = Array.from({ length: DATES_PER_REQUEST }, (_, i) => dates[Math.min(i, dates.length - 1)]!);
  return Object.fromEntries(padded.map((date, i) => [`d${i}`, date])) as DateVariables;
}

/** The counts of an answer, in the order of its dates. */
export function countsOf(result: ActiveByQuarterQuery, dates: number): number[] {
  return Array.from({ length: dates }, (_, i) => result[`q${i}` as `q0`].totalCount);
}
