import { graphql } from '../data/gql';
import type { CoverageQuery, CrowdingQuery, DashboardPartnershipsQuery, OverlapBasis, OverlapQuery } from '../data/gql/graphql';
import type { AreaCrowding, ProvinceCrowding } from '../data/queries/crowding';

export type { ProvinceCrowding };

export type { OverlapBasis };

/** Every OverlapBasis, in the order the page offers them. */
export const BASES = ['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES'] as const satisfies readonly OverlapBasis[];

/** Networks, their UpSet combinations and their pairwise overlap, on one basis, in one request. */
export const OverlapDocument = graphql(`
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
`);

export type NetworkIntersection = OverlapQuery['networkIntersections'][number];
export type NetworkPair = OverlapQuery['networkOverlap'][number];
export type OverlapData = ReturnType<typeof selectOverlap>;

export function selectOverlap(result: OverlapQuery) {
  return { networks: result.networks, intersections: result.networkIntersections, pairs: result.networkOverlap };
}

export type MunicipalityCrowding = AreaCrowding;

export type CrowdingData = ReturnType<typeof selectCrowding>;

export function selectCrowding(result: CrowdingQuery) {
  return { municipalities: result.crowding, provinces: result.crowdingByProvince };
}

export const CoverageDocument = graphql(`
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
`);

export type NetworkCoverage = CoverageQuery['coverage'][number];

/** One page of the partnerships that match a filter, by name. */
export const DashboardPartnershipsDocument = graphql(`
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
`);

export type PartnershipRow = DashboardPartnershipsQuery['partnerships']['nodes'][number];
