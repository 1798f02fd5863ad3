import { request } from '../../api/graphql';
import { NODE_FIELDS, type ApiEdge, type ApiFilter, type ApiNode } from './types';

export interface ApiTablesGraph {
  tableGraph: { nodes: ApiNode[]; edges: ApiEdge[] };
  duplicateTables: { a: string; b: string; shared: number; jaccard: number; sharedMunicipalities: number }[];
  partyLoad: { party: { id: string }; load: number }[];
}

/** How many parties with the highest load stand out. */
export const TOP_LOAD = 10;

const QUERY = /* GraphQL */ `
  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!) {
    tableGraph(filter: $filter) {
      nodes { ${NODE_FIELDS} }
      edges { source target relation }
    }
    duplicateTables(minJaccard: $minJaccard) { a b shared jaccard sharedMunicipalities }
    partyLoad(top: $top) { party { id } load }
  }
`;

/** Tables with their seated parties, duplicate-table pairs and the parties with the highest load, in one request. */
export function fetchTablesGraph(filter: ApiFilter, minJaccard: number, signal: AbortSignal): Promise<ApiTablesGraph> {
  return request<ApiTablesGraph>(QUERY, { filter, minJaccard, top: TOP_LOAD }, { signal });
}
