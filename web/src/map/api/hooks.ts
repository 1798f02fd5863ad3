import { useCrowding as useCrowdingQuery, type AreaCrowding } from '../../data/queries/crowding';
import { useAsOf } from '../../filters/useAsOf';
import type { CrowdingQuery, MapPartnershipQuery, PartnershipFilter, MapSettingsQuery, PeersNearbyQuery } from '../../data/gql/graphql';
import type { QueryResult } from '../../data/result';
import { useGql } from '../../data/useGql';
import { MapPointsDocument, selectMapPoints, type MapPointsResult } from './mapPoints';
import { MapSettingsDocument, type MapSettings } from './mapSettings';
import { MapPartnershipDocument, type PartnershipDetail } from './partnership';
import { PEERS_LIMIT, PeersNearbyDocument, type Peer } from './peers';

const selectSettings = (result: MapSettingsQuery) => result.mapSettings;
const selectPartnership = (result: MapPartnershipQuery) => result.partnership;
const selectPeers = (result: PeersNearbyQuery) => result.peersNearby;
const selectAreas = (result: CrowdingQuery) => result.crowding;
const NO_PEERS: Peer[] = [];

/**
 * The matching points on the as-of date. `filterKey` is the JSON of the
 * GraphQL filter: the query runs again only when the filter or the date
 * changes, not on every pan; the previous points stay on the map while the
 * next ones load.
 */
export function useMapPoints(filterKey: string): QueryResult<MapPointsResult> {
  const [{ asOf }] = useAsOf();
  const variables = { filter: JSON.parse(filterKey) as PartnershipFilter, asOf };
  return useGql(MapPointsDocument, variables, { select: selectMapPoints, keep: true });
}

/** Crowding in every municipality (shared with the overlap page's cache). */
export function useCrowding(): QueryResult<AreaCrowding[]> {
  return useCrowdingQuery(selectAreas);
}

export function useMapSettings(): QueryResult<MapSettings> {
  return useGql(MapSettingsDocument, {}, { select: selectSettings });
}

/** The selected partnership's details, its networks and members those of the as-of date; null data when nothing is selected or no partnership has this id. */
export function usePartnership(id: string | null): QueryResult<PartnershipDetail | null> {
  const [{ asOf }] = useAsOf();
  const result = useGql(MapPartnershipDocument, { id: id ?? '', asOf }, { select: selectPartnership, enabled: id !== null });
  return id === null ? nothing(result.retry, null) : result;
}

/** Peers of the selected partnership within the radius, on the as-of date; empty while peers are off. */
export function usePeers(id: string | null, radiusKm: number | null): QueryResult<Peer[]> {
  const [{ asOf }] = useAsOf();
  const off = id === null || radiusKm === null;
  const variables = { id: id ?? '', radiusKm: radiusKm ?? 0, limit: PEERS_LIMIT, asOf };
  const result = useGql(PeersNearbyDocument, variables, { select: selectPeers, enabled: !off });
  return off ? nothing(result.retry, NO_PEERS) : result;
}

function nothing<T>(retry: () => void, data: T): QueryResult<T> {
  return { status: 'success', data, refreshing: false, retry };
}
