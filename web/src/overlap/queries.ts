import { toPartnershipFilter } from '../filters/filters';
import { useAsOf } from '../filters/useAsOf';
import { useFilters } from '../filters/useFilters';
import type { CommunitiesQuery, CoverageQuery, PartnershipFilter, PartyReachQuery } from '../data/gql/graphql';
import { useCrowding as useCrowdingQuery } from '../data/queries/crowding';
import { allPages } from '../data/allPages';
import { request } from '../data/request';
import type { QueryResult } from '../data/result';
import { useGql, useGqlQuery } from '../data/useGql';
import {
  CommunitiesDocument,
  CoverageDocument,
  PartyReachDocument,
  DashboardPartnershipsDocument,
  OverlapDocument,
  selectCrowding,
  selectOverlap,
  type CrowdingData,
  type OverlapBasis,
  type OverlapData,
  type PartnershipRow,
} from './api';

const selectCoverage = (result: CoverageQuery) => result.coverage;

/** The API's cap on one page of partnerships. */
const PAGE_SIZE = 1000;

/** The overlap among the partnerships that pass the shared filters, on the as-of date. */
export function useOverlap(basis: OverlapBasis): QueryResult<OverlapData> {
  const [filters] = useFilters();
  const [{ asOf }] = useAsOf();
  return useGql(OverlapDocument, { basis, filter: toPartnershipFilter(filters), asOf }, { select: selectOverlap, keep: true });
}

const selectReach = (result: PartyReachQuery) => result.partyReach;
const selectCommunities = (result: CommunitiesQuery) => result.communities;

/** The `top` parties by the networks of their partnerships, among the partnerships that pass the shared filters on the as-of date. */
export function usePartyReach(top: number) {
  const [filters] = useFilters();
  const [{ asOf }] = useAsOf();
  return useGql(PartyReachDocument, { top, filter: toPartnershipFilter(filters), asOf }, { select: selectReach, keep: true });
}

/** Louvain communities of the partnerships that pass the shared filters on the as-of date, drawn with `seed`. */
export function useCommunities(seed: number) {
  const [filters] = useFilters();
  const [{ asOf }] = useAsOf();
  return useGql(CommunitiesDocument, { seed, filter: toPartnershipFilter(filters), asOf }, { select: selectCommunities, keep: true });
}

export function useCrowding(): QueryResult<CrowdingData> {
  return useCrowdingQuery(selectCrowding);
}

/** Per network, its partnerships on the as-of date lacking each core domain. */
export function useCoverage() {
  const [{ asOf }] = useAsOf();
  return useGql(CoverageDocument, { asOf }, { select: selectCoverage, keep: true });
}

/**
 * Partnerships that match the shared URL filters plus `extra` (e.g.
 * `{ minNetworks: 2 }`) on the as-of date, every page of them; refetched when
 * any of these changes.
 */
export function usePartnerships(extra: PartnershipFilter): QueryResult<PartnershipRow[]> {
  const [filters] = useFilters();
  const [{ asOf }] = useAsOf();
  const filter: PartnershipFilter = { ...toPartnershipFilter(filters), ...extra };
  return useGqlQuery([DashboardPartnershipsDocument.toString(), 'every page', filter, asOf], ({ signal }) =>
    allPartnerships(filter, asOf, signal),
  );
}

/** Every partnership that matches the filter on `asOf` (null: today), by name, fetched page by page. */
function allPartnerships(filter: PartnershipFilter, asOf: string | null, signal: AbortSignal): Promise<PartnershipRow[]> {
  return allPages(async (after) => {
    const result = await request(DashboardPartnershipsDocument, { filter, first: PAGE_SIZE, after, asOf }, { signal });
    return result.partnerships;
  });
}
