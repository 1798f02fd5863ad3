import type { DuplicateTablesQuery, PartyLoadQuery, TableIndexQuery } from '../data/gql/graphql';
import { useGql } from '../data/useGql';
import { ALL_TABLES, DuplicateTablesDocument, PartyLoadDocument, TableIndexDocument, TablePairDetailDocument } from './api';

const selectDuplicates = (result: DuplicateTablesQuery) => result.duplicateTables;
const selectIndex = (result: TableIndexQuery) => new Map(result.tables.map((t) => [t.id, t]));
const selectLoad = (result: PartyLoadQuery) => result.partyLoad;

// Threshold, pair and ranking changes keep the previous answer on screen while the next loads:
// the page keeps its height, so a view moved to ("Vergelijken") stays in place.
export function useDuplicates(minJaccard: number) {
  return useGql(DuplicateTablesDocument, { minJaccard }, { select: selectDuplicates, keep: true });
}

/** Every table by id. */
export function useTableIndex() {
  return useGql(TableIndexDocument, { limit: ALL_TABLES }, { select: selectIndex });
}

export function useTablePair(a: string, b: string) {
  return useGql(TablePairDetailDocument, { a, b }, { keep: true });
}

export function usePartyLoad(top: number) {
  return useGql(PartyLoadDocument, { top }, { select: selectLoad, keep: true });
}
