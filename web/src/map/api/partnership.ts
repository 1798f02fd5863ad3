import { request } from '../../api/graphql';

/** Everything the side panel shows about one partnership. */
export interface PartnershipDetail {
  id: string;
  name: string;
  description: string | null;
  phase: number | null;
  startYear: number | null;
  website: string | null;
  source: string;
  location: { lat: number; lon: number } | null;
  locationIsCentroid: boolean;
  networks: { key: string; name: string }[];
  members: { role: string | null; party: { id: string; name: string; domain: string } }[];
  missingDomains: string[];
  themes: string[];
  municipalities: { code: string; name: string }[];
  tables: { id: string; name: string; level: string | null; theme: string | null }[];
  initiatives: { id: string; name: string; scalingStatus: string | null }[];
}

export const PARTNERSHIP_QUERY = /* GraphQL */ `
  query MapPartnership($id: ID!) {
    partnership(id: $id) {
      id
      name
      description
      phase
      startYear
      website
      source
      location {
        lat
        lon
      }
      locationIsCentroid
      networks {
        key
        name
      }
      members {
        role
        party {
          id
          name
          domain
        }
      }
      missingDomains
      themes
      municipalities {
        code
        name
      }
      tables {
        id
        name
        level
        theme
      }
      initiatives {
        id
        name
        scalingStatus
      }
    }
  }
`;

/** The partnership, or null when no partnership has this id. */
export async function fetchPartnership(id: string, signal: AbortSignal): Promise<PartnershipDetail | null> {
  const data = await request<{ partnership: PartnershipDetail | null }>(PARTNERSHIP_QUERY, { id }, { signal });
  return data.partnership;
}
