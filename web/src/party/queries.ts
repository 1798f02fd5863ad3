import type { PartyDuplicatesQuery, PartyPageQuery } from '../data/gql/graphql';
import { useGql } from '../data/useGql';
import { useAsOf } from '../filters/useAsOf';
import { PartyDuplicatesDocument, PartyPageDocument } from './api';

const selectParty = (result: PartyPageQuery) => result.party;
const selectPairs = (result: PartyDuplicatesQuery) => result.party?.duplicateTables ?? [];

/** The party as it was on the as-of date: its partnerships, tables and load of that day. */
export function useParty(id: string) {
  const [{ asOf }] = useAsOf();
  return useGql(PartyPageDocument, { id, asOf }, { select: selectParty });
}

/** Threshold and date changes keep the previous pairs on screen while the next load. */
export function usePartyDuplicates(id: string, minJaccard: number) {
  const [{ asOf }] = useAsOf();
  return useGql(PartyDuplicatesDocument, { id, minJaccard, asOf }, { select: selectPairs, keep: true });
}
