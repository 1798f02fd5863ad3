import { useMemo } from 'react';
import { toPartnershipFilter, type Filters } from '../../filters/filters';
import { useFilterOptions } from '../../filters/useFilterOptions';
import { useLastData } from '../../data/useKept';
import { useCrowding, useMapPoints, useMapSettings } from '../api/hooks';
import { buildClusterIndex } from '../data/clusterIndex';
import { useLabels } from '../../ui/labels';
import { networkPalette } from '../data/networkColors';

/**
 * Everything the map draws, apart from any view: the matching points and
 * their cluster index (rebuilt only when the filter changes), the crowding,
 * the base map settings, and the network colours and names.
 */
export function useMapData(filters: Filters) {
  const filterKey = JSON.stringify(toPartnershipFilter(filters));
  const pointsQuery = useMapPoints(filterKey);
  const result = useLastData(pointsQuery);
  const points = useMemo(() => result?.points ?? [], [result]);
  const index = useMemo(() => buildClusterIndex(points), [points]);

  // Keyed on the data, not on the query result, which is a new object every render.
  const options = useLastData(useFilterOptions());
  const networks = useMemo(() => [...(options?.networks ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [options]);
  const palette = useMemo(() => networkPalette(networks.map((n) => n.key)), [networks]);
  const labels = useLabels();
  const networkNames = useMemo(() => new Map(networks.map((n) => [n.key, labels.network(n.key, n.name)])), [networks, labels]);

  const crowdingQuery = useCrowding();
  const allAreas = useLastData(crowdingQuery);
  const provinces = filters.provinces.join(',');
  const areas = useMemo(() => {
    const chosen = new Set(provinces ? provinces.split(',') : []);
    return (allAreas ?? []).filter((a) => chosen.size === 0 || chosen.has(a.province));
  }, [allAreas, provinces]);
  const municipalityNames = useMemo(() => new Map((allAreas ?? []).map((a) => [a.code, a.name])), [allAreas]);

  const settings = useLastData(useMapSettings()) ?? null;

  return {
    pointsQuery,
    points,
    matching: result?.matching ?? 0,
    index,
    networks,
    palette,
    networkNames,
    crowdingQuery,
    areas,
    municipalityNames,
    settings,
  };
}

export type MapData = ReturnType<typeof useMapData>;
