import { request } from '../../api/graphql';
import type { ApiNodeKind } from './types';

export interface SearchHit {
  kind: ApiNodeKind;
  id: string;
  name: string;
}

const QUERY = /* GraphQL */ `
  query NetworkSearch($text: String!) {
    search(text: $text, limit: 10) {
      kind
      id
      name
    }
  }
`;

/** Partnerships, parties, tables and municipalities whose name matches, best first. */
export async function searchNodes(text: string, signal: AbortSignal): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(QUERY, { text }, { signal });
  return data.search;
}
