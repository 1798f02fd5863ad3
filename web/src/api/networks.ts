import { request } from './graphql';

/** A national network (e.g. JZOJP, GezondIn) as the overview needs it. */
export interface Network {
  key: string;
  name: string;
  /** The count the 2022 exploration reported; `null` when unknown. */
  reportedCount: number | null;
  /** Partnerships in this database that belong to the network. */
  partnershipCount: number;
}

export const NETWORKS_QUERY = /* GraphQL */ `
  query Networks {
    networks {
      key
      name
      reportedCount
      partnershipCount
    }
  }
`;

export async function fetchNetworks(signal?: AbortSignal): Promise<Network[]> {
  const data = await request<{ networks: Network[] }>(NETWORKS_QUERY, undefined, { signal });
  return data.networks;
}
