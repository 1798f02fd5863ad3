import { useCallback, useMemo } from 'react';
import { useQuery, type QueryResult } from '../api/useQuery';
import { toPartnershipFilter } from '../filters/filters';
import { useFilters } from '../filters/useFilters';
import {
  fetchAllPartnerships,
  fetchCoverage,
  fetchCrowding,
  fetchOverlap,
  type OverlapBasis,
  type OverlapData,
  type PartnershipRow,
} from './api';

export function useOverlap(basis: OverlapBasis): QueryResult<OverlapData> {
  return useQuery(useCallback((signal: AbortSignal) => fetchOverlap(basis, signal), [basis]));
}

export function useCrowding() {
  return useQuery(fetchCrowding);
}

export function useCoverage() {
  return useQuery(fetchCoverage);
}

/**
 * Partnerships that match the shared URL filters plus `extra` (e.g.
 * `{ minNetworks: 2 }`); refetched when either changes.
 */
export function usePartnerships(extra: Record<string, unknown>): QueryResult<PartnershipRow[]> {
  const [filters] = useFilters();
  const key = JSON.stringify({ ...toPartnershipFilter(filters), ...extra });
  const filter = useMemo(() => JSON.parse(key) as Record<string, unknown>, [key]);
  return useQuery(useCallback((signal: AbortSignal) => fetchAllPartnerships(filter, signal), [filter]));
}
