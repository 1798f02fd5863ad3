import { useAsOf } from '../../filters/useAsOf';
import { graphql } from '../gql';
import type { CrowdingQuery } from '../gql/graphql';
import type { QueryResult } from '../result';
import { useGql } from '../useGql';

/** More than the Netherlands has municipalities (342 in 2024) and the API's cap: all of them. */
export const ALL_MUNICIPALITIES = 1000;

export const CrowdingDocument = graphql(`
  query Crowding($top: Int!, $asOf: Date) {
    crowding(top: $top, asOf: $asOf) {
      code
      name
      province
      location {
        lat
        lon
      }
      partnerships
      networks
      tables
      parties
      index
      provinceMedian
      relativeIndex
    }
    crowdingByProvince(asOf: $asOf) {
      province
      municipalities
      partnerships
      networks
      tables
      parties
      index
    }
  }
`);

/** Crowding in one municipality (DESIGN.md §4). */
export type AreaCrowding = CrowdingQuery['crowding'][number];
/** Crowding over one province's municipalities. */
export type ProvinceCrowding = CrowdingQuery['crowdingByProvince'][number];

/**
 * Crowding per municipality (index desc, code) and per province (index desc,
 * name), for every municipality, on the as-of date: one answer the map and the
 * overlap page share; `select` (stable) picks what the view needs.
 */
export function useCrowding<TData>(select: (result: CrowdingQuery) => TData): QueryResult<TData> {
  const [{ asOf }] = useAsOf();
  return useGql(CrowdingDocument, { top: ALL_MUNICIPALITIES, asOf }, { select, keep: true });
}
