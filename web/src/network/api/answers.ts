import { graphql } from '../../data/gql';
import type { BridgePartiesQuery, CommunityMembersQuery, PartnershipFilter } from '../../data/gql/graphql';
import { useGql } from '../../data/useGql';
import { useAsOf } from '../../filters/useAsOf';

/** How many of the parties that bridge the most networks stand out in the network view. */
export const TOP_BRIDGES = 25;

/** The parties whose partnerships belong to the most networks, among the partnerships that pass the filter on asOf. */
export const BridgePartiesDocument = graphql(`
  query BridgeParties($top: Int!, $filter: PartnershipFilter, $asOf: Date) {
    partyReach(top: $top, filter: $filter, asOf: $asOf) {
      party {
        id
      }
      networks
    }
  }
`);

/** Which community each partnership and party of the filter belongs to on asOf (Louvain, seeded). */
export const CommunityMembersDocument = graphql(`
  query CommunityMembers($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {
    communities(filter: $filter, seed: $seed, asOf: $asOf) {
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

/** The bridging parties' keys among the partnerships that pass `filter` on the as-of date, when `enabled`. */
export function useBridges(filter: PartnershipFilter, enabled: boolean) {
  const [{ asOf }] = useAsOf();
  return useGql(BridgePartiesDocument, { top: TOP_BRIDGES, filter, asOf }, { select: selectBridges, enabled });
}

/** Node key → community id among the partnerships that pass `filter` on the as-of date, when `enabled`. */
export function useCommunityMembers(filter: PartnershipFilter, enabled: boolean) {
  const [{ asOf }] = useAsOf();
  return useGql(CommunityMembersDocument, { filter, seed: 1, asOf }, { select: selectCommunities, enabled });
}
