import { request } from '../api/graphql';

export interface TablePair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  sharedMunicipalities: number;
}

export interface TableSummary {
  id: string;
  name: string;
  level: string | null;
  theme: string | null;
}

const DUPLICATES_QUERY = /* GraphQL */ `
  query DuplicateTables($minJaccard: Float!) {
    duplicateTables(minJaccard: $minJaccard) {
      a
      b
      shared
      jaccard
      sharedMunicipalities
    }
  }
`;

/** Pairs of tables whose seated parties have Jaccard ≥ minJaccard (Jaccard desc, then ids). */
export async function fetchDuplicates(minJaccard: number, signal: AbortSignal): Promise<TablePair[]> {
  return (await request<{ duplicateTables: TablePair[] }>(DUPLICATES_QUERY, { minJaccard }, { signal })).duplicateTables;
}

/** More than any real field has; the API's own cap. */
const ALL_TABLES = 20_000;

const TABLES_QUERY = /* GraphQL */ `
  query TableIndex($limit: Int!) {
    tables(limit: $limit) {
      id
      name
      level
      theme
    }
  }
`;

/** Every table's name, level and theme, to name the pairs. */
export async function fetchTableIndex(signal: AbortSignal): Promise<Map<string, TableSummary>> {
  const { tables } = await request<{ tables: TableSummary[] }>(TABLES_QUERY, { limit: ALL_TABLES }, { signal });
  return new Map(tables.map((t) => [t.id, t]));
}

export interface TableDetail extends TableSummary {
  municipalities: { code: string; name: string; province: string }[];
  parties: { id: string; name: string; domain: string }[];
  convenedBy: { id: string; name: string } | null;
}

const TABLE_FIELDS = 'id name level theme municipalities { code name province } parties { id name domain } convenedBy { id name }';
const PAIR_QUERY = /* GraphQL */ `
  query TablePairDetail($a: ID!, $b: ID!) {
    a: table(id: $a) { ${TABLE_FIELDS} }
    b: table(id: $b) { ${TABLE_FIELDS} }
  }
`;

/** Two tables in full, to set side by side; null for an id that does not exist. */
export async function fetchTablePair(a: string, b: string, signal: AbortSignal): Promise<{ a: TableDetail | null; b: TableDetail | null }> {
  return request(PAIR_QUERY, { a, b }, { signal });
}

export interface PartyLoad {
  party: { id: string; name: string; domain: string };
  partnerships: number;
  tables: number;
  load: number;
}

const PARTY_LOAD_QUERY = /* GraphQL */ `
  query PartyLoad($top: Int!) {
    partyLoad(top: $top) {
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
`;

/** The `top` parties by load (partnerships + tables) desc, then name. */
export async function fetchPartyLoad(top: number, signal: AbortSignal): Promise<PartyLoad[]> {
  return (await request<{ partyLoad: PartyLoad[] }>(PARTY_LOAD_QUERY, { top }, { signal })).partyLoad;
}
