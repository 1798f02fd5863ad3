import { request } from '../../api/graphql';
import type { Basis } from '../state/viewState';
import type { ApiFilter } from './types';

export interface ApiNetworkGraph {
  networks: { key: string; name: string; reportedCount: number | null; partnerships: number; size: number }[];
  pairs: { a: string; b: string; shared: number; jaccard: number }[];
}

const QUERY = /* GraphQL */ `
  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter) {
    networkGraph(basis: $basis, filter: $filter) {
      networks {
        key
        name
        reportedCount
        partnerships
        size
      }
      pairs {
        a
        b
        shared
        jaccard
      }
    }
  }
`;

/** The networks and their overlap among the partnerships that pass the filters. */
export async function fetchNetworkGraph(basis: Basis, filter: ApiFilter, signal: AbortSignal): Promise<ApiNetworkGraph> {
  const data = await request<{ networkGraph: ApiNetworkGraph }>(QUERY, { basis: basis.toUpperCase(), filter }, { signal });
  return data.networkGraph;
}
