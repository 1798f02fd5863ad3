import { graphql } from '../../data/gql';
import type { BridgePartiesQuery, CommunityMembersQuery } from '../../data/gql/graphql';

/** How many of the parties that bridge the most networks stand out in the network view. */
export const TOP_BRIDGES = 25;

/** The parties whose partnerships belong to the most networks, among the partnerships that pass the filter. */
export const BridgePartiesDocument = graphql(`
  query BridgeParties($top: Int!, $filter: PartnershipFilter) {
    partyReach(top: $top, filter: $filter) {
      party {
        id
      }
      networks
    }
  }
`);

/** Which community each partnership and party of the filter belongs to (Louvain, seeded). */
export const CommunityMembersDocument = graphql(`
  query CommunityMembers($filter: PartnershipFilter, $seed: Int!) {
    communities(filter: $filter, seed: $seed) {
      communities {
        id
        partnerships {
          id
        }
        parties {
          id
        }
      }
    }
  }
`);

/** The keys of the bridging parties (only those in more than one network). */
export const selectBridges = (result: BridgePartiesQuery) =>
  new Set(result.partyReach.filter((r) => r.networks > 1).map((r) => `party:${r.party.id}`));

/** Node key → community id. */
export const selectCommunities = (result: CommunityMembersQuery) =>
  new Map(
    result.communities.communities.flatMap((c) => [
      ...c.partnerships.map((p) => [`partnership:${p.id}`, c.id] as const),
      ...c.parties.map((p) => [`party:${p.id}`, c.id] as const),
    ]),
  );
