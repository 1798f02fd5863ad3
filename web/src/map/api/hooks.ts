import { useCallback, useRef } from 'react';
import { useQuery, type QueryResult } from '../../api/useQuery';
import { fetchCrowding, type AreaCrowding } from './crowding';
import { fetchMapPoints, type MapPointsResult } from './mapPoints';
import { fetchMapSettings, type MapSettings } from './mapSettings';
import { fetchPartnership, type PartnershipDetail } from './partnership';
import { fetchPeers, type Peer } from './peers';

/**
 * The matching points. `filterKey` is the JSON of the GraphQL filter: the
 * query runs again only when the filter itself changes, not on every pan.
 */
export function useMapPoints(filterKey: string): QueryResult<MapPointsResult> {
  const load = useCallback((signal: AbortSignal) => fetchMapPoints(JSON.parse(filterKey) as Record<string, unknown>, signal), [filterKey]);
  return useQuery(load);
}

export function useCrowding(): QueryResult<AreaCrowding[]> {
  return useQuery(fetchCrowding);
}

export function useMapSettings(): QueryResult<MapSettings> {
  return useQuery(fetchMapSettings);
}

/** The selected partnership's details; null data when nothing is selected. */
export function usePartnership(id: string | null): QueryResult<PartnershipDetail | null> {
  const load = useCallback((signal: AbortSignal) => (id === null ? Promise.resolve(null) : fetchPartnership(id, signal)), [id]);
  return useQuery(load);
}

/** Peers of the selected partnership within the radius; empty while peers are off. */
export function usePeers(id: string | null, radiusKm: number | null): QueryResult<Peer[]> {
  const load = useCallback(
    (signal: AbortSignal) => (id === null || radiusKm === null ? Promise.resolve([]) : fetchPeers(id, radiusKm, signal)),
    [id, radiusKm],
  );
  return useQuery(load);
}

/** The last data a query had: kept on screen while the next answer loads, so the map does not blink. */
export function useLastData<T>(result: QueryResult<T>): T | undefined {
  const last = useRef<T | undefined>(undefined);
  if (result.status === 'success') last.current = result.data;
  return last.current;
}
