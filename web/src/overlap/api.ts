import { graphql } from '../data/gql';
import type {
  CommunitiesQuery,
  CoverageQuery,
  CrowdingQuery,
  DashboardPartnershipsQuery,
  OverlapBasis,
  OverlapQuery,
  PartyReachQuery,
} from '../data/gql/graphql';
import type { AreaCrowding, ProvinceCrowding } from '../data/queries/crowding';

export type { ProvinceCrowding };

export type { OverlapBasis };

/** Every OverlapBasis, in the order the page offers them. */
export const BASES = ['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES'] as const satisfies readonly OverlapBasis[];

/** Networks, their UpSet combinations and their pairwise overlap, on one basis, among the partnerships that pass the filter, in one request. */
export const OverlapDocument = graphql(`
  query Overlap($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {
    networks(asOf: $asOf) {
      key
      name
    }
    networkIntersections(basis: $basis, filter: $filter, asOf: $asOf) {
      networks
      exclusive
      intersection
    }
    networkOverlap(basis: $basis, filter: $filter, asOf: $asOf) {
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

/** Per network, its partnerships on asOf lacking each core domain. */
export const CoverageDocument = graphql(`
  query Coverage($asOf: Date) {
    coverage(asOf: $asOf) {
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
  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String, $asOf: Date) {
    partnerships(filter: $filter, first: $first, after: $after, asOf: $asOf) {
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

/** The parties that bridge networks, among the partnerships that pass the filter on asOf. */
export const PartyReachDocument = graphql(`
  query PartyReach($top: Int!, $filter: PartnershipFilter, $asOf: Date) {
    partyReach(top: $top, filter: $filter, asOf: $asOf) {
      party {
        id
        name
        domain
      }
      networks
      partnerships
      municipalities
    }
  }
`);

export type PartyReachRow = PartyReachQuery['partyReach'][number];

/** Louvain communities of the partnerships that pass the filter on asOf and their member parties. */
export const CommunitiesDocument = graphql(`
  query Communities($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {
    communities(filter: $filter, seed: $seed, asOf: $asOf) {
      seed
      modularity
      communities {
        id
        partnerships {
          id
          name
          networks
        }
        parties {
          id
          name
          domain
        }
        networks {
          network
          partnerships
        }
      }
    }
  }
`);

export type CommunitiesData = CommunitiesQuery['communities'];
export type CommunityRow = CommunitiesData['communities'][number];
