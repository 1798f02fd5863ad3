import { graphql } from '../../data/gql';
import type { DuplicatesGraphQuery, TablesGraphQuery } from '../../data/gql/graphql';

/** How many parties with the highest load stand out. */
export const TOP_LOAD = 10;

/** Tables with their seated parties, duplicate-table pairs and the parties with the highest load on the as-of date, in one request. */
export const TablesGraphDocument = graphql(`
  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!, $asOf: Date) {
    tableGraph(filter: $filter, asOf: $asOf) {
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {
      a
      b
      shared
      jaccard
      sharedMunicipalities
    }
    partyLoad(top: $top, asOf: $asOf) {
      party {
        id
      }
      load
    }
  }
`);

export type ApiTablesGraph = TablesGraphQuery;

/** The tables in a duplicate pair at the threshold (with, on demand, the parties at both tables of a pair) and the highest loads, on the as-of date. */
export const DuplicatesGraphDocument = graphql(`
  query DuplicatesGraph($filter: PartnershipFilter, $minJaccard: Float!, $withParties: Boolean!, $top: Int!, $asOf: Date) {
    duplicateTableGraph(filter: $filter, minJaccard: $minJaccard, withParties: $withParties, asOf: $asOf) {
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
        weight
        shared
      }
    }
    partyLoad(top: $top, asOf: $asOf) {
      party {
        id
      }
      load
    }
  }
`);

export type ApiDuplicatesGraph = DuplicatesGraphQuery;
