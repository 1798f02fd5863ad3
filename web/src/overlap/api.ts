import { request } from '../api/graphql';
import type { LatLon } from '../dashboards/mapLink';

export const BASES = ['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES'] as const;
export type OverlapBasis = (typeof BASES)[number];

export interface NetworkIntersection {
  networks: string[];
  exclusive: number;
  intersection: number;
}

export interface NetworkPair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
}

export interface OverlapData {
  networks: { key: string; name: string }[];
  intersections: NetworkIntersection[];
  pairs: NetworkPair[];
}

const OVERLAP_QUERY = /* GraphQL */ `
  query Overlap($basis: OverlapBasis!) {
    networks {
      key
      name
    }
    networkIntersections(basis: $basis) {
      networks
      exclusive
      intersection
    }
    networkOverlap(basis: $basis) {
      a
      b
      shared
      jaccard
    }
  }
`;

/** Networks, their UpSet combinations and their pairwise overlap, on one basis, in one request. */
export async function fetchOverlap(basis: OverlapBasis, signal: AbortSignal): Promise<OverlapData> {
  const data = await request<{
    networks: OverlapData['networks'];
    networkIntersections: NetworkIntersection[];
    networkOverlap: NetworkPair[];
  }>(OVERLAP_QUERY, { basis }, { signal });
  return { networks: data.networks, intersections: data.networkIntersections, pairs: data.networkOverlap };
}

export interface MunicipalityCrowding {
  code: string;
  name: string;
  province: string;
  location: LatLon | null;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

export interface ProvinceCrowding {
  province: string;
  municipalities: number;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

export interface CrowdingData {
  municipalities: MunicipalityCrowding[];
  provinces: ProvinceCrowding[];
}

/** Every Dutch municipality fits under the API's cap of 1000 rows. */
export const CROWDING_TOP = 1000;

const CROWDING_QUERY = /* GraphQL */ `
  query Crowding($top: Int!) {
    crowding(top: $top) {
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
    }
    crowdingByProvince {
      province
      municipalities
      partnerships
      networks
      tables
      parties
      index
    }
  }
`;

/** Crowding per municipality (index desc, code) and per province (index desc, name). */
export async function fetchCrowding(signal: AbortSignal): Promise<CrowdingData> {
  const data = await request<{ crowding: MunicipalityCrowding[]; crowdingByProvince: ProvinceCrowding[] }>(
    CROWDING_QUERY,
    { top: CROWDING_TOP },
    { signal },
  );
  return { municipalities: data.crowding, provinces: data.crowdingByProvince };
}

export interface NetworkCoverage {
  network: string;
  partnerships: number;
  missingCare: number;
  missingSocial: number;
  missingFinancier: number;
  missingCitizens: number;
}

const COVERAGE_QUERY = /* GraphQL */ `
  query Coverage {
    coverage {
      network
      partnerships
      missingCare
      missingSocial
      missingFinancier
      missingCitizens
    }
  }
`;

export async function fetchCoverage(signal: AbortSignal): Promise<NetworkCoverage[]> {
  return (await request<{ coverage: NetworkCoverage[] }>(COVERAGE_QUERY, undefined, { signal })).coverage;
}

export interface PartnershipRow {
  id: string;
  name: string;
  networks: { key: string }[];
  missingDomains: string[];
}

const PARTNERSHIPS_QUERY = /* GraphQL */ `
  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String) {
    partnerships(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        networks {
          key
        }
        missingDomains
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

interface PartnershipPage {
  totalCount: number;
  nodes: PartnershipRow[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const PAGE_SIZE = 500;

/** Every partnership that matches the filter (by name), fetched page by page. */
export async function fetchAllPartnerships(filter: Record<string, unknown>, signal: AbortSignal): Promise<PartnershipRow[]> {
  const rows: PartnershipRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { partnerships: page }: { partnerships: PartnershipPage } = await request(
      PARTNERSHIPS_QUERY,
      { filter, first: PAGE_SIZE, after },
      { signal },
    );
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return rows;
    after = page.pageInfo.endCursor;
  }
}
