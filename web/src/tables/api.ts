import { graphql } from '../data/gql';
import type { DuplicateTablesQuery, PartyLoadQuery, TableIndexQuery, TablePairDetailQuery } from '../data/gql/graphql';

/** Pairs of tables whose parties seated on asOf have Jaccard ≥ minJaccard (Jaccard desc, then ids). */
export const DuplicateTablesDocument = graphql(`
  query DuplicateTables($minJaccard: Float!, $asOf: Date) {
    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {
      a
      b
      shared
      jaccard
      sharedMunicipalities
    }
  }
`);

export type TablePair = DuplicateTablesQuery['duplicateTables'][number];

/** More than any real field has; the API's own cap. */
export const ALL_TABLES = 20_000;

/** Every table's name, level and theme, to name the pairs. */
export const TableIndexDocument = graphql(`
  query TableIndex($limit: Int!) {
    tables(limit: $limit) {
      id
      name
      level
      theme
    }
  }
`);

export type TableSummary = TableIndexQuery['tables'][number];

/** Two tables in full, to set side by side, with the parties seated on asOf; null for an id that does not exist. */
export const TablePairDetailDocument = graphql(`
  query TablePairDetail($a: ID!, $b: ID!, $asOf: Date) {
    a: table(id: $a, asOf: $asOf) {
      ...TableDetail
    }
    b: table(id: $b, asOf: $asOf) {
      ...TableDetail
    }
  }

  fragment TableDetail on Table {
    id
    name
    level
    theme
    municipalities {
      code
      name
      province
    }
    parties {
      id
      name
      domain
    }
    convenedBy {
      id
      name
    }
  }
`);

export type TableDetail = NonNullable<TablePairDetailQuery['a']>;

/** The `top` parties by load (partnerships + tables, on asOf) desc, then name. */
export const PartyLoadDocument = graphql(`
  query PartyLoad($top: Int!, $asOf: Date) {
    partyLoad(top: $top, asOf: $asOf) {
      party {
        id
        name
        domain
      }
      partnerships
      tables
      load
    }
  }
`);

export type PartyLoad = PartyLoadQuery['partyLoad'][number];
