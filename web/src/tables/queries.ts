import type { DuplicateTablesQuery, PartyLoadQuery, TableIndexQuery } from '../data/gql/graphql';
import { useGql } from '../data/useGql';
import { useAsOf } from '../filters/useAsOf';
import { ALL_TABLES, DuplicateTablesDocument, PartyLoadDocument, TableIndexDocument, TablePairDetailDocument } from './api';

const selectDuplicates = (result: DuplicateTablesQuery) => result.duplicateTables;
const selectIndex = (result: TableIndexQuery) => new Map(result.tables.map((t) => [t.id, t]));
const selectLoad = (result: PartyLoadQuery) => result.partyLoad;

// Threshold, pair and ranking changes keep the previous answer on screen while the next loads:
// the page keeps its height, so a view moved to ("Vergelijken") stays in place.
/** Duplicate pairs at the threshold, on the as-of date. */
export function useDuplicates(minJaccard: number) {
  const [{ asOf }] = useAsOf();
  return useGql(DuplicateTablesDocument, { minJaccard, asOf }, { select: selectDuplicates, keep: true });
}

/** Every table by id. */
export function useTableIndex() {
  return useGql(TableIndexDocument, { limit: ALL_TABLES }, { select: selectIndex });
}

/** Two tables side by side, with the parties seated on the as-of date. */
export function useTablePair(a: string, b: string) {
  const [{ asOf }] = useAsOf();
  return useGql(TablePairDetailDocument, { a, b, asOf }, { keep: true });
}

/** The `top` parties by load on the as-of date. */
export function usePartyLoad(top: number) {
  const [{ asOf }] = useAsOf();
  return useGql(PartyLoadDocument, { top, asOf }, { select: selectLoad, keep: true });
}
