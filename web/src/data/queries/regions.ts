import { useMemo } from 'react';
import { useAsOf } from '../../filters/useAsOf';
import { graphql } from '../gql';
import type { RegionCrowdingQuery, RegionsQuery, RegionType } from '../gql/graphql';
import type { QueryResult } from '../result';
import { request } from '../request';
import { useGql, useGqlQuery } from '../useGql';

export const RegionsDocument = graphql(`
  query Regions {
    province: regions(type: PROVINCE) {
      type
      code
      name
      municipalities {
        code
      }
    }
    ggd: regions(type: GGD) {
      type
      code
      name
      municipalities {
        code
      }
    }
    zorgkantoor: regions(type: ZORGKANTOOR) {
      type
      code
      name
      municipalities {
        code
      }
    }
  }
`);

export const RegionCrowdingDocument = graphql(`
  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter, $asOf: Date) {
    regionCrowding(type: $type, filter: $filter, asOf: $asOf) {
      region {
        type
        code
        name
      }
      partnerships
      networks
      tables
      parties
      index
    }
  }
`);

export type { RegionType };
/** One region with the CBS codes of its municipalities. */
export type RegionInfo = RegionsQuery['ggd'][number];
/** Crowding in one region (DESIGN.md §9.1). */
export type RegionCrowding = RegionCrowdingQuery['regionCrowding'][number];

/** Every region of every type, and the lookups the views need. */
export interface RegionIndex {
  byType: Readonly<Record<RegionType, readonly RegionInfo[]>>;
  /** Region code → region, for every type. */
  byCode: ReadonlyMap<string, RegionInfo>;
  /** Municipality code → its region code, per type. */
  regionOf: Readonly<Record<RegionType, ReadonlyMap<string, string>>>;
}

function indexRegions(result: RegionsQuery): RegionIndex {
  const byType = { PROVINCE: result.province, GGD: result.ggd, ZORGKANTOOR: result.zorgkantoor };
  const all = [...result.province, ...result.ggd, ...result.zorgkantoor];
  const regionOf = (list: readonly RegionInfo[]) => new Map(list.flatMap((r) => r.municipalities.map((m) => [m.code, r.code] as const)));
  return {
    byType,
    byCode: new Map(all.map((r) => [r.code, r])),
    regionOf: { PROVINCE: regionOf(result.province), GGD: regionOf(result.ggd), ZORGKANTOOR: regionOf(result.zorgkantoor) },
  };
}

/** The three region divisions (they do not change while the app runs): one request, shared by every page. */
export function useRegions(): QueryResult<RegionIndex> {
  return useGql(RegionsDocument, {}, { select: indexRegions });
}

/**
 * Crowding per region of one type on the as-of date; `filterKey` is the JSON
 * of a PartnershipFilter (null for none), so the query runs again only when
 * the filter itself changes.
 */
export function useRegionCrowding(type: RegionType, filterKey: string | null = null, enabled = true): QueryResult<RegionCrowding[]> {
  const [{ asOf }] = useAsOf();
  return useGql(
    RegionCrowdingDocument,
    { type, filter: filterKey === null ? null : JSON.parse(filterKey), asOf },
    { select: selectRegionCrowding, enabled, keep: true },
  );
}

const selectRegionCrowding = (result: RegionCrowdingQuery) => result.regionCrowding;

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Region code → name (empty until the regions are loaded). */
export function useRegionNames(): ReadonlyMap<string, string> {
  const result = useRegions();
  const index = result.status === 'success' ? result.data : null;
  return useMemo(() => (index ? new Map([...index.byCode].map(([code, r]) => [code, r.name])) : NO_NAMES), [index]);
}

/**
 * Crowding per region of one type for each network alone (filter `networks:
 * [key]`) on the as-of date, one request per network under one cache entry,
 * for the small multiples: network key → rows.
 */
export function useRegionCrowdingPerNetwork(type: RegionType, keys: readonly string[]): QueryResult<Map<string, RegionCrowding[]>> {
  const [{ asOf }] = useAsOf();
  return useGqlQuery(
    ['regionCrowdingPerNetwork', type, keys, asOf],
    async ({ signal }) => {
      const answers = await Promise.all(
        keys.map((key) => request(RegionCrowdingDocument, { type, filter: { networks: [key] }, asOf }, { signal })),
      );
      return new Map(keys.map((key, i) => [key, answers[i]!.regionCrowding]));
    },
    { keep: true },
  );
}
