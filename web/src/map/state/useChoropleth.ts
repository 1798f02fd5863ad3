import { useMemo } from 'react';
import { useRegionCrowding, useRegions, type RegionIndex } from '../../data/queries/regions';
import { useLastData } from '../../data/useKept';
import type { Outline } from '../../ui/regions/boundaries';
import { useBoundaries } from '../../ui/regions/useBoundaries';
import { REGION_TYPE_OF, type MapLevel } from './mapUrl';
import type { MapData } from './useMapData';

/** Crowding in one area of the chosen level: a municipality or a region. */
export interface AreaRow {
  code: string;
  name: string;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

const groupsCache = new WeakMap<RegionIndex, Map<MapLevel, ReadonlyMap<string, readonly string[]>>>();

/** Region code → its municipalities, the same object per index and level (the outlines are merged once per object). */
function groupsOf(index: RegionIndex, level: Exclude<MapLevel, 'gemeente'>): ReadonlyMap<string, readonly string[]> {
  let byLevel = groupsCache.get(index);
  if (!byLevel) groupsCache.set(index, (byLevel = new Map()));
  let groups = byLevel.get(level);
  if (!groups) {
    groups = new Map(index.byType[REGION_TYPE_OF[level]].map((r) => [r.code, r.municipalities.map((m) => m.code)]));
    byLevel.set(level, groups);
  }
  return groups;
}

/**
 * What the choropleth of one level draws: the outlines (municipalities, or
 * regions merged from them), the crowding rows (municipality crowding, or
 * crowding per region from the API) and the region index. Regions are
 * counted as the API defines them, never summed from municipalities.
 */
export function useChoropleth(level: MapLevel, data: MapData) {
  const { boundaries, failed } = useBoundaries();
  const regionsResult = useRegions();
  const regionIndex = regionsResult.status === 'success' ? regionsResult.data : null;
  const regionLevel = level === 'gemeente' ? null : level;
  const crowding = useRegionCrowding(regionLevel ? REGION_TYPE_OF[regionLevel] : 'GGD', null, regionLevel !== null);
  const regionRows = useLastData(crowding);

  const outlines = useMemo<readonly Outline[] | null>(() => {
    if (!boundaries) return null;
    if (!regionLevel) return boundaries.municipalities;
    return regionIndex ? boundaries.regions(groupsOf(regionIndex, regionLevel)) : null;
  }, [boundaries, regionIndex, regionLevel]);

  const rows = useMemo<AreaRow[]>(() => {
    if (!regionLevel) return data.areas;
    const type = REGION_TYPE_OF[regionLevel];
    return (regionRows ?? [])
      .filter((r) => r.region.type === type)
      .map(({ region, ...counts }) => ({ code: region.code, name: region.name, ...counts }));
  }, [regionLevel, data.areas, regionRows]);

  const names = useMemo(() => {
    const map = new Map<string, string>(data.municipalityNames);
    for (const [code, region] of regionIndex?.byCode ?? []) map.set(code, region.name);
    return map;
  }, [data.municipalityNames, regionIndex]);

  return { outlines, rows, names, regionIndex, failed, crowding: regionLevel ? crowding : data.crowdingQuery };
}

export type Choropleth = ReturnType<typeof useChoropleth>;
